package io.gloss.config.cli;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** A loopback news site that serves fixed pages and counts requests per path. */
public final class NewsSite implements AutoCloseable {
  private final HttpServer server;
  private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
  private volatile CountDownLatch gate = new CountDownLatch(1);
  private volatile boolean held;

  /**
   * A page to serve.
   *
   * @param contentType the Content-Type header
   * @param body the bytes
   */
  public record Page(String contentType, byte[] body) {}

  /** Our own Daum News fixture page (a 해상풍력 article with a 용어설명 box). */
  public static final Path EXAMPLE = Path.of("../examples/daum-news-sample.html");

  /** The canonical URL the example page declares. */
  public static final String EXAMPLE_URL = "https://v.daum.net/v/20250915143012345";

  /** The example page as an article of its own: it declares {@code canonicalUrl} instead. */
  public static Page example(String canonicalUrl) throws IOException {
    String html = Files.readString(EXAMPLE, StandardCharsets.UTF_8);
    return new Page(
        "text/html; charset=utf-8",
        html.replace(EXAMPLE_URL, canonicalUrl).getBytes(StandardCharsets.UTF_8));
  }

  public NewsSite(Map<String, Page> pages) throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/",
        exchange -> {
          String path = exchange.getRequestURI().getPath();
          hits.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
          if (held) {
            awaitGate();
          }
          Page page = pages.get(path);
          if (page == null) {
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
            return;
          }
          exchange.getResponseHeaders().set("Content-Type", page.contentType());
          exchange.sendResponseHeaders(200, page.body().length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(page.body());
          }
        });
    server.setExecutor(Executors.newCachedThreadPool());
    server.start();
  }

  /** From now on pages are served only after {@link #release()}: a fetch stays in flight. */
  public synchronized void hold() {
    if (!held) {
      gate = new CountDownLatch(1);
      held = true;
    }
  }

  /** Serves the fetches held so far, and every later one at once (until the next hold). */
  public synchronized void release() {
    held = false;
    gate.countDown();
  }

  private void awaitGate() {
    try {
      gate.await(60, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  public String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  public int port() {
    return server.getAddress().getPort();
  }

  public int hits(String path) {
    AtomicInteger count = hits.get(path);
    return count == null ? 0 : count.get();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
