package io.gloss.core.fetch;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A fake news site on 127.0.0.1, port 0 (JDK HttpServer). Records every request it sees, so tests
 * can assert that a refused URL never reached it.
 */
final class LoopbackSite implements AutoCloseable {

  interface Route {
    void handle(HttpExchange exchange) throws IOException;
  }

  /** What the server saw: path and the local address the client connected to. */
  record Seen(String path, String localAddress, Map<String, List<String>> headers) {}

  private final HttpServer server;
  private final ExecutorService executor = Executors.newCachedThreadPool();
  private final Map<String, Route> routes = new ConcurrentHashMap<>();
  private final List<Seen> seen = new CopyOnWriteArrayList<>();

  LoopbackSite() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 50);
    server.setExecutor(executor);
    server.createContext(
        "/",
        exchange -> {
          try (exchange) {
            String path = exchange.getRequestURI().getPath();
            seen.add(
                new Seen(
                    path,
                    exchange.getLocalAddress().getAddress().getHostAddress(),
                    Map.copyOf(exchange.getRequestHeaders())));
            Route route = routes.get(path);
            if (route == null) {
              exchange.sendResponseHeaders(404, -1);
            } else {
              route.handle(exchange);
            }
          } catch (IOException e) {
            // the client went away (cap reached, deadline passed): expected in these tests
          }
        });
    server.start();
  }

  int port() {
    return server.getAddress().getPort();
  }

  /** {@code http://127.0.0.1:port/path}. */
  String url(String path) {
    return "http://127.0.0.1:" + port() + path;
  }

  LoopbackSite route(String path, Route route) {
    routes.put(path, route);
    return this;
  }

  LoopbackSite html(String path, String html) {
    return route(
        path,
        ex -> send(ex, 200, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8)));
  }

  LoopbackSite redirect(String path, int code, String location) {
    return route(
        path,
        ex -> {
          ex.getResponseHeaders().add("Location", location);
          ex.sendResponseHeaders(code, -1);
        });
  }

  LoopbackSite status(String path, int code, Map<String, String> headers) {
    return route(
        path,
        ex -> {
          headers.forEach((k, v) -> ex.getResponseHeaders().add(k, v));
          byte[] body = "<html><body>error</body></html>".getBytes(StandardCharsets.UTF_8);
          ex.getResponseHeaders().add("Content-Type", "text/html");
          ex.sendResponseHeaders(code, body.length);
          ex.getResponseBody().write(body);
        });
  }

  static void send(HttpExchange ex, int code, String contentType, byte[] body) throws IOException {
    if (contentType != null) {
      ex.getResponseHeaders().add("Content-Type", contentType);
    }
    ex.sendResponseHeaders(code, body.length == 0 ? -1 : body.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(body);
    }
  }

  List<Seen> seen() {
    return List.copyOf(seen);
  }

  int requestCount() {
    return seen.size();
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
