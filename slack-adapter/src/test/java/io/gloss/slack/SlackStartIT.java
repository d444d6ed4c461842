package io.gloss.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;

/**
 * What the real Bolt app's start says when it cannot check its tokens, in HTTP and Socket Mode: a
 * Slack API that cannot be reached is an I/O failure naming the URL (the service should try again
 * later), a token Slack refuses is a configuration mistake naming the setting.
 */
class SlackStartIT {

  @Test
  void unreachableApi_isAnIoFailureNamingTheUrl_notABadToken() throws Exception {
    String closed;
    try (ServerSocket socket = new ServerSocket(0)) {
      closed = "http://127.0.0.1:" + socket.getLocalPort() + "/api/";
    } // closed now: connections to it are refused
    String apiUrl = closed;
    SlackTestBed bed = SlackTestBed.httpNotStarted(s -> s.withApiUrl(apiUrl));
    try {
      assertThatThrownBy(bed.bot::start)
          .isInstanceOf(IOException.class)
          .hasMessageContaining("the Slack API at " + apiUrl + " cannot be reached");
    } finally {
      bed.close();
    }
  }

  @Test
  void refusedToken_staysAConfigurationMistake() throws Exception {
    SlackTestBed bed = SlackTestBed.httpNotStarted(s -> s);
    bed.api.errorWith("auth.test", "invalid_auth");
    try {
      assertThatThrownBy(bed.bot::start)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("Slack refused SLACK_BOT_TOKEN (invalid_auth)")
          .hasMessageNotContaining(bed.settings.botToken());
      assertThat(bed.api.calls("auth.test")).isNotEmpty();
    } finally {
      bed.close();
    }
  }

  @Test
  void socketMode_refusedAppToken_isNamed() throws Exception {
    SlackTestBed bed = SlackTestBed.socketNotStarted(new io.gloss.slack.fake.FakeSlackApi());
    bed.api.errorWith("apps.connections.open", "invalid_auth");
    try {
      assertThatThrownBy(bed.bot::start)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("Slack refused SLACK_APP_TOKEN (invalid_auth)")
          .hasMessageNotContaining(bed.settings.appToken());
    } finally {
      bed.close();
    }
  }

  @Test
  void socketMode_refusedBotToken_isNamed() throws Exception {
    SlackTestBed bed = SlackTestBed.socketNotStarted(new io.gloss.slack.fake.FakeSlackApi());
    bed.api.errorWith("auth.test", "invalid_auth");
    try {
      assertThatThrownBy(bed.bot::start)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("Slack refused SLACK_BOT_TOKEN (invalid_auth)");
    } finally {
      bed.close();
    }
  }
}
