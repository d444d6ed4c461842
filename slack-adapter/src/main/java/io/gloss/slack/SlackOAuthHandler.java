package io.gloss.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.util.SlackRequestParser;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code GET /slack/install} and {@code GET /slack/oauth_redirect} on the JDK HTTP server, handed
 * to Bolt's OAuth flow (Bolt issues the state and redirects to Slack; on the way back it checks the
 * state and exchanges the code). These requests come from a browser, not from Slack, so they are
 * not signed. Mountable on any {@code HttpServer}.
 */
public final class SlackOAuthHandler implements HttpHandler {
  private static final Logger log = LoggerFactory.getLogger(SlackOAuthHandler.class);
  private static final int MAX_QUERY_CHARS = 8 * 1024;

  private final App app;
  private final SlackRequestParser parser;

  SlackOAuthHandler(App app) {
    this.app = app;
    this.parser = new SlackRequestParser(app.config());
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String path = exchange.getRequestURI().getPath();
      if (!"GET".equalsIgnoreCase(exchange.getRequestMethod())) {
        SlackHttpHandler.send(exchange, 405, "text/plain", "GET only");
        return;
      }
      if (!path.equals(SlackDistribution.INSTALL_PATH)
          && !path.equals(SlackDistribution.REDIRECT_PATH)) {
        SlackHttpHandler.send(exchange, 404, "text/plain", "not found");
        return;
      }
      String query = exchange.getRequestURI().getRawQuery();
      if (query != null && query.length() > MAX_QUERY_CHARS) {
        SlackHttpHandler.send(exchange, 414, "text/plain", "query too long");
        return;
      }
      Request<?> request =
          parser.parse(
              SlackRequestParser.HttpRequest.builder()
                  .requestUri(path)
                  .queryString(queryOf(query))
                  .requestBody("")
                  .headers(new RequestHeaders(new HashMap<>(exchange.getRequestHeaders())))
                  .remoteAddress(exchange.getRemoteAddress().getAddress().getHostAddress())
                  .build());
      if (request == null) {
        SlackHttpHandler.send(exchange, 404, "text/plain", "not found");
        return;
      }
      SlackHttpHandler.reply(exchange, app.run(request));
    } catch (Exception e) {
      log.error("Slack OAuth request failed: {}", e.getClass().getName());
      try {
        SlackHttpHandler.send(exchange, 500, "text/plain", "error");
      } catch (IOException | RuntimeException ignored) {
        // the response was already started
      }
    }
  }

  static Map<String, List<String>> queryOf(@Nullable String rawQuery) {
    Map<String, List<String>> params = new LinkedHashMap<>();
    if (rawQuery == null || rawQuery.isEmpty()) {
      return params;
    }
    for (String pair : rawQuery.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name =
          URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
      String value =
          eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      params.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
    }
    return params;
  }
}
