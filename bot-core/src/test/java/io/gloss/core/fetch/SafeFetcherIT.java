package io.gloss.core.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.benmanes.caffeine.cache.Ticker;
import io.gloss.core.domain.ArticleUnavailableException;
import io.gloss.core.domain.FailureReason;
import io.gloss.core.domain.FetchedPage;
import io.gloss.core.testing.BlackHole;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.IDN;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The fetcher against a fake site on 127.0.0.1: every refusal must leave the site untouched. */
class SafeFetcherIT {

  private static final String PAGE = "<html><head><title>기사</title></head><body>본문</body></html>";

  private LoopbackSite site;
  private final List<String> lookups = Collections.synchronizedList(new ArrayList<>());
  private final List<SafeFetcher> fetchers = new ArrayList<>();

  /** Test names: news.test and friends point at the loopback site; everything else fails. */
  private final HostResolver resolver =
      host -> {
        lookups.add(host);
        switch (host) {
          case "news.test", "other.test", "127.0.0.1.nip.io", "localtest.me", "localhost" -> {
            return List.of(InetAddress.getByName("127.0.0.1"));
          }
          case "intranet.test" -> {
            return List.of(InetAddress.getByName("10.0.0.5"));
          }
          case "mixed.test" -> {
            return List.of(
                InetAddress.getByName("93.184.216.34"), InetAddress.getByName("10.0.0.5"));
          }
          default -> throw new UnknownHostException(host);
        }
      };

  @BeforeEach
  void startSite() throws IOException {
    site = new LoopbackSite().html("/ok", PAGE);
  }

  @AfterEach
  void stopSite() {
    fetchers.forEach(SafeFetcher::close);
    site.close();
  }

  private FetchSettings strict() {
    return FetchSettings.defaults().withAllowedPorts(Set.of(80, 443, site.port()));
  }

  private FetchSettings allowing(String... hosts) {
    return strict().withAllowHosts(List.of(hosts));
  }

  private SafeFetcher fetcher(FetchSettings settings) {
    return fetcher(settings, resolver);
  }

  private SafeFetcher fetcher(FetchSettings settings, HostResolver hostResolver) {
    SafeFetcher fetcher = new SafeFetcher(settings, hostResolver);
    fetchers.add(fetcher);
    return fetcher;
  }

