package io.gloss.config.ops;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gloss's one HTTP server on {@code server.address:server.port}: {@code GET /healthz} (the process
 * is alive), {@code GET /readyz} (200, or 503 with the reasons as JSON), {@code GET /metrics}
 * (Prometheus text) and whatever a platform mounts (Slack's {@code POST /slack/events} in HTTP
 * mode). Nothing it serves contains a secret or message text.
 */
public final class OpsServer implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(OpsServer.class);
  private static final int THREADS = 8;
  private static final Set<String> KNOWN_PATHS = Set.of("/healthz", "/readyz", "/metrics");

  private final HttpServer server;
  private final ExecutorService threads;
  private final ServiceMetrics metrics;
  private boolean started;

  private OpsServer(HttpServer server, ExecutorService threads, ServiceMetrics metrics) {
    this.server = server;
    this.threads = threads;
    this.metrics = metrics;
  }

  /**
   * Binds the address and prepares the operations endpoints; {@link #start()} starts answering.
   * Connections made in between wait in the listen backlog, so a platform can mount its endpoint
   * before the first request is handled.
   *
   * @throws IOException when the address cannot be bound (e.g. the port is in use)
   */
  public static OpsServer bind(
      String address, int port, Readiness readiness, ServiceMetrics metrics) throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress(address, port), 0);
    AtomicInteger number = new AtomicInteger();
    ExecutorService threads =
        Executors.newFixedThreadPool(
            THREADS,
            runnable -> {
              Thread thread = new Thread(runnable, "gloss-http-" + number.incrementAndGet());
              thread.setDaemon(true);
              return thread;
            });
    server.setExecutor(threads);
    OpsServer ops = new OpsServer(server, threads, metrics);
    ops.context("/healthz", exchange -> ops.reply(exchange, 200, "text/plain", "ok\n"));
    ops.context("/readyz", exchange -> ops.ready(exchange, readiness));
    ops.context(
        "/metrics",
        exchange ->
            ops.reply(exchange, 200, "text/plain; version=0.0.4; charset=utf-8", metrics.scrape()));
    // Anything else: a plain 404 (the JDK's default would also be 404, but uncounted).
    server.createContext("/", exchange -> ops.reply(exchange, 404, "text/plain", "not found\n"));
    return ops;
  }

  /** Starts answering requests; later calls do nothing. */
  public synchronized void start() {
    if (started) {
      return;
    }
    started = true;
    server.start();
    log.info(
        "HTTP server listening on {}:{} (/healthz, /readyz, /metrics)",
        server.getAddress().getHostString(),
        port());
  }

  /** The bound port (useful with port 0). */
  public int port() {
    return server.getAddress().getPort();
  }

  /** Serves a platform's handler at a path on this server, e.g. Slack's events endpoint. */
  public void mount(String path, HttpHandler handler) {
    server.createContext(path, counted(path, handler));
  }

  private void context(String path, HttpHandler handler) {
    server.createContext(path, counted(path, handler));
  }

  private HttpHandler counted(String path, HttpHandler handler) {
    return exchange -> {
      long start = System.nanoTime();
      try {
        if (KNOWN_PATHS.contains(path) && !exchange.getRequestURI().getPath().equals(path)) {
          reply(exchange, 404, "text/plain", "not found\n"); // e.g. /healthz/anything
        } else if (KNOWN_PATHS.contains(path)
            && !"GET".equals(exchange.getRequestMethod())
            && !"HEAD".equals(exchange.getRequestMethod())) {
          exchange.getResponseHeaders().set("Allow", "GET, HEAD");
          reply(exchange, 405, "text/plain", "method not allowed\n");
        } else {
          handler.handle(exchange);
        }
      } finally {
        metrics.httpRequest(
            path, exchange.getResponseCode(), Duration.ofNanos(System.nanoTime() - start));
      }
    };
  }

  private void ready(HttpExchange exchange, Readiness readiness) throws IOException {
    List<String> problems = readiness.problems();
    ObjectNode body = Json.MAPPER.createObjectNode();
    body.put("status", problems.isEmpty() ? "ready" : "not ready");
    if (!problems.isEmpty()) {
      body.putPOJO("reasons", problems);
    }
    reply(
        exchange,
        problems.isEmpty() ? 200 : 503,
        "application/json",
        Json.MAPPER.writeValueAsString(body) + "\n");
  }

  /** Jackson, loaded at the first {@code /readyz} rather than in the start-up path (~0.25 s). */
  private static final class Json {
    static final ObjectMapper MAPPER = new ObjectMapper();
  }

  private void reply(HttpExchange exchange, int status, String contentType, String body)
      throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", contentType);
    exchange.getResponseHeaders().set("Cache-Control", "no-store");
    boolean head = "HEAD".equals(exchange.getRequestMethod());
    exchange.sendResponseHeaders(status, head ? -1 : bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      if (!head) {
        out.write(bytes);
      }
    }
  }

  /** Stops accepting connections and closes the server (after the platforms stopped). */
  @Override
  public void close() {
    server.stop(0); // JDK 17 waits the whole delay even when idle; exchanges are short acks
    threads.shutdown();
    try {
      threads.awaitTermination(2, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
