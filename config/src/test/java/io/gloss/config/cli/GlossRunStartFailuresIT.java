package io.gloss.config.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.gloss.discord.FakeDiscord;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code gloss run} from the packaged jar when a chat platform cannot be used at start: the exit
 * code tells a service manager whether trying again can help (3: the API could not be reached) or
 * not (2: the platform refused the token), and the last line of stderr says which, naming the URL
 * or the setting.
 */
class GlossRunStartFailuresIT {
  @TempDir Path dataDir;

  @Test
  void slackApiUnreachable_exits3NamingTheUrl() throws Exception {
    String closed = closedUrl("/api/");
    Map<String, String> env = env();
    env.put("SLACK_BOT_TOKEN", "xoxb-0000000000-loopback-test-token");
    env.put("SLACK_SIGNING_SECRET", "start-failure-secret");
    env.put("GLOSS_SLACK_MODE", "http");
    env.put("GLOSS_SLACK_API_URL", closed);

    GlossProcess.Result result = GlossProcess.run(env, "run");

    assertThat(result.exit()).as(result.err()).isEqualTo(3);
    assertThat(lastLine(result.err()))
        .startsWith("gloss: the Slack API at " + closed + " cannot be reached");
    assertThat(result.err()).as("no stack trace for a network problem").doesNotContain("\tat ");
  }

  @Test
  void discordTokenRefused_exits2NamingTheSetting() throws Exception {
    try (FakeDiscord discord = new FakeDiscord()) {
      discord.rejectToken();
      Map<String, String> env = env();
      env.put("DISCORD_TOKEN", "fake.discord.refused-token");
      env.put("GLOSS_DISCORD_API_URL", discord.restBaseUrl());

      GlossProcess.Result result = GlossProcess.run(env, "run");

      assertThat(result.exit()).as(result.err()).isEqualTo(2);
      assertThat(lastLine(result.err())).startsWith("gloss: Discord refused DISCORD_TOKEN");
      assertThat(result.err() + result.out())
          .doesNotContain("refused-token")
          .doesNotContain("\tat ");
    }
  }

  private Map<String, String> env() throws Exception {
    Map<String, String> env = new HashMap<>();
    env.put("GLOSS_DATA_DIR", dataDir.toString());
    env.put("GLOSS_SERVER_PORT", String.valueOf(GlossProcess.freePort()));
    return env;
  }

  /** A loopback URL where nothing listens: connections are refused. */
  private static String closedUrl(String path) throws Exception {
    try (ServerSocket socket = new ServerSocket(0)) {
      return "http://127.0.0.1:" + socket.getLocalPort() + path;
    }
  }

  private static String lastLine(String text) {
    String[] lines = text.strip().split("\n");
    return lines[lines.length - 1];
  }
}