  private static void assertFails(ThrowingCallable call, FailureReason reason) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(
            ArticleUnavailableException.class, e -> assertThat(e.reason()).isEqualTo(reason));
  }

  private String at(String hostAndPath) {
    return "http://" + hostAndPath.replace("{port}", String.valueOf(site.port()));
  }

  // --- reachability and exemptions ---------------------------------------------------------

  @Test
  void fetch_allowedLoopbackAddress_isReached() throws Exception {
    FetchedPage page = fetcher(allowing("127.0.0.1")).fetch(site.url("/ok"));

    assertThat(new String(page.body(), StandardCharsets.UTF_8)).isEqualTo(PAGE);
    assertThat(page.finalUrl()).isEqualTo(site.url("/ok"));
    assertThat(page.contentType()).startsWith("text/html");
    assertThat(site.requestCount()).isEqualTo(1);
    assertThat(site.seen().get(0).headers().get("User-agent"))
        .containsExactly("Gloss/0.1 (+https://github.com/gloss-bot/gloss)");
  }

  @Test
  void fetch_allowedHostName_isReachedThroughResolver() throws Exception {
    FetchedPage page = fetcher(allowing("news.test")).fetch(at("news.test:{port}/ok"));

    assertThat(page.body()).isEqualTo(PAGE.getBytes(StandardCharsets.UTF_8));
    assertThat(lookups).containsExactly("news.test");
  }

  @Test
  void fetch_allowedCidr_isReached() throws Exception {
    fetcher(allowing("127.0.0.0/8")).fetch(at("news.test:{port}/ok"));

    assertThat(site.requestCount()).isEqualTo(1);
  }

  @Test
  void fetch_wildcardAllowHost_isReached() throws Exception {
    fetcher(allowing("*.test")).fetch(at("other.test:{port}/ok"));

    assertThat(site.requestCount()).isEqualTo(1);
  }

  // --- refusals: the site must see nothing --------------------------------------------------

  @ParameterizedTest
  @ValueSource(
      strings = {
        "127.0.0.1:{port}/ok",
        "127.0.0.2:{port}/ok",
        "localhost:{port}/ok",
        "localhost.:{port}/ok",
        "LOCALHOST:{port}/ok",
        "[::1]:{port}/ok",
        "0.0.0.0:{port}/ok",
        "[::]:{port}/ok",
        "2130706433:{port}/ok",
        "0x7f000001:{port}/ok",
        "0x7f.1:{port}/ok",
        "0177.0.0.1:{port}/ok",
        "127.1:{port}/ok",
        "0:{port}/ok",
        "127.0.0.1.:{port}/ok",
        "127。0。0。1:{port}/ok",
        "１２７.０.０.１:{port}/ok",
        "[::ffff:127.0.0.1]:{port}/ok",
        "[::ffff:7f00:1]:{port}/ok",
        "[::127.0.0.1]:{port}/ok",
        "[::ffff:169.254.169.254]:{port}/ok",
        "[64:ff9b::a9fe:a9fe]:{port}/ok",
        "[64:ff9b::7f00:1]:{port}/ok",
        "[2002:7f00:1::]:{port}/ok",
        "[2001::1]:{port}/ok",
        "[fe80::1]:{port}/ok",
        "[fd00:ec2::254]:{port}/ok",
        "[ff02::1]:{port}/ok",
        "169.254.169.254:{port}/latest/meta-data/",
        "metadata.google.internal:{port}/computeMetadata/v1/",
        "100.100.100.200:{port}/ok",
        "10.0.0.5:{port}/ok",
        "172.16.0.1:{port}/ok",
        "192.168.1.1:{port}/ok",
        "224.0.0.1:{port}/ok",
        "255.255.255.255:{port}/ok",
        "127.0.0.1.nip.io:{port}/ok",
        "localtest.me:{port}/ok",
        "intranet.test:{port}/ok",
        "mixed.test:{port}/ok",
        "printer:{port}/ok",
        "router.lan:{port}/ok",
      })
  void fetch_forbiddenAddress_isRefusedBeforeConnecting(String hostAndPath) {
    SafeFetcher fetcher = fetcher(strict());

    assertFails(() -> fetcher.fetch(at(hostAndPath)), FailureReason.FORBIDDEN_ADDRESS);
    assertThat(site.requestCount()).isZero();
  }

  @ParameterizedTest
  @ValueSource(strings = {"127.1:{port}/ok", "2130706433:{port}/ok", "0177.0.0.1:{port}/ok"})
  void fetch_obfuscatedLiteral_isRefusedEvenWhenLoopbackIsAllowed(String hostAndPath) {
    SafeFetcher fetcher = fetcher(allowing("127.0.0.0/8"));

    assertFails(() -> fetcher.fetch(at(hostAndPath)), FailureReason.FORBIDDEN_ADDRESS);
    assertThat(site.requestCount()).isZero();
  }

  @Test
  void fetch_ipLiteral_neverAsksTheResolver() {
    SafeFetcher fetcher = fetcher(strict());

    assertFails(() -> fetcher.fetch(at("127.0.0.1:{port}/ok")), FailureReason.FORBIDDEN_ADDRESS);
    assertFails(() -> fetcher.fetch(at("[::1]:{port}/ok")), FailureReason.FORBIDDEN_ADDRESS);
    assertThat(lookups).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(ints = {22, 25, 6379, 8080})
  void fetch_portNotAllowed_isRefused(int port) {
    SafeFetcher fetcher = fetcher(FetchSettings.defaults().withAllowHosts(List.of("127.0.0.1")));

    assertFails(
        () -> fetcher.fetch("http://127.0.0.1:" + port + "/"), FailureReason.FORBIDDEN_ADDRESS);
  }

  @Test
  void fetch_siteOnUnlistedPort_isRefusedAndNotReached() {
    SafeFetcher fetcher = fetcher(FetchSettings.defaults().withAllowHosts(List.of("127.0.0.1")));

    assertFails(() -> fetcher.fetch(site.url("/ok")), FailureReason.FORBIDDEN_ADDRESS);
    assertThat(site.requestCount()).isZero();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "file:///etc/passwd",
        "gopher://127.0.0.1:70/_x",
        "ftp://example.com/a",
        "jar:http://example.com/a.jar!/x",
        "data:text/html,<h1>x</h1>",
        "javascript:alert(1)",
        "ws://example.com/",
        "//example.com/",
        "example.com/article",
        ""
      })
  void fetch_nonHttpScheme_isInvalid(String url) {
    assertFails(() -> fetcher(strict()).fetch(url), FailureReason.INVALID_URL);
  }

  @Test
  void fetch_parserConfusion_isRefusedAndNotReached() {
    SafeFetcher fetcher = fetcher(strict());

    assertFails(() -> fetcher.fetch(at("evil.com@127.0.0.1:{port}/ok")), FailureReason.INVALID_URL);
    assertFails(
        () -> fetcher.fetch(at("news.test:{port}@127.0.0.1:{port}/ok")), FailureReason.INVALID_URL);
    assertFails(
        () -> fetcher.fetch(at("127.0.0.1:{port}#@evil.com")), FailureReason.FORBIDDEN_ADDRESS);
    assertFails(
        () -> fetcher.fetch(at("evil.com\\@127.0.0.1:{port}/ok")), FailureReason.INVALID_URL);
    assertFails(() -> fetcher.fetch(at("a%0d%0a.com:{port}/")), FailureReason.INVALID_URL);
    assertFails(() -> fetcher.fetch(at("news.test:{port}/ok\r\nX: y")), FailureReason.INVALID_URL);
    assertFails(
        () -> fetcher.fetch(at("a".repeat(1100) + ".com:{port}/")), FailureReason.INVALID_URL);
    assertFails(
        () -> fetcher.fetch(at("news.test:{port}/" + "a".repeat(9000))),
        FailureReason.URL_TOO_LONG);
    assertFails(
        () -> fetcher.fetch(at("news.test:{port}/" + "a".repeat(2048))),
        FailureReason.URL_TOO_LONG);
    assertThat(site.requestCount()).isZero();
  }

  @Test
  void fetch_idnAndUpperCaseHost_isCheckedResolvedAndSentInOneAsciiForm() throws Exception {
    String ascii = IDN.toASCII("뉴스.test"); // xn--...
    List<String> asked = Collections.synchronizedList(new ArrayList<>());
    HostResolver loopback =
        host -> {
          asked.add(host);
          return List.of(InetAddress.getByName("127.0.0.1"));
        };
    SafeFetcher fetcher = fetcher(allowing(ascii), loopback);

    FetchedPage page = fetcher.fetch(at("뉴스.TEST:{port}/ok"));

    assertThat(page.finalUrl()).isEqualTo(at(ascii + ":{port}/ok"));
    assertThat(asked).containsExactly(ascii);
    assertThat(site.seen().get(0).headers().get("Host")).containsExactly(ascii + ":" + site.port());
    // Full-width letters fold to "localhost" before the check: refused, nothing looked up.
    assertFails(() -> fetcher.fetch(at("ｌｏｃａｌｈｏｓｔ:{port}/ok")), FailureReason.FORBIDDEN_ADDRESS);
    assertThat(asked).containsExactly(ascii);
    assertThat(site.requestCount()).isEqualTo(1);
  }

  // --- redirects ------------------------------------------------------------------------------

  @Test
  void fetch_redirectFromAllowedHostToLoopbackLiteral_isRefused() {
    site.redirect("/r", 302, site.url("/ok"));
    SafeFetcher fetcher = fetcher(allowing("news.test"));

    assertFails(() -> fetcher.fetch(at("news.test:{port}/r")), FailureReason.FORBIDDEN_ADDRESS);
    assertThat(site.seen()).extracting(LoopbackSite.Seen::path).containsExactly("/r");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "http://169.254.169.254/latest/meta-data/",
        "//169.254.169.254/latest/meta-data/",
        "http://127.0.0.1:6379/",
        "http://localhost:{port}/ok",
        "http://intranet.test:{port}/ok",
        "http://2130706433:{port}/ok",
        "http://[::ffff:127.0.0.1]:{port}/ok"
      })
  void fetch_redirectToForbiddenTarget_isRefused(String location) {
    site.redirect("/r", 302, location.replace("{port}", String.valueOf(site.port())));
    SafeFetcher fetcher = fetcher(allowing("news.test"));

    assertFails(() -> fetcher.fetch(at("news.test:{port}/r")), FailureReason.FORBIDDEN_ADDRESS);
    assertThat(site.seen()).extracting(LoopbackSite.Seen::path).containsExactly("/r");
  }

  @Test
  void fetch_redirectToFileScheme_isRefused() {
    site.redirect("/r", 302, "file:///etc/passwd");

    assertFails(
        () -> fetcher(allowing("news.test")).fetch(at("news.test:{port}/r")),
        FailureReason.INVALID_URL);
  }

  @Test
  void fetch_redirectChainWithinAllowedHost_isFollowed() throws Exception {
    site.redirect("/r1", 301, "/r2").redirect("/r2", 307, at("news.test:{port}/ok"));

    FetchedPage page = fetcher(allowing("news.test")).fetch(at("news.test:{port}/r1"));

    assertThat(page.finalUrl()).isEqualTo(at("news.test:{port}/ok"));
    assertThat(page.requestedUrl()).isEqualTo(at("news.test:{port}/r1"));
    assertThat(site.seen())
        .extracting(LoopbackSite.Seen::path)
        .containsExactly("/r1", "/r2", "/ok");
  }

  @Test
  void fetch_redirectLoop_isTooManyRedirects() {
    site.redirect("/a", 302, "/b").redirect("/b", 302, "/a");

    assertFails(
        () -> fetcher(allowing("127.0.0.1")).fetch(site.url("/a")),
        FailureReason.TOO_MANY_REDIRECTS);
    assertThat(site.requestCount()).isEqualTo(2);
  }

  @Test
  void fetch_sixRedirects_isTooManyRedirects() {
    for (int i = 0; i < 6; i++) {
      site.redirect("/hop" + i, 302, "/hop" + (i + 1));
    }
    site.html("/hop6", PAGE);

    assertFails(
        () -> fetcher(allowing("127.0.0.1")).fetch(site.url("/hop0")),
        FailureReason.TOO_MANY_REDIRECTS);
    assertThat(site.requestCount()).isEqualTo(6);
  }

  @Test
  void fetch_fiveRedirects_isFollowed() throws Exception {
    for (int i = 0; i < 5; i++) {
      site.redirect("/hop" + i, 302, "/hop" + (i + 1));
    }
    site.html("/hop5", PAGE);

    FetchedPage page = fetcher(allowing("127.0.0.1")).fetch(site.url("/hop0"));

    assertThat(page.finalUrl()).endsWith("/hop5");
  }

  // --- DNS rebinding and multi-record answers ----------------------------------------------

  @Test
  void fetch_rebindingResolver_isAskedOnceAndTheVettedAddressIsDialled() throws Exception {
    AtomicInteger calls = new AtomicInteger();
    HostResolver rebinding =
        host -> {
          // First answer: the vetted address. Any later answer: another loopback address that is
          // not allowed and where nothing listens.
          String ip = calls.getAndIncrement() == 0 ? "127.0.0.1" : "127.0.0.2";
          return List.of(InetAddress.getByName(ip));
        };
    site.redirect("/r", 302, "/ok");
    SafeFetcher fetcher = fetcher(allowing("127.0.0.1/32"), rebinding);

    FetchedPage page = fetcher.fetch(at("rebind.test:{port}/r"));

    assertThat(page.body()).isEqualTo(PAGE.getBytes(StandardCharsets.UTF_8));
    assertThat(calls.get()).isEqualTo(1);
    assertThat(site.seen())
        .extracting(LoopbackSite.Seen::localAddress)
        .containsOnly("127.0.0.1")
        .hasSize(2);
  }

  @Test
  void fetch_rebindingResolverWhoseFirstAnswerIsPrivate_isRefused() {
    AtomicInteger calls = new AtomicInteger();
    HostResolver rebinding =
        host -> {
          String ip = calls.getAndIncrement() == 0 ? "127.0.0.1" : "93.184.216.34";
          return List.of(InetAddress.getByName(ip));
        };

    assertFails(
        () -> fetcher(strict(), rebinding).fetch(at("rebind.test:{port}/ok")),
        FailureReason.FORBIDDEN_ADDRESS);
    assertThat(calls.get()).isEqualTo(1);
    assertThat(site.requestCount()).isZero();
  }

  @Test
  void fetch_unknownHost_isNetworkError() {
    assertFails(
        () -> fetcher(strict()).fetch(at("nowhere.test:{port}/ok")), FailureReason.NETWORK_ERROR);
  }

  // --- bodies ---------------------------------------------------------------------------------

  @Test
  void fetch_declaredLengthAboveCap_isTooLarge() {
    byte[] big = ("<html>" + "x".repeat(2_000_000)).getBytes(StandardCharsets.US_ASCII);
    site.route("/big", ex -> LoopbackSite.send(ex, 200, "text/html", big));

    assertFails(
        () -> fetcher(allowing("127.0.0.1").withMaxBodyBytes(1_000_000)).fetch(site.url("/big")),
        FailureReason.TOO_LARGE);
  }

  @Test
  void fetch_endlessChunkedBody_isTooLarge() {
    site.route(
        "/endless",
        ex -> {
          ex.getResponseHeaders().add("Content-Type", "text/html");
          ex.sendResponseHeaders(200, 0); // chunked, no length
          OutputStream out = ex.getResponseBody();
          byte[] chunk = "<p>endless</p>".repeat(1000).getBytes(StandardCharsets.US_ASCII);
          while (true) {
            out.write(chunk); // until the client hangs up
          }
        });

    assertFails(
        () ->
            fetcher(allowing("127.0.0.1").withMaxBodyBytes(1_000_000)).fetch(site.url("/endless")),
        FailureReason.TOO_LARGE);
  }

  @Test
  void fetch_gzipBomb_isCappedAfterDecompression() throws IOException {
    byte[] bomb = gzip(new byte[50_000_000]); // about 50 KB on the wire
    site.route(
        "/bomb",
        ex -> {
          ex.getResponseHeaders().add("Content-Encoding", "gzip");
          LoopbackSite.send(ex, 200, "text/html", bomb);
        });

    assertThat(bomb.length).isLessThan(1_000_000);
    assertFails(
        () -> fetcher(allowing("127.0.0.1").withMaxBodyBytes(1_000_000)).fetch(site.url("/bomb")),
        FailureReason.TOO_LARGE);
  }

  @Test
  void fetch_gzipBody_isDecompressed() throws Exception {
    byte[] gz = gzip(PAGE.getBytes(StandardCharsets.UTF_8));
    site.route(
        "/gz",
        ex -> {
          ex.getResponseHeaders().add("Content-Encoding", "gzip");
          LoopbackSite.send(ex, 200, "text/html; charset=utf-8", gz);
        });

    FetchedPage page = fetcher(allowing("127.0.0.1")).fetch(site.url("/gz"));

    assertThat(new String(page.body(), StandardCharsets.UTF_8)).isEqualTo(PAGE);
    assertThat(site.seen().get(0).headers().get("Accept-encoding"))
        .containsExactly("gzip, deflate");
  }

  @ParameterizedTest
  @ValueSource(booleans = {true, false})
  void fetch_deflateBody_isDecompressed(boolean zlibWrapped) throws Exception {
    byte[] deflated = deflate(PAGE.getBytes(StandardCharsets.UTF_8), !zlibWrapped);
    site.route(
        "/deflate",
        ex -> {
          ex.getResponseHeaders().add("Content-Encoding", "deflate");
          LoopbackSite.send(ex, 200, "text/html; charset=utf-8", deflated);
        });

    FetchedPage page = fetcher(allowing("127.0.0.1")).fetch(site.url("/deflate"));

    assertThat(new String(page.body(), StandardCharsets.UTF_8)).isEqualTo(PAGE);
  }

  @Test
  void fetch_brokenGzipStream_isNetworkError() throws IOException {
    byte[] gz = gzip(PAGE.repeat(100).getBytes(StandardCharsets.UTF_8));
    byte[] broken = java.util.Arrays.copyOf(gz, gz.length / 2);
    for (int i = 20; i < broken.length; i += 7) {
      broken[i] ^= 0x5a;
    }
    site.route(
        "/broken",
        ex -> {
          ex.getResponseHeaders().add("Content-Encoding", "gzip");
          LoopbackSite.send(ex, 200, "text/html", broken);
        });

    assertFails(
        () -> fetcher(allowing("127.0.0.1")).fetch(site.url("/broken")),
        FailureReason.NETWORK_ERROR);
  }

  @Test
  void fetch_unknownContentEncoding_isNetworkError() {
    site.route(
        "/br",
        ex -> {
          ex.getResponseHeaders().add("Content-Encoding", "br");
          LoopbackSite.send(ex, 200, "text/html", new byte[] {1, 2, 3});
        });

    assertFails(
        () -> fetcher(allowing("127.0.0.1")).fetch(site.url("/br")), FailureReason.NETWORK_ERROR);
  }

  // --- time -----------------------------------------------------------------------------------

  private FetchSettings shortDeadline() {
    return allowing("127.0.0.1")
        .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(5), Duration.ofMillis(800));
  }

  @Test
  void fetch_slowDrip_hitsTheTotalDeadline() {
    site.route(
        "/drip",
        ex -> {
          ex.getResponseHeaders().add("Content-Type", "text/html");
          ex.sendResponseHeaders(200, 0);
          OutputStream out = ex.getResponseBody();
          for (int i = 0; i < 100; i++) { // each byte arrives well within the read timeout
            out.write('x');
            out.flush();
            sleep(100);
          }
        });

    assertFails(
        () -> fetcher(shortDeadline()).fetch(site.url("/drip")), FailureReason.FETCH_TIMEOUT);
  }

  @Test
  void fetch_serverHangsAfterHeaders_hitsTheTotalDeadline() {
    site.route(
        "/hang",
        ex -> {
          ex.getResponseHeaders().add("Content-Type", "text/html");
          ex.sendResponseHeaders(200, 0);
          ex.getResponseBody().flush();
          sleep(10_000);
        });

    assertFails(
        () -> fetcher(shortDeadline()).fetch(site.url("/hang")), FailureReason.FETCH_TIMEOUT);
  }

  @Test
  void fetch_serverNeverAnswers_hitsTheTotalDeadline() {
    site.route("/silent", ex -> sleep(10_000));

    assertFails(
        () -> fetcher(shortDeadline()).fetch(site.url("/silent")), FailureReason.FETCH_TIMEOUT);
  }

  @Test
  void fetch_blackHoledConnect_endsAtTheConnectTimeoutNotTheTotalDeadline() throws Exception {
    try (BlackHole hole = new BlackHole()) {
      FetchSettings settings =
          FetchSettings.defaults()
              .withAllowedPorts(Set.of(hole.port()))
              .withAllowHosts(List.of("127.0.0.1"))
              .withTimeouts(Duration.ofMillis(700), Duration.ofSeconds(8), Duration.ofSeconds(8));
      long start = System.nanoTime();

      assertFails(
          () -> fetcher(settings).fetch("http://127.0.0.1:" + hole.port() + "/"),
          FailureReason.FETCH_TIMEOUT);
      assertThat(Duration.ofNanos(System.nanoTime() - start))
          .as("one connect timeout, no second try, long before the 8 s deadline")
          .isBetween(Duration.ofMillis(600), Duration.ofMillis(2500));
    }
  }

  // --- content types --------------------------------------------------------------------------

  @ParameterizedTest
  @ValueSource(
      strings = {
        "application/pdf",
        "image/png",
        "video/mp4",
        "application/octet-stream",
        "application/json",
        "text/plain"
      })
  void fetch_nonHtmlType_isNotHtml(String type) {
    site.route("/file", ex -> LoopbackSite.send(ex, 200, type, new byte[] {'%', 'P', 'D', 'F'}));

    assertFails(
        () -> fetcher(allowing("127.0.0.1")).fetch(site.url("/file")), FailureReason.NOT_HTML);
  }

  @Test
  void fetch_eventStream_isRejectedWithoutReadingTheBody() {
    site.route(
        "/events",
        ex -> {
          ex.getResponseHeaders().add("Content-Type", "text/event-stream");
          ex.sendResponseHeaders(200, 0);
          OutputStream out = ex.getResponseBody();
          for (int i = 0; i < 600; i++) {
            out.write("data: tick\n\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            sleep(100);
          }
        });

    assertFails(
        () -> fetcher(allowing("127.0.0.1")).fetch(site.url("/events")), FailureReason.NOT_HTML);
  }

  @Test
  void fetch_binaryLabelledHtml_isNotHtml() {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13};
    site.route("/png", ex -> LoopbackSite.send(ex, 200, "text/html", png));

    assertFails(
        () -> fetcher(allowing("127.0.0.1")).fetch(site.url("/png")), FailureReason.NOT_HTML);
  }

  @Test
  void fetch_missingContentType_isSniffed() throws Exception {
    site.route(
        "/untyped", ex -> LoopbackSite.send(ex, 200, null, PAGE.getBytes(StandardCharsets.UTF_8)));
    site.route(
        "/untyped-text",
        ex -> LoopbackSite.send(ex, 200, null, "just text".getBytes(StandardCharsets.UTF_8)));
    SafeFetcher fetcher = fetcher(allowing("127.0.0.1"));

    assertThat(fetcher.fetch(site.url("/untyped")).contentType()).isNull();
    assertFails(() -> fetcher.fetch(site.url("/untyped-text")), FailureReason.NOT_HTML);
  }

  @Test
  void fetch_xhtml_isAccepted() throws Exception {
    site.route(
        "/x",
        ex ->
            LoopbackSite.send(
                ex, 200, "application/xhtml+xml", PAGE.getBytes(StandardCharsets.UTF_8)));

    assertThat(fetcher(allowing("127.0.0.1")).fetch(site.url("/x")).body()).isNotEmpty();
  }

  @Test
  void fetch_utf16Page_isNotMistakenForBinary() throws Exception {
    byte[] withBom =
        ("\uFEFF" + PAGE).getBytes(StandardCharsets.UTF_16LE); // FF FE, then zero bytes
    byte[] declared = PAGE.getBytes(StandardCharsets.UTF_16BE);
    site.route("/bom", ex -> LoopbackSite.send(ex, 200, "text/html", withBom));
    site.route(
        "/declared", ex -> LoopbackSite.send(ex, 200, "text/html; charset=utf-16be", declared));
    SafeFetcher fetcher = fetcher(allowing("127.0.0.1"));

    assertThat(fetcher.fetch(site.url("/bom")).body()).isEqualTo(withBom);
    assertThat(fetcher.fetch(site.url("/declared")).body()).isEqualTo(declared);
  }

  // --- statuses -------------------------------------------------------------------------------

  @ParameterizedTest
  @ValueSource(ints = {404, 410, 451, 400})
  void fetch_clientError_isNotFound(int code) {
    site.status("/s", code, Map.of());

    assertFails(
        () -> fetcher(allowing("127.0.0.1")).fetch(site.url("/s")), FailureReason.NOT_FOUND);
  }

  @ParameterizedTest
  @ValueSource(ints = {401, 403})
  void fetch_authStatus_isLoginWall(int code) {
    site.status("/s", code, Map.of());

    assertFails(
        () -> fetcher(allowing("127.0.0.1")).fetch(site.url("/s")), FailureReason.LOGIN_WALL);
  }

  @ParameterizedTest
  @ValueSource(ints = {500, 502, 503})
  void fetch_serverError_isServerError(int code) {
    site.status("/s", code, Map.of());

    assertFails(
        () -> fetcher(allowing("127.0.0.1")).fetch(site.url("/s")), FailureReason.SERVER_ERROR);
  }

  @Test
  void fetch_tooManyRequests_isRateLimitedWithRetryAfterInDetail() {
    site.status("/s", 429, Map.of("Retry-After", "120"));

    assertThatThrownBy(() -> fetcher(allowing("127.0.0.1")).fetch(site.url("/s")))
        .isInstanceOfSatisfying(
            ArticleUnavailableException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(FailureReason.RATE_LIMITED);
              assertThat(e.detail()).contains("retry after 120 s");
            });
  }

  // --- politeness -----------------------------------------------------------------------------

  @Test
  void fetch_afterRateLimit_backsOffWithoutContactingTheSite() throws Exception {
    FakeTicker ticker = new FakeTicker();
    site.status("/s", 429, Map.of("Retry-After", "30"));
    SafeFetcher fetcher =
        new SafeFetcher(allowing("127.0.0.1"), resolver, ticker, Clock.systemUTC());
    fetchers.add(fetcher);

    assertFails(() -> fetcher.fetch(site.url("/s")), FailureReason.RATE_LIMITED);
    assertFails(() -> fetcher.fetch(site.url("/ok")), FailureReason.RATE_LIMITED);
    assertThat(site.requestCount()).isEqualTo(1);

    ticker.advance(Duration.ofSeconds(31));
    assertThat(fetcher.fetch(site.url("/ok")).body()).isNotEmpty();
    assertThat(site.requestCount()).isEqualTo(2);
  }

  @Test
  void fetch_repeatedServerErrors_backOffTheHost() throws Exception {
    FakeTicker ticker = new FakeTicker();
    site.status("/s", 503, Map.of());
    FetchSettings settings =
        allowing("127.0.0.1").withBackoff(2, Duration.ofSeconds(10), Duration.ofMinutes(1));
    SafeFetcher fetcher = new SafeFetcher(settings, resolver, ticker, Clock.systemUTC());
    fetchers.add(fetcher);

    assertFails(() -> fetcher.fetch(site.url("/s")), FailureReason.SERVER_ERROR);
    assertFails(() -> fetcher.fetch(site.url("/s")), FailureReason.SERVER_ERROR);
    assertFails(() -> fetcher.fetch(site.url("/ok")), FailureReason.SERVER_ERROR);
    assertThat(site.requestCount()).isEqualTo(2);

    ticker.advance(Duration.ofSeconds(11));
    fetcher.fetch(site.url("/ok"));
    assertThat(site.requestCount()).isEqualTo(3);
  }

  @Test
  void fetch_perHostConcurrencyLimit_makesTheNextFetchWait() throws Exception {
    CountDownLatch entered = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    site.route(
        "/slow",
        ex -> {
          entered.countDown();
          await(release);
          LoopbackSite.send(ex, 200, "text/html", PAGE.getBytes(StandardCharsets.UTF_8));
        });
    SafeFetcher fetcher = fetcher(allowing("127.0.0.1").withPerHostConcurrency(1));
    List<Object> results = Collections.synchronizedList(new ArrayList<>());
    Thread first = new Thread(() -> results.add(fetchQuietly(fetcher, site.url("/slow"))));
    Thread second = new Thread(() -> results.add(fetchQuietly(fetcher, site.url("/ok"))));
    try {
      first.start();
      assertThat(entered.await(10, TimeUnit.SECONDS)).isTrue();
      second.start();
      // The second fetch parks on the host's permit (TIMED_WAITING) instead of reaching the site.
      while (second.getState() != Thread.State.TIMED_WAITING && second.isAlive()) {
        Thread.onSpinWait();
      }
      assertThat(site.seen()).extracting(LoopbackSite.Seen::path).containsExactly("/slow");
    } finally {
      release.countDown();
      first.join(10_000);
      second.join(10_000);
    }
    assertThat(results).hasSize(2).allMatch(r -> r instanceof FetchedPage);
    assertThat(site.seen()).extracting(LoopbackSite.Seen::path).containsExactly("/slow", "/ok");
  }

  @Test
  void fetch_noPermitBeforeTheDeadline_isFetchTimeout() throws Exception {
    CountDownLatch entered = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    site.route(
        "/slow",
        ex -> {
          entered.countDown();
          await(release);
          LoopbackSite.send(ex, 200, "text/html", PAGE.getBytes(StandardCharsets.UTF_8));
        });
    // The holder has a long deadline; the waiter a short one, on the same limiter.
    SafeFetcher fetcher =
        fetcher(
            allowing("127.0.0.1")
                .withPerHostConcurrency(1)
                .withTimeouts(
                    Duration.ofSeconds(2), Duration.ofSeconds(30), Duration.ofSeconds(30)));
    Thread holder = new Thread(() -> fetchQuietly(fetcher, site.url("/slow")));
    try {
      holder.start();
      assertThat(entered.await(10, TimeUnit.SECONDS)).isTrue();
      assertFails(
          () -> fetcher.fetchWithin(site.url("/ok"), Duration.ofMillis(300)),
          FailureReason.FETCH_TIMEOUT);
      assertThat(site.seen()).extracting(LoopbackSite.Seen::path).containsExactly("/slow");
    } finally {
      release.countDown();
      holder.join(10_000);
    }
  }

  private static Object fetchQuietly(SafeFetcher fetcher, String url) {
    try {
      return fetcher.fetch(url);
    } catch (ArticleUnavailableException e) {
      return e;
    }
  }

  // --- helpers --------------------------------------------------------------------------------

  static final class FakeTicker implements Ticker {
    private final AtomicLong nanos = new AtomicLong(1_000_000_000L);

    @Override
    public long read() {
      return nanos.get();
    }

    void advance(Duration duration) {
      nanos.addAndGet(duration.toNanos());
    }
  }

  private static byte[] gzip(byte[] data) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(data);
    }
    return out.toByteArray();
  }

  private static byte[] deflate(byte[] data, boolean raw) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (DeflaterOutputStream def =
        new DeflaterOutputStream(out, new Deflater(Deflater.DEFAULT_COMPRESSION, raw))) {
      def.write(data);
    }
    return out.toByteArray();
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(20, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
