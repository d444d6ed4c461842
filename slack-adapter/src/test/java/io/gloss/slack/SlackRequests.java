package io.gloss.slack;

import com.slack.api.app_backend.SlackSignature;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** Requests as Slack sends them to an app in HTTP mode: signed with its signing secret. */
public final class SlackRequests {
  private SlackRequests() {}

  /**
   * A signed POST, as Slack delivers events, commands and interactions.
   *
   * @param timestamp the {@code X-Slack-Request-Timestamp} (seconds), signed with the body
   * @param retryNum Slack's {@code X-Slack-Retry-Num} on a redelivery, or null on the first one
   */
  public static HttpResponse<String> post(
      HttpClient http,
      String endpoint,
      String secret,
      String contentType,
      String body,
      String timestamp,
      @Nullable Integer retryNum)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(endpoint))
            .timeout(Duration.ofSeconds(10))
            .header("Content-Type", contentType)
            .header("X-Slack-Request-Timestamp", timestamp)
            .header(
                "X-Slack-Signature", new SlackSignature.Generator(secret).generate(timestamp, body))
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (retryNum != null) {
      request.header("X-Slack-Retry-Num", retryNum.toString());
      request.header("X-Slack-Retry-Reason", "http_timeout");
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** A slash command's form, as Slack posts it; {@code team} is the payload's {@code team_id}. */
  public static String command(
      String team, String channel, String user, String command, String text, String responseUrl) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("token", "legacy");
    form.put("team_id", team);
    form.put("team_domain", "gloss");
    form.put("channel_id", channel);
    form.put("channel_name", "news");
    form.put("user_id", user);
    form.put("user_name", "someone");
    form.put("command", command);
    form.put("text", text);
    form.put("api_app_id", "A0001");
    form.put("response_url", responseUrl);
    form.put("trigger_id", "1.2.3");
    return encode(form);
  }

  /** Now, as Slack's request timestamp. */
  public static String now() {
    return String.valueOf(System.currentTimeMillis() / 1000);
  }

  public static String encode(Map<String, String> form) {
    return form.entrySet().stream()
        .map(
            e ->
                URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                    + "="
                    + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }
}
