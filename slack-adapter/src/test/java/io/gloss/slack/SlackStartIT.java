package io.gloss.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gloss.slack.fake.FakeSlackApi;
import java.io.IOException;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What the real Bolt app's start says when it cannot check its tokens, in HTTP and Socket Mode: a
 * Slack API that cannot be reached is an I/O failure naming the URL (the service should try again
 * later), a token Slack refuses is a configuration mistake naming the setting.
 */
class SlackStartIT {

  @Test
  void unreachableApi_isAnIoFailureNamingTheUrl_notABadToken() throws Exception {
    String apiUrl;
    try (ServerSocket socket = new ServerSocket(0)) {
      apiUrl = "http://127.0.0.1:" + socket.getLocalPort() + "/api/";
    } // closed now: connections to it are refused
    String closed = apiUrl;
    assertStartFails(
        SlackTestBed.httpNotStarted(s -> s.withApiUrl(closed)),
        IOException.class,
        "the Slack API at " + closed + " cannot be reached");
  }

  @Test
  void refusedBotToken_isNamed_asAConfigurationMistake() throws Exception {
    SlackTestBed bed = SlackTestBed.httpNotStarted(s -> s);
    bed.api.errorWith("auth.test", "invalid_auth");
    assertStartFails(
        bed, IllegalArgumentException.class, "Slack refused SLACK_BOT_TOKEN (invalid_auth)");
    assertThat(bed.api.calls("auth.test")).isNotEmpty();
  }

  /** Socket Mode checks both tokens: the one Slack refuses is the one named. */
  @ParameterizedTest
  @CsvSource({"apps.connections.open, SLACK_APP_TOKEN", "auth.test, SLACK_BOT_TOKEN"})
  void socketMode_refusedToken_isNamed(String refusingMethod, String setting) throws Exception {
    SlackTestBed bed = SlackTestBed.socketNotStarted(new FakeSlackApi());
    bed.api.errorWith(refusingMethod, "invalid_auth");
    assertStartFails(
        bed, IllegalArgumentException.class, "Slack refused " + setting + " (invalid_auth)");
  }

  /** Starts the bot, which must fail so, without printing a token; then closes the test bed. */
  private static void assertStartFails(
      SlackTestBed bed, Class<? extends Exception> kind, String message) {
    try {
      assertThatThrownBy(bed.bot::start)
          .isInstanceOf(kind)
          .hasMessageContaining(message)
          .hasMessageNotContaining(String.valueOf(bed.settings.botToken()))
          .hasMessageNotContaining(String.valueOf(bed.settings.appToken()));
    } finally {
      bed.close();
    }
  }
}
