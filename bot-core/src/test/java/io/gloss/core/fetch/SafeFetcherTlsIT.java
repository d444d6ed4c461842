package io.gloss.core.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.benmanes.caffeine.cache.Ticker;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsParameters;
import com.sun.net.httpserver.HttpsServer;
import io.gloss.core.domain.ArticleUnavailableException;
import io.gloss.core.domain.FailureReason;
import io.gloss.core.domain.FetchedPage;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SNIMatcher;
import javax.net.ssl.SNIServerName;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.StandardConstants;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * HOSTILE-INPUTS rows 7 and 18: TLS to a pinned, allowed address. The certificate is checked
 * against the name in the URL, not the dialled IP, and the name goes out as SNI; a self-signed,
 * wrong-name or expired certificate fails closed before any request is sent. The fixtures under
 * {@code tls/} are made by {@code tls/make-certs.sh}.
 */
class SafeFetcherTlsIT {

  @TempDir Path dir;

  @Test
  void fetch_selfSignedCertificate_failsClosedWithoutARequest() throws Exception {
    char[] password = "changeit".toCharArray();
    Path keystore = dir.resolve("site.p12");
    Process keytool =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair",
                "-alias",
                "site",
                "-keyalg",
                "EC",
                "-dname",
                "CN=news.test",
                "-ext",
                "SAN=dns:news.test,ip:127.0.0.1",
                "-validity",
                "2",
                "-storetype",
                "PKCS12",
                "-keystore",
                keystore.toString(),
                "-storepass",
                "changeit",
                "-keypass",
                "changeit")
            .redirectErrorStream(true)
            .start();
    keytool.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
    assertThat(keytool.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(keytool.exitValue()).isZero();

    KeyStore ks = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(keystore)) {
      ks.load(in, password);
    }
    KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
    kmf.init(ks, password);
    SSLContext tls = SSLContext.getInstance("TLS");
    tls.init(kmf.getKeyManagers(), null, null);

