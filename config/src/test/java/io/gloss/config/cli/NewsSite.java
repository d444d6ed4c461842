package io.gloss.config.cli;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** A loopback news site that serves fixed pages and counts requests per path. */
final class NewsSite implements AutoCloseable {
  private final HttpServer server;
  private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
  private final CountDownLatch gate = new CountDownLatch(1);
  private volatile boolean held;

  /**
   * A page to serve.
   *
   * @param contentType the Content-Type header
   * @param body the bytes
   */
  record Page(String contentType, byte[] body) {}

  NewsSite(Map<String, Page> pages) throws IOException {
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
  void hold() {
    held = true;
  }

  void release() {
    gate.countDown();
  }

  private void awaitGate() {
    try {
      gate.await(60, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  int port() {
    return server.getAddress().getPort();
  }

  int hits(String path) {
    AtomicInteger count = hits.get(path);
    return count == null ? 0 : count.get();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
