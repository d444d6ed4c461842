package io.gloss.core.fetch;

import com.github.benmanes.caffeine.cache.Ticker;
import io.gloss.core.domain.ArticleUnavailableException;
import io.gloss.core.domain.FailureReason;
import io.gloss.core.domain.FetchedPage;
import io.gloss.core.port.out.PageFetcher;
import java.io.IOException;
import java.net.Proxy;
import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import okhttp3.Call;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fetches user-supplied URLs without letting them reach the bot's own network (SSRF).
 *
 * <p>Four layers (LIBS.md §7): {@link UrlGuard} checks scheme, port, credentials and IP-literal
 * hosts before anything is dialled; {@link GuardedDns} resolves names once and refuses any
 * non-public answer, and OkHttp dials exactly those vetted addresses; redirects are followed by
 * hand so every hop passes both again; and time, size and type are bounded (connect timeout, one
 * deadline for the whole fetch, a body cap counted after decompression, HTML only). A per-host
 * concurrency limit and a per-host back-off keep Gloss polite to the sites it reads.
 *
 * <p>Thread-safe. Close it to release the connection pool.
 */
public final class SafeFetcher implements PageFetcher, AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(SafeFetcher.class);
  private static final String ACCEPT = "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1";

  private final FetchSettings settings;
  private final UrlGuard guard;
  private final OkHttpClient client;
  private final HostLimiter limiter;
  private final HostBackoff backoff;
  private final Clock clock;

  /** A fetcher with the system resolver, the system clock and real time. */
  public SafeFetcher(FetchSettings settings) {
    this(settings, HostResolver.system());
  }

  /** A fetcher with its own resolver (tests of DNS rebinding and multi-record answers). */
  public SafeFetcher(FetchSettings settings, HostResolver resolver) {
    this(settings, resolver, Ticker.systemTicker(), Clock.systemUTC());
  }

  /**
   * @param ticker drives the per-host back-off and limiter expiry
   * @param clock reads HTTP-date {@code Retry-After} values
   */
  public SafeFetcher(FetchSettings settings, HostResolver resolver, Ticker ticker, Clock clock) {
    this.settings = Objects.requireNonNull(settings, "settings");
    Objects.requireNonNull(resolver, "resolver");
    this.clock = Objects.requireNonNull(clock, "clock");
    AddressPolicy policy = AddressPolicy.of(settings.allowHosts());
    this.guard = new UrlGuard(policy, settings.allowedPorts());
    this.limiter = new HostLimiter(ticker, settings.perHostConcurrency());
    this.backoff =
        new HostBackoff(
            ticker, settings.backoffAfterFailures(), settings.backoffBase(), settings.backoffMax());
    this.client =
        new OkHttpClient.Builder()
            .dns(new GuardedDns(resolver, policy))
            .proxy(Proxy.NO_PROXY) // an environment proxy would resolve names for us, unchecked
            .followRedirects(false)
            .followSslRedirects(false)
            .retryOnConnectionFailure(false)
            .cache(null)
            .connectTimeout(settings.connectTimeout())
            .readTimeout(settings.readTimeout())
            .writeTimeout(settings.readTimeout())
            .callTimeout(settings.totalTimeout())
            .build();
  }

  public FetchSettings settings() {
    return settings;
  }

  @Override
  public FetchedPage fetch(String url) throws ArticleUnavailableException {
    return fetchWithin(url, settings.totalTimeout());
  }

  /**
   * Fetches with a deadline shorter than {@code totalTimeout}, for a caller with less time left
   * (the longer of the two is ignored).
   */
  public FetchedPage fetchWithin(String url, Duration budget) throws ArticleUnavailableException {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(budget, "budget");
    Duration total =
        budget.compareTo(settings.totalTimeout()) < 0 ? budget : settings.totalTimeout();
    long deadline = System.nanoTime() + total.toNanos();
    HttpUrl current = UrlGuard.parse(url);
    Set<HttpUrl> visited = new HashSet<>();
    visited.add(current);
    for (int redirects = 0; ; redirects++) {
      guard.check(current);
      String host = current.host();
      backoff.check(host);
      Hop hop = hop(current, url, deadline);
      if (hop.page() != null) {
        return hop.page();
      }
      String location = Objects.requireNonNull(hop.location());
      if (redirects >= settings.maxRedirects()) {
        throw new ArticleUnavailableException(
            FailureReason.TOO_MANY_REDIRECTS,
            "more than " + settings.maxRedirects() + " redirects from " + url);
      }
      HttpUrl next = current.resolve(location);
      if (next == null || location.length() > UrlGuard.MAX_URL_LENGTH) {
        throw new ArticleUnavailableException(
            FailureReason.INVALID_URL, "redirect from " + host + " to a non-http(s) URL");
      }
      if (!visited.add(next)) {
        throw new ArticleUnavailableException(
            FailureReason.TOO_MANY_REDIRECTS, "redirect loop at " + next.host());
      }
      log.debug("redirect {} -> {}", current.host(), next.host());
      current = next;
    }
  }

  /** One request: a redirect target, the page, or an HTTP failure with its Retry-After. */
  private record Hop(
      @Nullable String location,
      @Nullable FetchedPage page,
      @Nullable ArticleUnavailableException failure,
      @Nullable Duration retryAfter) {}

  private Hop hop(HttpUrl url, String requested, long deadline) throws ArticleUnavailableException {
    String host = url.host();
    long remaining = deadline - System.nanoTime();
    if (remaining <= 0) {
      throw new ArticleUnavailableException(
          FailureReason.FETCH_TIMEOUT, "deadline passed before fetching from " + host);
    }
    HostLimiter.Permit permit = limiter.acquire(host, remaining); // our congestion: not counted
    Hop hop;
    try {
      hop = execute(url, requested, deadline);
    } catch (ArticleUnavailableException e) {
      backoff.record(host, e, null);
      throw e;
    } finally {
      permit.release();
    }
    ArticleUnavailableException failure = hop.failure();
    if (failure != null) {
      backoff.record(host, failure, hop.retryAfter());
      throw failure;
    }
    if (hop.page() != null) {
      backoff.recordSuccess(host);
    }
    return hop;
  }

  private Hop execute(HttpUrl url, String requested, long deadline)
      throws ArticleUnavailableException {
    String host = url.host();
    Request request =
        new Request.Builder()
            .url(url)
            .header("User-Agent", settings.userAgent())
            .header("Accept", ACCEPT)
            .header("Accept-Language", settings.acceptLanguage())
            .header("Accept-Encoding", BodyReader.ACCEPT_ENCODING) // so we decode and count
            .build();
    Call call = client.newCall(request);
    long remaining = deadline - System.nanoTime();
    if (remaining <= 0) {
      throw new ArticleUnavailableException(
          FailureReason.FETCH_TIMEOUT, "deadline passed before fetching from " + host);
    }
    call.timeout().timeout(remaining, TimeUnit.NANOSECONDS); // one deadline across all hops
    try (Response response = call.execute()) {
      int code = response.code();
      if (isRedirect(code)) {
        String location = response.header("Location");
        if (location == null || location.isBlank()) {
          throw HttpFailures.forStatus(code, host, null);
        }
        return new Hop(location.trim(), null, null, null);
      }
      if (code < 200 || code > 299) {
        Duration retryAfter =
            HttpFailures.parseRetryAfter(
                response.header("Retry-After"), clock, settings.backoffMax());
        return new Hop(null, null, HttpFailures.forStatus(code, host, retryAfter), retryAfter);
      }
      String contentType = response.header("Content-Type");
      checkHtmlType(contentType, host);
      String encoding = response.header("Content-Encoding");
      long declared = response.body().contentLength();
      if (encoding == null && declared > settings.maxBodyBytes()) {
        throw new ArticleUnavailableException(
            FailureReason.TOO_LARGE, "Content-Length " + declared + " exceeds the cap");
      }
      byte[] body =
          BodyReader.read(response.body().byteStream(), encoding, settings.maxBodyBytes());
      checkNotBinary(body, contentType, host);
      return new Hop(
          null, new FetchedPage(requested, url.toString(), contentType, body), null, null);
    } catch (IOException e) {
      throw HttpFailures.forTransport(e, host, System.nanoTime() - deadline >= 0);
    }
  }

  private static boolean isRedirect(int code) {
    return code == 301 || code == 302 || code == 303 || code == 307 || code == 308;
  }

  private static void checkHtmlType(@Nullable String contentType, String host)
      throws ArticleUnavailableException {
    if (contentType == null) {
      return; // decided by sniffing the body
    }
    String mediaType = contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
    if (!mediaType.equals("text/html") && !mediaType.equals("application/xhtml+xml")) {
      throw new ArticleUnavailableException(
          FailureReason.NOT_HTML, "content type " + mediaType + " from " + host);
    }
  }

  /** Binary is never handed to the HTML parser, whatever the header claims. */
  private static void checkNotBinary(byte[] body, @Nullable String contentType, String host)
      throws ArticleUnavailableException {
    if (Charsets.hasUtf16Or32Bom(body) || Charsets.declaresUtf16Or32(contentType)) {
      return;
    }
    int limit = Math.min(body.length, 1024);
    for (int i = 0; i < limit; i++) {
      if (body[i] == 0) {
        throw new ArticleUnavailableException(FailureReason.NOT_HTML, "binary body from " + host);
      }
    }
    if (contentType == null && !Charsets.looksLikeMarkup(body)) {
      throw new ArticleUnavailableException(
          FailureReason.NOT_HTML, "no content type and no markup from " + host);
    }
  }

  @Override
  public void close() {
    client.dispatcher().executorService().shutdown();
    client.connectionPool().evictAll();
  }
}
