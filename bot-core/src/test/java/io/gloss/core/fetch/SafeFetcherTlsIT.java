package io.gloss.core.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import io.gloss.core.domain.ArticleUnavailableException;
import io.gloss.core.domain.FailureReason;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Row 18: a self-signed certificate on a pinned, allowed address still fails closed. */
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
}
