package io.gloss.slack.fake;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

/**
 * A loopback fake of the Slack Web API ({@code /api/<method>}) and of {@code response_url}s ({@code
 * /response/<id>}), recording every call in order.
 */
public final class FakeSlackApi implements AutoCloseable {
  /**
   * One recorded call: the method ({@code chat.postMessage}) or {@code response_url}, the token it
   * was made with (from the {@code Authorization: Bearer} header, or the {@code token} param), and
   * when it arrived ({@link System#nanoTime()}).
   */
  public record Call(
      String method,
      String path,
      Map<String, String> params,
      String body,
      String token,
      long nanos) {
    public String param(String name) {
      return params.getOrDefault(name, "");
    }

    /**
     * A JSON parameter ({@code blocks}, {@code unfurls}) re-serialized without Gson's HTML
     * escaping, so that {@code <} reads as {@code <} (not {@code \u003c}) in assertions.
     */
    public String json(String name) {
      String value = param(name);
      if (value.isEmpty()) {
        return value;
      }
      return new com.google.gson.GsonBuilder()
          .disableHtmlEscaping()
          .create()
          .toJson(com.google.gson.JsonParser.parseString(value));
    }
  }

  private final HttpServer server;
  private final ExecutorService threads = Executors.newFixedThreadPool(8);
  private final List<Call> calls = new CopyOnWriteArrayList<>();
  private final Map<String, Integer> rateLimited = new ConcurrentHashMap<>();
  private final AtomicLong ts = new AtomicLong(1_700_000_100_000L);
  private volatile String socketUrl = "ws://127.0.0.1:1/";
  private volatile String historyText = "";
  private final Map<String, String> locales = new ConcurrentHashMap<>();
  private final Set<String> notAdmins = ConcurrentHashMap.newKeySet();
  private final Map<String, String> zones = new ConcurrentHashMap<>();
  private final Map<String, Integer> failures = new ConcurrentHashMap<>();
  private final Map<String, String> errors = new ConcurrentHashMap<>();
  private final Map<String, String> installCodes = new ConcurrentHashMap<>();
  private final Map<String, String> teamsByToken = new ConcurrentHashMap<>();

