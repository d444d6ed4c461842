package io.gloss.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** What a browser and Slack do in an install, against one Gloss instance (a test bed). */
final class OAuthBrowser {
  static final String CLIENT_ID = "1234567890.0987654321";
  private static final Pattern STATE = Pattern.compile("[?&]state=([^&]+)");

  private OAuthBrowser() {}

  /** A browser session at {@code /slack/install}: the state Gloss issued and its cookie. */
  record Started(String state, String cookie) {}

  static Started startInstall(SlackTestBed bed) throws Exception {
    HttpResponse<String> install = bed.browse(SlackDistribution.INSTALL_PATH, null);
    assertThat(install.statusCode()).isEqualTo(302);
    String location = install.headers().firstValue("Location").orElseThrow();
    assertThat(URI.create(location).getPath()).isEqualTo("/oauth/v2/authorize");
    assertThat(location).contains("client_id=" + CLIENT_ID, "scope=chat%3Awrite%2Ccommands%2C");
    Matcher state = STATE.matcher(location);
    assertThat(state.find()).as(location).isTrue();
    String cookie = install.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
    return new Started(state.group(1), cookie);
  }

  static HttpResponse<String> redirect(SlackTestBed bed, String query, @Nullable String cookie)
      throws Exception {
    return bed.browse(SlackDistribution.REDIRECT_PATH + "?" + query, cookie);
  }

  /** Slack's redirect back with {@code code} for the install {@code started}. */
  static HttpResponse<String> finish(SlackTestBed bed, Started started, String code)
      throws Exception {
    return redirect(
        bed,
        "code=" + code + "&state=" + URLEncoder.encode(started.state(), StandardCharsets.UTF_8),
        started.cookie());
  }

  /** A message with {@code url} from a channel of {@code team}. */
  static HttpResponse<String> linkFrom(
      SlackTestBed bed, String team, String channel, String eventId, String ts, String url)
      throws Exception {
    return bed.postEvent(
        inTeam(SlackEvents.message(eventId, ts, "<" + url + ">"), team)
            .replace("\"C0001\"", "\"" + channel + "\""));
  }

  /** {@code app_uninstalled} from {@code team}. */
  static HttpResponse<String> uninstall(SlackTestBed bed, String team, String eventId)
      throws Exception {
    return bed.postEvent(
        inTeam(
            SlackEvents.callback(eventId, "{\"type\":\"app_uninstalled\",\"event_ts\":\"1.1\"}"),
            team));
  }

  private static String inTeam(String json, String team) {
    return json.replace("\"T0001\"", "\"" + team + "\"");
  }
}
