package io.gloss.config.cli;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/** A loopback fake of the Slack Web API that records every call (method and body). */
final class FakeSlackApi implements AutoCloseable {
  /**
   * One recorded call.
   *
   * @param method the Web API method, or {@code response_url}
   * @param body the request body (a form decoded)
   */
  record Call(String method, String body) {}

  private final HttpServer server;
  private final List<Call> calls = new CopyOnWriteArrayList<>();
  private final AtomicLong ts = new AtomicLong(1_700_000_100);
  private final CountDownLatch authGate = new CountDownLatch(1);

  FakeSlackApi() throws IOException {
    this(false);
  }

  /**
   * @param holdAuth when true, {@code auth.test} answers only after {@link #releaseAuth()}: the
   *     Slack handshake of a starting Gloss is then still in progress
   */
  FakeSlackApi(boolean holdAuth) throws IOException {
    if (!holdAuth) {
      authGate.countDown();
    }
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/api/",
        exchange -> {
          String method = exchange.getRequestURI().getPath().substring("/api/".length());
          String raw = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
          // The Slack client posts forms; keep the decoded text so tests can read it.
          String body =
              raw.startsWith("{") ? raw : java.net.URLDecoder.decode(raw, StandardCharsets.UTF_8);
          calls.add(new Call(method, body));
          if (method.equals("auth.test")) {
            awaitGate();
          }
          String answer =
              switch (method) {
                case "auth.test" ->
                    "{\"ok\":true,\"url\":\"https://gloss-test.slack.com/\",\"team\":\"Gloss\","
                        + "\"user\":\"gloss\",\"team_id\":\"T0001\",\"user_id\":\"U0BOT\","
                        + "\"bot_id\":\"B0BOT\"}";
                case "chat.postMessage" ->
                    "{\"ok\":true,\"channel\":\"C0001\",\"ts\":\""
                        + ts.incrementAndGet()
                        + ".000100\"}";
                case "users.info" ->
                    "{\"ok\":true,\"user\":{\"id\":\"U0001\",\"locale\":\"ko-KR\",\"is_admin\":true}}";
                case "chat.getPermalink" -> permalink(body);
                case "response_url" -> "ok";
                default -> "{\"ok\":true}";
              };
          byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
          exchange.sendResponseHeaders(200, bytes.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
          }
        });
    server.setExecutor(Executors.newCachedThreadPool());
    server.start();
  }

  /** Slack's permalink answer: {@code https://gloss-test.slack.com/archives/C…/p<ts digits>}. */
  private static String permalink(String form) {
    String channel = field(form, "channel");
    return "{\"ok\":true,\"channel\":\""
        + channel
        + "\",\"permalink\":\"https://gloss-test.slack.com/archives/"
        + channel
        + "/p"
        + field(form, "message_ts").replace(".", "")
        + "\"}";
  }

  private static String field(String form, String name) {
    for (String pair : form.split("&")) {
      if (pair.startsWith(name + "=")) {
        return pair.substring(name.length() + 1);
      }
    }
    return "";
  }

  /** Lets a held {@code auth.test} answer. */
  void releaseAuth() {
    authGate.countDown();
  }

  private void awaitGate() {
    try {
      authGate.await(60, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  String apiUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/api/";
  }

  List<Call> calls(String method) {
    return calls.stream().filter(call -> call.method().equals(method)).toList();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