  public FakeSlackApi() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::handle);
    server.setExecutor(threads);
    server.start();
  }

  public String apiUrl() {
    return base() + "/api/";
  }

  public String responseUrl(String id) {
    return base() + "/response/" + id;
  }

  private String base() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  public void socketUrl(String url) {
    this.socketUrl = url;
  }

  public void historyText(String text) {
    this.historyText = text;
  }

  /** The next call of this method gets HTTP 429 with {@code Retry-After: 1}. */
  public void rateLimitOnce(String method) {
    rateLimit(method, 1);
  }

  /** The next {@code times} calls of this method get HTTP 429 with {@code Retry-After: 1}. */
  public void rateLimit(String method, int times) {
    rateLimited.put(method, times);
  }

  private boolean takeRateLimit(String method) {
    boolean[] limited = new boolean[1];
    rateLimited.computeIfPresent(
        method,
        (m, left) -> {
          limited[0] = true;
          return left > 1 ? left - 1 : null;
        });
    return limited[0];
  }

  /** users.info answers this locale for the user (default ko-KR). */
  public void userLocale(String user, String locale) {
    locales.put(user, locale);
  }

  /** users.info answers this profile time zone ({@code tz}) for the user (default none). */
  public void userZone(String user, String tz) {
    zones.put(user, tz);
  }

  /** users.info says this user is not a workspace admin (users are admins by default). */
  public void notAdmin(String user) {
    notAdmins.add(user);
  }

  /** Every call of this method answers HTTP 200 with {@code ok:false} and this error code. */
  public void errorWith(String method, String error) {
    errors.put(method, error);
  }

  /** Every call of this method fails with this HTTP status (e.g. 401). */
  public void failWith(String method, int status) {
    failures.put(method, status);
  }

  /**
   * An install of the app in {@code team}: {@code oauth.v2.access} exchanges {@code code} (once)
   * for {@code botToken}, and {@code auth.test} with that token answers that team.
   */
  public void installCode(String code, String team, String botToken) {
    teamsByToken.put(botToken, team);
    installCodes.put(
        code,
        "{\"ok\":true,\"app_id\":\"A0001\",\"authed_user\":{\"id\":\"U_INSTALLER_"
            + team
            + "\"},\"scope\":\"chat:write,commands,links:read\",\"token_type\":\"bot\","
            + "\"access_token\":\""
            + botToken
            + "\",\"bot_user_id\":\"UBOT"
            + team
            + "\",\"team\":{\"id\":\""
            + team
            + "\",\"name\":\"Team "
            + team
            + "\"},\"enterprise\":null,\"is_enterprise_install\":false}");
  }

  private String oauthV2Access(Map<String, String> params) {
    String answer = installCodes.remove(params.getOrDefault("code", ""));
    return answer != null ? answer : "{\"ok\":false,\"error\":\"invalid_code\"}";
  }

  private String authTest(String token) {
    String team = teamsByToken.getOrDefault(token, "T0001");
    return "{\"ok\":true,\"url\":\"https://gloss-test.slack.com/\",\"team\":\"Gloss\","
        + "\"user\":\"gloss\",\"team_id\":\""
        + team
        + "\",\"user_id\":\"U0BOT\",\"bot_id\":\"B0BOT\"}";
  }

  public List<Call> calls() {
    return List.copyOf(calls);
  }

  public List<Call> calls(String method) {
    return calls.stream().filter(c -> c.method().equals(method)).toList();
  }

  /** Waits until at least {@code count} calls match; returns them (the caller asserts). */
  public List<Call> await(Predicate<Call> wanted, int count, Duration timeout)
      throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      List<Call> matching = calls.stream().filter(wanted).toList();
      if (matching.size() >= count) {
        return matching;
      }
      Thread.sleep(20);
    }
    return calls.stream().filter(wanted).toList();
  }

  public List<Call> await(String method, int count) throws InterruptedException {
    return await(c -> c.method().equals(method), count, Duration.ofSeconds(10));
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      long arrived = System.nanoTime();
      String path = exchange.getRequestURI().getPath();
      String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      String method =
          path.startsWith("/api/")
              ? path.substring("/api/".length())
              : path.startsWith("/response/") ? "response_url" : path;
      String contentType = String.valueOf(exchange.getRequestHeaders().getFirst("Content-Type"));
      Map<String, String> params =
          contentType.contains("application/x-www-form-urlencoded") ? form(body) : Map.of();
      String token = tokenOf(exchange, params);
      if (takeRateLimit(method)) {
        calls.add(new Call(method + "#429", path, params, body, token, arrived));
        exchange.getResponseHeaders().add("Retry-After", "1");
        reply(exchange, 429, "{\"ok\":false,\"error\":\"ratelimited\"}");
        return;
      }
      calls.add(new Call(method, path, params, body, token, arrived));
      String error = errors.get(method);
      if (error != null) {
        reply(exchange, 200, "{\"ok\":false,\"error\":\"" + error + "\"}");
        return;
      }
      Integer failure = failures.get(method);
      if (failure != null) {
        reply(exchange, failure, "{\"ok\":false,\"error\":\"invalid_auth\"}");
        return;
      }
      String response =
          switch (method) {
            case "auth.test" -> authTest(token);
            case "oauth.v2.access" -> oauthV2Access(params);
            case "chat.postMessage" ->
                "{\"ok\":true,\"channel\":\""
                    + params.getOrDefault("channel", "C")
                    + "\",\"ts\":\""
                    + nextTs()
                    + "\"}";
            case "chat.postEphemeral" -> "{\"ok\":true,\"message_ts\":\"" + nextTs() + "\"}";
            case "apps.connections.open" -> "{\"ok\":true,\"url\":\"" + socketUrl + "\"}";
            case "conversations.history" ->
                "{\"ok\":true,\"messages\":[{\"type\":\"message\",\"user\":\"U0001\",\"text\":"
                    + quote(historyText)
                    + ",\"ts\":\""
                    + params.getOrDefault("latest", "1")
                    + "\"}]}";
            case "response_url" -> "ok";
            case "users.info" ->
                "{\"ok\":true,\"user\":{\"id\":\""
                    + params.getOrDefault("user", "")
                    + "\",\"locale\":\""
                    + locales.getOrDefault(params.getOrDefault("user", ""), "ko-KR")
                    + "\",\"is_admin\":"
                    + !notAdmins.contains(params.getOrDefault("user", ""))
                    + (zones.containsKey(params.getOrDefault("user", ""))
                        ? ",\"tz\":\"" + zones.get(params.getOrDefault("user", "")) + "\""
                        : "")
                    + "}}";
            case "chat.getPermalink" ->
                "{\"ok\":true,\"channel\":\""
                    + params.getOrDefault("channel", "")
                    + "\",\"permalink\":\"https://gloss-test.slack.com/archives/"
                    + params.getOrDefault("channel", "")
                    + "/p"
                    + params.getOrDefault("message_ts", "").replace(".", "")
                    + "\"}";
            default -> "{\"ok\":true}";
          };
      reply(exchange, 200, response);
    }
  }

  private static String tokenOf(HttpExchange exchange, Map<String, String> params) {
    String authorization = exchange.getRequestHeaders().getFirst("Authorization");
    if (authorization != null && authorization.startsWith("Bearer ")) {
      return authorization.substring("Bearer ".length());
    }
    return params.getOrDefault("token", "");
  }

  private String nextTs() {
    long value = ts.incrementAndGet();
    return (value / 1_000_000) + "." + String.format("%06d", value % 1_000_000);
  }

  private static String quote(String text) {
    return new com.google.gson.Gson().toJson(text);
  }

  private static void reply(HttpExchange exchange, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
    exchange.sendResponseHeaders(status, bytes.length);
    exchange.getResponseBody().write(bytes);
  }

  private static Map<String, String> form(String body) {
    Map<String, String> params = new LinkedHashMap<>();
    for (String pair : body.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
      String value =
          eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      params.put(key, value);
    }
    return params;
  }

  @Override
  public void close() {
    server.stop(0);
    threads.shutdownNow();
  }
}
