package io.gloss.config.cli;

import static io.gloss.config.cli.GlossRunSlackIT.await;
import static org.assertj.core.api.Assertions.assertThat;

import io.gloss.discord.FakeDiscord;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How soon {@code gloss run} is ready, as a process started from the packaged jar with the default
 * settings (SQLite in a fresh data directory): to the first signed Slack request answered in HTTP
 * mode, and to the IDENTIFY on Discord's gateway. The times are printed, not asserted (the shared
 * build machine is too noisy for a deadline); that it becomes ready is asserted.
 */
class GlossRunReadinessIT {
  @TempDir Path dataDir;

  @Test
  void slackHttpMode_answersASignedRequestSoonAfterStart() throws Exception {
    try (FakeSlackApi slack = new FakeSlackApi()) {
      // The first start migrates the fresh store (and, through the launcher, writes the
      // service's class-data archive when it stops); the second is a restart as a service sees it.
      for (String start : new String[] {"first start", "restart"}) {
        int port = GlossProcess.freePort();
        Map<String, String> env = env(port);
        env.put("SLACK_BOT_TOKEN", "xoxb-0000000000-loopback-test-token");
        env.put("SLACK_SIGNING_SECRET", GlossRunSlackIT.SECRET);
        env.put("GLOSS_SLACK_MODE", "http");
        env.put("GLOSS_SLACK_API_URL", slack.apiUrl());
        String events = "http://127.0.0.1:" + port + "/slack/events";

        long started = System.nanoTime();
        Process gloss = GlossProcess.start(env, "run");
        try {
          int tries = 0;
          int status = 0;
          while (status != 200 && gloss.isAlive() && elapsedMillis(started) < 60_000) {
            status = signedMessage(events, ++tries);
            if (status != 200) {
              Thread.sleep(5);
            }
          }
          long readyMillis = elapsedMillis(started);

          assertThat(status).as("a signed event answered by gloss run").isEqualTo(200);
          System.out.printf(
              "gloss run, Slack HTTP mode, %s: first signed request answered %d ms after the"
                  + " process started (%d tries)%n",
              start, readyMillis, tries);
        } finally {
          gloss.destroy();
          assertThat(gloss.waitFor(60, TimeUnit.SECONDS)).isTrue();
        }
      }
    }
  }

  @Test
  void discord_identifiesSoonAfterStart() throws Exception {
    for (String start : new String[] {"first start", "restart"}) {
      try (FakeDiscord discord = new FakeDiscord()) {
        Map<String, String> env = env(GlossProcess.freePort());
        env.put("DISCORD_TOKEN", "fake.discord.loopback-token");
        env.put("GLOSS_DISCORD_API_URL", discord.restBaseUrl());
        env.put("GLOSS_DISCORD_MESSAGE_CONTENT", "true");

        long started = System.nanoTime();
        Process gloss = GlossProcess.start(env, "run");
        try {
          assertThat(await(discord.identifyLog::size, n -> n > 0 || !gloss.isAlive()))
              .as("IDENTIFY on the gateway")
              .isPositive();
          long identifyMillis = (discord.identifyLog.get(0).nanos() - started) / 1_000_000;
          System.out.printf(
              "gloss run, Discord, %s: IDENTIFY on the gateway %d ms after the process started%n",
              start, identifyMillis);
        } finally {
          gloss.destroy();
          assertThat(gloss.waitFor(60, TimeUnit.SECONDS)).isTrue();
        }
      }
    }
  }

  private Map<String, String> env(int port) {
    Map<String, String> env = new HashMap<>();
    env.put("GLOSS_DATA_DIR", dataDir.toString());
    env.put("GLOSS_SERVER_PORT", String.valueOf(port));
    return env;
  }

  /** One signed message event without links (acknowledged, nothing to answer); 0 when refused. */
  private static int signedMessage(String events, int n) throws Exception {
    try {
      HttpResponse<String> response =
          GlossRunSlackIT.postSigned(
              events, "application/json", GlossRunSlackIT.messageEvent("EvReady" + n, "안녕하세요"));
      return response.statusCode();
    } catch (IOException notListening) {
      return 0;
    }
  }

  private static long elapsedMillis(long started) {
    return (System.nanoTime() - started) / 1_000_000;
  }
}
