package io.gloss.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.util.SlackRequestParser;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /slack/events} on the JDK HTTP server: the timestamp and the signature of the raw
 * body are checked here (401 otherwise), the signature in constant time, since Bolt compares it
 * with {@code String.equals}; then the request goes to Bolt, which checks again and dispatches
 * events, commands and interactivity. Mountable on any {@code HttpServer}.
 */
public final class SlackHttpHandler implements HttpHandler {
  /** The path Slack posts to, as in the app manifest. */
  public static final String PATH = "/slack/events";

  private static final Logger log = LoggerFactory.getLogger(SlackHttpHandler.class);
  private static final int MAX_BODY_BYTES = 1 << 20;

  /** Slack's replay window: a request signed longer ago, or further ahead, is refused. */
  private static final long MAX_CLOCK_SKEW_SECONDS = 5 * 60;

  private final App app;
  private final SlackRequestParser parser;
  private final @Nullable String signingSecret;

  SlackHttpHandler(App app) {
    this.app = app;
    this.parser = new SlackRequestParser(app.config());
    this.signingSecret = app.config().getSigningSecret();
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    try {
      if (!"POST".equalsIgnoreCase(exchange.getRequestMethod())) {
        send(exchange, 405, "text/plain", "POST only");
        return;
      }
      byte[] body;
      try (InputStream in = exchange.getRequestBody()) {
        body = in.readNBytes(MAX_BODY_BYTES + 1);
      }
      if (body.length > MAX_BODY_BYTES) {
        send(exchange, 413, "text/plain", "too large");
        return;
      }
      if (!isFresh(exchange.getRequestHeaders().getFirst("X-Slack-Request-Timestamp"))) {
        // Bolt checks only the past; a timestamp from the future is a replay kept for later.
        log.warn("Slack request refused: timestamp outside +/-5 minutes");
        send(exchange, 401, "text/plain", "stale or future timestamp");
        return;
      }
      if (!signatureMatches(
          signingSecret,
          exchange.getRequestHeaders().getFirst("X-Slack-Request-Timestamp"),
          body,
          exchange.getRequestHeaders().getFirst("X-Slack-Signature"))) {
        log.warn("Slack request refused: signature does not match");
        send(exchange, 401, "text/plain", "invalid signature");
        return;
      }
      Map<String, List<String>> headers = new HashMap<>(exchange.getRequestHeaders());
      Request<?> request;
      try {
        request =
            parser.parse(
                SlackRequestParser.HttpRequest.builder()
                    .requestUri(exchange.getRequestURI().getPath())
                    .queryString(Map.of())
                    .requestBody(new String(body, StandardCharsets.UTF_8))
                    .headers(new RequestHeaders(headers))
                    .remoteAddress(exchange.getRemoteAddress().getAddress().getHostAddress())
                    .build());
      } catch (RuntimeException malformed) {
        // A payload that is not JSON is the sender's mistake: one line, no stack trace.
        log.warn(
            "Slack request refused: malformed body ({})", malformed.getClass().getSimpleName());
        send(exchange, 400, "text/plain", "malformed request");
        return;
      }
      if (request == null) {
        send(exchange, 400, "text/plain", "unsupported request");
        return;
      }
      reply(exchange, app.run(request));
    } catch (Exception e) {
      log.error("Slack request failed", e);
      try {
        send(exchange, 500, "text/plain", "error");
      } catch (IOException | RuntimeException ignored) {
        // the response was already started; nothing more to tell the client
      }
    } finally {
      exchange.close();
    }
  }

  private static boolean isFresh(@Nullable String timestamp) {
    if (timestamp == null || !timestamp.strip().matches("\\d{1,12}")) {
      return false;
    }
    long skew = System.currentTimeMillis() / 1000 - Long.parseLong(timestamp.strip());
    return Math.abs(skew) <= MAX_CLOCK_SKEW_SECONDS;
  }

  /**
   * Whether {@code signature} is Slack's {@code v0=} HMAC-SHA256 of {@code v0:timestamp:body} over
   * the raw bytes, compared in constant time.
   */
  static boolean signatureMatches(
      @Nullable String secret,
      @Nullable String timestamp,
      byte[] body,
      @Nullable String signature) {
    if (secret == null || secret.isEmpty() || timestamp == null || signature == null) {
      return false;
    }
    byte[] expected;
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      mac.update(("v0:" + timestamp + ":").getBytes(StandardCharsets.UTF_8));
      expected =
          ("v0=" + HexFormat.of().formatHex(mac.doFinal(body))).getBytes(StandardCharsets.US_ASCII);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 unavailable", e);
    }
    return MessageDigest.isEqual(expected, signature.getBytes(StandardCharsets.UTF_8));
  }

  /** Sends Bolt's response: its headers, status, content type and body. */
  static void reply(HttpExchange exchange, Response response) throws IOException {
    if (response.getHeaders() != null) {
      response
          .getHeaders()
          .forEach((name, values) -> exchange.getResponseHeaders().put(name, values));
    }
    String contentType =
        response.getContentType() == null ? "text/plain" : response.getContentType();
    int status = response.getStatusCode() == null ? 200 : response.getStatusCode();
    send(exchange, status, contentType, response.getBody() == null ? "" : response.getBody());
  }

  static void send(HttpExchange exchange, int status, String contentType, String body)
      throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", contentType);
    exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
    if (bytes.length > 0) {
      exchange.getResponseBody().write(bytes);
    }
  }
}
