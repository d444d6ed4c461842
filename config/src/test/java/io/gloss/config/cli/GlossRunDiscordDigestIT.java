package io.gloss.config.cli;

import static io.gloss.config.cli.GlossRunSlackIT.await;
import static org.assertj.core.api.Assertions.assertThat;

import io.gloss.discord.FakeDiscord;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import net.dv8tion.jda.api.utils.data.DataObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The digest end to end through {@code gloss run} on Discord: the real JDA of the packaged app
 * against the loopback Discord REST API and gateway, and the loopback news site. Links pasted by
 * two members (two outlets on one story, one unrelated, one dead page) are answered in their
 * threads; {@code /digest now} posts one embed with two story items (the first with two outlets),
 * jump URLs to the shared messages and terms of the day. The channel then subscribes to a time a
 * minute ahead: that period was already posted by {@code now}, so nothing more is posted when it
 * comes, nor after a restart.
 */
class GlossRunDiscordDigestIT {
  private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
  private static final String CHANNEL = FakeDiscord.CHANNEL_ID;
  private static final String SECOND_MEMBER = "3001";

  @TempDir Path dataDir;

  @Test
  void pastedLinks_digestNow_oneEmbed_thenNothingMore_acrossRestart() throws Exception {
    try (FakeDiscord discord = new FakeDiscord();
        NewsSite site = GlossRunDigestIT.newsSite()) {
      int port = GlossProcess.freePort();
      Map<String, String> env = GlossRunDigestIT.env(dataDir, site);
      env.put("DISCORD_TOKEN", "fake.discord.loopback-token");
      env.put("GLOSS_DISCORD_API_URL", discord.restBaseUrl());
      env.put("GLOSS_DISCORD_MESSAGE_CONTENT", "true");
      env.put("GLOSS_SERVER_PORT", String.valueOf(port));

      Process gloss = GlossProcess.start(env, "run");
      String first = FakeDiscord.snowflakeNow();
      try {
        awaitReady(discord, port, gloss, 1);
        String[] ids = {first, next(first, 1), next(first, 2), next(first, 3)};
        paste(discord, discord.userMessage(ids[0], site.url("/daum/wind")));
        paste(discord, discord.userMessage(ids[1], SECOND_MEMBER, site.url("/bada/wind")));
        paste(discord, discord.userMessage(ids[2], SECOND_MEMBER, site.url("/naver/kitchen")));
        paste(discord, discord.userMessage(ids[3], site.url("/gone/404")));
        for (String id : ids) {
          assertThat(discord.await(c -> c.path().equals("/channels/" + id + "/messages"), 60))
              .as("the answer in the thread of " + id)
              .isNotNull();
          // The link is logged for the digest after its answer is posted, and 👀 taken off after
          // that: the digest below waits for it (once, on a busy machine, it ran in between and
          // missed two links).
          assertThat(
                  discord.await(
                      c ->
                          c.method().equals("DELETE")
                              && c.path()
                                  .startsWith("/channels/4000/messages/" + id + "/reactions/"),
                      60))
              .as("👀 taken off " + id)
              .isNotNull();
        }

        FakeDiscord.Call answer = command(discord, "toknow", "now");
        List<FakeDiscord.Call> digests = await(() -> digestPosts(discord), c -> !c.isEmpty());
        assertThat(digests).hasSize(1);
        DataObject embed = digests.get(0).json().getArray("embeds").getObject(0);
        String description = embed.getString("description");
        assertThat(embed.getString("title")).contains("뉴스 다이제스트");
        assertThat(description)
            .contains("2개 매체", "글로스뉴스", "바다일보")
            .contains("골목 상권 살린")
            // Gloss answered each link in a thread started on it (a thread's id is its message's),
            // so the jump URLs open those threads.
            .contains("(https://discord.com/channels/2000/" + ids[0] + ")")
            .contains("(https://discord.com/channels/2000/" + ids[2] + ")")
            .contains("오늘의 용어", "해상풍력")
            .contains("요약하지 못한 기사", "/gone/404");
        assertThat(description.indexOf("2개 매체")).isLessThan(description.indexOf("골목 상권 살린"));
        assertThat(answer.json().getString("content")).contains("다이제스트를 올렸습니다", "2개");

        LocalTime due =
            ZonedDateTime.now(SEOUL).plusMinutes(1).toLocalTime().withSecond(0).withNano(0);
        FakeDiscord.Call subscribed =
            command(
                discord,
                "toksub",
                "subscribe",
                "time",
                due.format(DateTimeFormatter.ofPattern("HH:mm")),
                "zone",
                "Asia/Seoul");
        assertThat(subscribed.json().getString("content")).contains("구독했습니다");
        // Past the due time (plus the scheduler's wake-up): today's digest was the one of "now".
        while (!ZonedDateTime.now(SEOUL).toLocalTime().isAfter(due.plusSeconds(15))) {
          Thread.sleep(500);
        }
        assertThat(digestPosts(discord)).hasSize(1);
      } finally {
        gloss.destroy();
        gloss.waitFor();
      }

      Process restarted = GlossProcess.start(env, "run");
      try {
        awaitReady(discord, port, restarted, 2);
        Thread.sleep(8000); // the scheduler's first pass runs at start-up
        assertThat(digestPosts(discord)).hasSize(1);
      } finally {
        restarted.destroy();
        restarted.waitFor();
      }
    }
  }

  /** The app's HTTP port is up and the bot identified on the gateway (the n-th time). */
  private static void awaitReady(FakeDiscord discord, int port, Process gloss, int identifies)
      throws InterruptedException {
    GlossProcess.awaitPort(port, gloss);
    assertThat(await(discord.identifies::get, n -> n >= identifies))
        .isGreaterThanOrEqualTo(identifies);
    // Slash commands are registered once the shard is ready: events sent now are not lost.
    assertThat(
            await(
                () ->
                    discord.calls(c -> c.method().equals("PUT") && c.path().endsWith("/commands")),
                calls -> calls.size() >= identifies))
        .hasSizeGreaterThanOrEqualTo(identifies);
  }

  private static String next(String snowflake, int plus) {
    return String.valueOf(Long.parseLong(snowflake) + ((long) plus << 22));
  }

  private static void paste(FakeDiscord discord, DataObject message) {
    discord.dispatch("MESSAGE_CREATE", message);
  }

  private static FakeDiscord.Call command(
      FakeDiscord discord, String token, String sub, String... options)
      throws InterruptedException {
    discord.dispatch(
        "INTERACTION_CREATE",
        FakeDiscord.slashSub(FakeDiscord.snowflakeNow(), token, "digest", sub, options));
    FakeDiscord.Call answer = discord.await(c -> c.path().equals("/webhooks/1000/" + token), 60);
    assertThat(answer).as("the answer to /digest " + sub).isNotNull();
    return answer;
  }

  /** Bot messages in the channel itself (not in a thread) with a digest embed. */
  private static List<FakeDiscord.Call> digestPosts(FakeDiscord discord) {
    return discord.calls(
        c ->
            c.method().equals("POST")
                && c.path().equals("/channels/" + CHANNEL + "/messages")
                && c.body().contains("다이제스트"));
  }
}