    AtomicInteger requests = new AtomicInteger();
    HttpsServer server =
        HttpsServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 10);
    server.setHttpsConfigurator(new HttpsConfigurator(tls));
    server.createContext(
        "/",
        ex -> {
          requests.incrementAndGet();
          byte[] body = "<html>secret</html>".getBytes(StandardCharsets.UTF_8);
          ex.sendResponseHeaders(200, body.length);
          ex.getResponseBody().write(body);
          ex.close();
        });
    server.start();
    int port = server.getAddress().getPort();
    FetchSettings settings =
        FetchSettings.defaults()
            .withAllowedPorts(Set.of(443, port))
            .withAllowHosts(List.of("news.test", "127.0.0.1"));
    HostResolver resolver = host -> List.of(InetAddress.getByName("127.0.0.1"));
    try (SafeFetcher fetcher = new SafeFetcher(settings, resolver)) {
      for (String url :
          List.of("https://news.test:" + port + "/ok", "https://127.0.0.1:" + port + "/ok")) {
        assertThatThrownBy(() -> fetcher.fetch(url))
            .as(url)
            .isInstanceOfSatisfying(
                ArticleUnavailableException.class,
                e -> {
                  assertThat(e.reason()).isEqualTo(FailureReason.NETWORK_ERROR);
                  assertThat(e.detail()).startsWith("TLS failure");
                });
      }
    } finally {
      server.stop(0);
    }
    assertThat(requests.get()).isZero();
  }

  @Test
  void fetch_trustedCertificateForTheName_isAcceptedOnThePinnedAddressAndSniIsTheName()
      throws Exception {
    try (TlsSite site = new TlsSite("site-news.p12");
        SafeFetcher fetcher = trustingTestCa(site.port())) {
      FetchedPage page = fetcher.fetch("https://news.test:" + site.port() + "/ok");

      assertThat(new String(page.body(), StandardCharsets.UTF_8)).isEqualTo(TlsSite.BODY);
      assertThat(site.serverNames).containsOnly("news.test");
      assertThat(site.requests).hasValue(1);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"site-other.p12", "site-expired.p12"})
  void fetch_wrongNameOrExpiredCertificateFromTheTrustedCa_failsClosedWithoutARequest(
      String keystore) throws Exception {
    try (TlsSite site = new TlsSite(keystore);
        SafeFetcher fetcher = trustingTestCa(site.port())) {
      assertThatThrownBy(() -> fetcher.fetch("https://news.test:" + site.port() + "/ok"))
          .isInstanceOfSatisfying(
              ArticleUnavailableException.class,
              e -> {
                assertThat(e.reason()).isEqualTo(FailureReason.NETWORK_ERROR);
                assertThat(e.detail()).startsWith("TLS failure");
              });
      assertThat(site.requests).hasValue(0);
    }
  }

  @Test
  void fetch_certificateForTheNameOnly_isRefusedWhenTheUrlNamesTheAddress() throws Exception {
    try (TlsSite site = new TlsSite("site-news.p12");
        SafeFetcher fetcher = trustingTestCa(site.port())) {
      assertThatThrownBy(() -> fetcher.fetch("https://127.0.0.1:" + site.port() + "/ok"))
          .isInstanceOfSatisfying(
              ArticleUnavailableException.class,
              e -> assertThat(e.reason()).isEqualTo(FailureReason.NETWORK_ERROR));
      assertThat(site.requests).hasValue(0);
    }
  }

  /** A fetcher that trusts only the test CA and resolves every name to 127.0.0.1. */
  private static SafeFetcher trustingTestCa(int port) throws Exception {
    KeyStore ca = TlsSite.load("ca.p12");
    KeyStore anchors = KeyStore.getInstance("PKCS12");
    anchors.load(null, null);
    anchors.setCertificateEntry("ca", ca.getCertificate("ca"));
    TrustManagerFactory tmf =
        TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    tmf.init(anchors);
    FetchSettings settings =
        FetchSettings.defaults()
            .withAllowedPorts(Set.of(443, port))
            .withAllowHosts(List.of("news.test", "127.0.0.1"));
    HostResolver resolver = host -> List.of(InetAddress.getByName("127.0.0.1"));
    return new SafeFetcher(
        settings,
        resolver,
        Ticker.systemTicker(),
        Clock.systemUTC(),
        (X509TrustManager) tmf.getTrustManagers()[0]);
  }

  /** An HTTPS site on 127.0.0.1 with one fixture certificate; records SNI names and requests. */
  private static final class TlsSite implements AutoCloseable {
    static final String BODY = "<html><body>기사</body></html>";
    static final char[] PASSWORD = "changeit".toCharArray();

    final List<String> serverNames = new CopyOnWriteArrayList<>();
    final AtomicInteger requests = new AtomicInteger();
    private final HttpsServer server;

    TlsSite(String keystore) throws Exception {
      KeyManagerFactory kmf =
          KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
      kmf.init(load(keystore), PASSWORD);
      SSLContext tls = SSLContext.getInstance("TLS");
      tls.init(kmf.getKeyManagers(), null, null);
      server = HttpsServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 10);
      server.setHttpsConfigurator(
          new HttpsConfigurator(tls) {
            @Override
            public void configure(HttpsParameters params) {
              SSLParameters parameters = tls.getDefaultSSLParameters();
              parameters.setSNIMatchers(
                  List.of(
                      new SNIMatcher(StandardConstants.SNI_HOST_NAME) {
                        @Override
                        public boolean matches(SNIServerName name) {
                          serverNames.add(((SNIHostName) name).getAsciiName());
                          return true;
                        }
                      }));
              params.setSSLParameters(parameters);
            }
          });
      server.createContext(
          "/",
          ex -> {
            requests.incrementAndGet();
            byte[] body = BODY.getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            ex.sendResponseHeaders(200, body.length);
            ex.getResponseBody().write(body);
            ex.close();
          });
      server.start();
    }

    static KeyStore load(String name) throws Exception {
      KeyStore store = KeyStore.getInstance("PKCS12");
      try (InputStream in = SafeFetcherTlsIT.class.getResourceAsStream("/tls/" + name)) {
        store.load(in, PASSWORD);
      }
      return store;
    }

    int port() {
      return server.getAddress().getPort();
    }

    @Override
    public void close() {
      server.stop(0);
    }
  }
}
