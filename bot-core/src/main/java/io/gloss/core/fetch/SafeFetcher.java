package io.gloss.core.fetch;

import com.github.benmanes.caffeine.cache.Ticker;
import io.gloss.core.domain.ArticleUnavailableException;
import io.gloss.core.domain.FailureReason;
import io.gloss.core.domain.FetchedPage;
import io.gloss.core.port.out.PageFetcher;
import java.io.IOException;
import java.net.Proxy;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import okhttp3.Call;
import okhttp3.ConnectionPool;
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

  /**
   * Idle connections are dropped after this long: well before the keep-alive timeouts sites use
   * (Apache and Node close after 5 s), so a pooled connection is rarely one the site already
   * closed.
   */
  static final Duration IDLE_KEEP_ALIVE = Duration.ofSeconds(2);

  /** A site's {@code Retry-After} up to this long is waited for within the fetch, once. */
  static final Duration SHORT_RETRY_AFTER = Duration.ofSeconds(2);

  private final FetchSettings settings;
  private final UrlGuard guard;
  private final Supplier<Clients> clients;
  private volatile @Nullable Clients builtClients;
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
    this(settings, resolver, ticker, clock, null);
  }

  /**
   * As above, trusting the certificates {@code trust} accepts instead of the platform's (tests with
   * their own certificate authority); host names are verified as always.
   */
  SafeFetcher(
      FetchSettings settings,
      HostResolver resolver,
      Ticker ticker,
      Clock clock,
      @Nullable X509TrustManager trust) {
    this.settings = Objects.requireNonNull(settings, "settings");
    Objects.requireNonNull(resolver, "resolver");
    this.clock = Objects.requireNonNull(clock, "clock");
    AddressPolicy policy = AddressPolicy.of(settings.allowHosts());
    this.guard = new UrlGuard(policy, settings.allowedPorts());
    this.limiter = new HostLimiter(ticker, settings.perHostConcurrency());
    this.backoff =
        new HostBackoff(
            ticker, settings.backoffAfterFailures(), settings.backoffBase(), settings.backoffMax());
    this.clients = () -> Clients.build(settings, resolver, policy, trust);
  }

  /**
   * The HTTP clients, built on the first fetch: a command that never fetches (a saved page, a
   * definition) does not pay for OkHttp's and TLS's set-up, a tenth of a one-shot start.
   */
  private Clients clients() {
    Clients built = builtClients;
    if (built == null) {
      synchronized (this) {
        built = builtClients;
        if (built == null) {
          built = clients.get();
          builtClients = built;
        }
      }
    }
    return built;
  }

  /** The pooled client and its twin that always dials a new connection. */
  private record Clients(OkHttpClient pooled, OkHttpClient fresh) {
    static Clients build(
        FetchSettings settings,
        HostResolver resolver,
        AddressPolicy policy,
        @Nullable X509TrustManager trust) {
      OkHttpClient.Builder builder = new OkHttpClient.Builder();
      if (trust != null) {
        builder.sslSocketFactory(socketFactory(trust), trust);
      }
      OkHttpClient pooled =
          builder
              .dns(new GuardedDns(resolver, policy))
              .proxy(Proxy.NO_PROXY) // an environment proxy would resolve names for us, unchecked
              .followRedirects(false)
              .followSslRedirects(false)
              .retryOnConnectionFailure(false) // retried by hand: once, on a fresh connection
              .connectionPool(
                  new ConnectionPool(5, IDLE_KEEP_ALIVE.toMillis(), TimeUnit.MILLISECONDS))
              .cache(null)
              .connectTimeout(settings.connectTimeout())
              .readTimeout(settings.readTimeout())
              .writeTimeout(settings.readTimeout())
              .callTimeout(settings.totalTimeout())
              .build();
      // Same settings, a pool that keeps nothing: its calls always dial a new connection.
      OkHttpClient fresh =
          pooled
              .newBuilder()
              .connectionPool(new ConnectionPool(0, 1, TimeUnit.MILLISECONDS))
              .build();
      return new Clients(pooled, fresh);
    }
  }

  private static SSLSocketFactory socketFactory(X509TrustManager trust) {
    try {
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(null, new TrustManager[] {trust}, null);
      return context.getSocketFactory();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("no TLS context", e);
    }
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
      if (next == null || location.length() > UrlGuard.MAX_REDIRECT_LENGTH) {
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
      if (waitedForShortRetryAfter(hop, deadline)) {
        hop = execute(url, requested, deadline);
      }
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

  /**
   * A 429 or 503 asking to come back within {@link #SHORT_RETRY_AFTER} is waited for once, when the
   * deadline allows, as a browser reloading the page would; longer waits back the host off.
   */
  private static boolean waitedForShortRetryAfter(Hop hop, long deadline)
      throws ArticleUnavailableException {
    Duration wait = hop.retryAfter();
    ArticleUnavailableException failure = hop.failure();
    if (wait == null
        || failure == null
        || (failure.reason() != FailureReason.RATE_LIMITED
            && failure.reason() != FailureReason.SERVER_ERROR)
        || wait.compareTo(SHORT_RETRY_AFTER) > 0
        || System.nanoTime() + wait.toNanos() >= deadline) {
      return false;
    }
    try {
      Thread.sleep(wait.toMillis());
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ArticleUnavailableException(
          FailureReason.FETCH_TIMEOUT, "interrupted while waiting for Retry-After", e);
    }
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
    Response opened;
    try {
      opened = open(clients().pooled(), request, host, deadline);
    } catch (IOException e) {
      if (!ConnectionFailures.retryable(e) || deadline - System.nanoTime() <= 0) {
        throw HttpFailures.forTransport(e, host, System.nanoTime() - deadline >= 0);
      }
      // Nothing of a response arrived (typically a pooled connection the site had closed): a GET
      // is safe to send again, once, on a connection of its own.
      log.debug("retrying {} on a fresh connection after {}", host, e.toString());
      try {
        opened = open(clients().fresh(), request, host, deadline);
      } catch (IOException again) {
        throw HttpFailures.forTransport(again, host, System.nanoTime() - deadline >= 0);
      }
    }
    try (Response response = opened) {
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

  private static Response open(OkHttpClient http, Request request, String host, long deadline)
      throws IOException, ArticleUnavailableException {
    long remaining = deadline - System.nanoTime();
    if (remaining <= 0) {
      throw new ArticleUnavailableException(
          FailureReason.FETCH_TIMEOUT, "deadline passed before fetching from " + host);
    }
    Call call = http.newCall(request);
    call.timeout().timeout(remaining, TimeUnit.NANOSECONDS); // one deadline across all hops
    return call.execute();
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
    Clients built = builtClients;
    if (built != null) {
      built.pooled().dispatcher().executorService().shutdown();
      built.pooled().connectionPool().evictAll();
      built.fresh().connectionPool().evictAll();
    }
  }
}
