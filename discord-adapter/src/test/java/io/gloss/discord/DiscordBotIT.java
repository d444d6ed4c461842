package io.gloss.discord;

import static org.assertj.core.api.Assertions.assertThat;

import io.gloss.core.domain.AutoMode;
import io.gloss.core.domain.ChannelRef;
import io.gloss.core.domain.ChannelSettings;
import io.gloss.core.domain.SourceKind;
import io.gloss.core.domain.SummaryRequest;
import io.gloss.core.domain.SummaryStyle;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import net.dv8tion.jda.api.utils.data.DataArray;
import net.dv8tion.jda.api.utils.data.DataObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.slf4j.MDC;

/** The real JDA 6 against a loopback fake of Discord's REST API and gateway. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DiscordBotIT {

  private static final long WAIT = 15;
  private static final io.gloss.core.domain.Workspace GUILD =
      io.gloss.core.domain.Workspace.of("discord", FakeDiscord.GUILD_ID);
  private static final ChannelRef NEWS =
      new ChannelRef("discord", FakeDiscord.GUILD_ID, FakeDiscord.CHANNEL_ID);

  private FakeDiscord discord;
  private InMemoryPorts core;
  private ExecutorService executor;
  private ExecutorService acks;
  private DiscordBot bot;
  private long nextMessageId = 5000;

  @BeforeAll
  void start() throws Exception {
    discord = new FakeDiscord();
    core = new InMemoryPorts();
    executor = Executors.newSingleThreadExecutor(); // one at a time: the order tests rely on
    acks = Executors.newSingleThreadExecutor();
    DiscordSettings settings =
        DiscordSettings.of("fake.token.value")
            .withApiUrl(discord.restBaseUrl())
            .withGatewayUrl(discord.gatewayUrl())
            .withMessageContent(true)
            .withLimits(1000, 1000);
    bot =
        new DiscordBot(
            settings, core.ports(settings, Clock.systemUTC()), executor, acks, Clock.systemUTC());
    bot.start();
    assertThat(bot.awaitReady(Duration.ofSeconds(WAIT))).isTrue();
  }

  @AfterAll
  void stop() throws Exception {
    bot.stop();
    acks.shutdown();
    acks.awaitTermination(5, TimeUnit.SECONDS);
    executor.shutdown();
    executor.awaitTermination(5, TimeUnit.SECONDS);
    discord.close();
  }

  @BeforeEach
  void reset() {
    discord.forbidden.clear();
    discord.rateLimitedOnce.clear();
    discord.globallyRateLimitedOnce.clear();
    core.settings.clear();
  }

  @Test
  void start_ready_identifiesWithIntentsAndRegistersLocalizedCommands() throws Exception {
    FakeDiscord.Call put =
        discord.await(
            c -> c.method().equals("PUT") && c.path().equals("/applications/1000/commands"), WAIT);

    assertThat(put).isNotNull();
    DataArray commands = DataArray.fromJson(put.body());
    assertThat(commands.length()).isEqualTo(5);
    String body = put.body();
    assertThat(body)
        .contains("\"summarize\"", "\"define\"", "\"digest\"", "\"gloss\"", "Summarize with Gloss")
        .contains("\"ko\":\"요약\"", "\"en-US\"", "\"autocomplete\":true");
    String identify =
        discord.fromBot.stream().filter(f -> f.contains("\"op\":2")).findFirst().orElseThrow();
    int intents = DataObject.fromJson(identify).getObject("d").getInt("intents");
    assertThat(intents & (1 << 9)).as("GUILD_MESSAGES").isNotZero();
    assertThat(intents & (1 << 10)).as("GUILD_MESSAGE_REACTIONS").isNotZero();
    assertThat(intents & (1 << 15)).as("MESSAGE_CONTENT").isNotZero();
  }

  @Test
  void pastedLinks_workExecutorBusy_eachGetsEyesBeforeItsWorkStarts() throws Exception {
    List<String> ids = List.of(messageId(), messageId(), messageId());
    discord.dispatch(
        "MESSAGE_CREATE", discord.userMessage(ids.get(0), "https://news.example.kr/held/0"));
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT);
    while (heldSummaries() == 0 && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    assertThat(heldSummaries()).as("the one work thread waits in a summary").isEqualTo(1);
    for (int i = 1; i < ids.size(); i++) {
      discord.dispatch(
          "MESSAGE_CREATE", discord.userMessage(ids.get(i), "https://news.example.kr/held/" + i));
    }

    // 👀 does not wait for the work thread.
    for (String id : ids) {
      assertThat(
              discord.await(
                  c ->
                      c.method().equals("PUT")
                          && c.path()
                              .startsWith(
                                  "/channels/4000/messages/" + id + "/reactions/%F0%9F%91%80/"),
                  WAIT))
          .as("👀 on message %s", id)
          .isNotNull();
    }
    assertThat(heldSummaries()).as("only the first message's work has started").isEqualTo(1);
    for (String id : ids) {
      assertThat(discord.calls(c -> c.path().endsWith("/messages/" + id + "/threads")))
          .as("no answer yet")
          .isEmpty();
    }

    core.heldGate.countDown();
    for (String id : ids) {
      assertThat(discord.await(c -> c.path().equals("/channels/" + id + "/messages"), WAIT))
          .as("answered once the work thread is free")
          .isNotNull();
    }
  }

  private long heldSummaries() {
    return core.summarizeRequests.stream().filter(r -> r.url().contains("/held/")).count();
  }

  @Test
  void pastedLink_linksMode_reactsThenThreadsTheSummaryWithoutMentions() throws Exception {
    String id = messageId();
    discord.dispatch(
        "MESSAGE_CREATE",
        discord.userMessage(id, "이거 읽어 보세요 https://news.example.kr/article/1 @everyone"));

    FakeDiscord.Call posted =
        discord.await(c -> c.path().equals("/channels/" + id + "/messages"), WAIT);

    assertThat(posted).as("summary posted in the thread").isNotNull();
    FakeDiscord.Call reaction =
        discord.await(
            c ->
                c.method().equals("PUT")
                    && c.path().startsWith("/channels/4000/messages/" + id + "/reactions/"),
            1);
    assertThat(reaction).isNotNull();
    assertThat(reaction.path()).contains("%F0%9F%91%80"); // 👀
    FakeDiscord.Call thread =
        discord.await(c -> c.path().equals("/channels/4000/messages/" + id + "/threads"), 1);
    assertThat(thread.json().getString("name")).startsWith("정부, 소버린AI 전략 발표");
    assertThat(discord.calls.indexOf(reaction)).isLessThan(discord.calls.indexOf(thread));
    DataObject message = posted.json();
    DataObject embed = message.getArray("embeds").getObject(0);
    assertThat(embed.getString("url")).isEqualTo(Summaries.URL);
    assertThat(embed.getString("description")).contains("소버린 AI 전략").doesNotContain("<@&123>");
    assertThat(embed.getString("title")).doesNotContain("@everyone");
    assertThat(message.getObject("allowed_mentions").getArray("parse").length()).isZero();
    assertThat(message.getArray("components").toString()).contains("gloss:variant:short");
    DataObject printed =
        DataObject.fromJson(
            new DiscordRenderer()
                .payloadJson(core.summarize.summarize(SummaryRequest.of(Summaries.URL)), "ko"));
    assertThat(message.getArray("embeds").toString())
        .as("gloss summarize --format discord prints what the bot posts")
        .isEqualTo(printed.getArray("embeds").toString());
    assertThat(message.getArray("components").toString())
        .isEqualTo(printed.getArray("components").toString());
    assertThat(message.getObject("allowed_mentions").toString())
        .isEqualTo(printed.getObject("allowed_mentions").toString());
    awaitSharedLink(id);
    assertThat(core.sharedLinks)
        .anySatisfy(
            link -> {
              assertThat(link.messageRef()).isEqualTo(id);
              assertThat(link.threadRef()).isEqualTo(id);
              assertThat(link.url()).isEqualTo("https://news.example.kr/article/1");
              assertThat(link.channel()).isEqualTo(NEWS);
            });
  }

  @Test
  void pastedLinkAndSlashCommand_logContextHasGuildChannelRequestId_workerLeftClean()
      throws Exception {
    String id = messageId();
    String pasted = "https://news.example.kr/context/pasted";
    String asked = "https://news.example.kr/context/asked";
    String interaction = FakeDiscord.snowflakeNow();
    discord.dispatch("MESSAGE_CREATE", discord.userMessage(id, pasted));
    discord.dispatch(
        "INTERACTION_CREATE",
        FakeDiscord.slash(interaction, "tokcontext", "summarize", "url", asked));

    assertThat(discord.await(c -> c.path().equals("/channels/" + id + "/messages"), WAIT))
        .isNotNull();
    assertThat(discord.await(c -> c.path().equals("/webhooks/1000/tokcontext"), WAIT)).isNotNull();

    for (String url : List.of(pasted, asked)) {
      assertThat(core.logContexts.get(url))
          .as(url)
          .containsEntry("platform", "discord")
          .containsEntry("workspace", FakeDiscord.GUILD_ID)
          .containsEntry("channel", FakeDiscord.CHANNEL_ID)
          .hasEntrySatisfying("request_id", requestId -> assertThat(requestId).hasSize(8));
    }
    assertThat(core.logContexts.get(pasted).get("request_id"))
        .isNotEqualTo(core.logContexts.get(asked).get("request_id"));
    // The executor is single-threaded: this runs after both tasks, on the same pooled thread.
    Map<String, String> left =
        executor.submit(MDC::getCopyOfContextMap).get(WAIT, TimeUnit.SECONDS);
    assertThat(left == null ? Map.of() : left).as("nothing left on the worker").isEmpty();
  }

  @Test
  void pastedLink_sameMessageTwiceOrFromABot_answeredOnce() throws Exception {
    String id = messageId();
    DataObject message = discord.userMessage(id, "https://news.example.kr/article/2");
    discord.dispatch("MESSAGE_CREATE", message);
    discord.dispatch("MESSAGE_CREATE", message);
    String fromBot = messageId();
    discord.dispatch(
        "MESSAGE_CREATE",
        FakeDiscord.botAuthoredMessage(fromBot, "https://news.example.kr/article/3"));
    String marker = messageId();
    discord.dispatch(
        "MESSAGE_CREATE", discord.userMessage(marker, "https://news.example.kr/article/4"));

    assertThat(discord.await(c -> c.path().equals("/channels/" + marker + "/messages"), WAIT))
        .isNotNull();
    assertThat(discord.calls(c -> c.path().equals("/channels/4000/messages/" + id + "/threads")))
        .hasSize(1);
    assertThat(discord.calls(c -> FakeDiscord.hasSegment(c, fromBot))).isEmpty();
  }

  @Test
  void pastedLink_threadCreationForbidden_repliesInChannelInstead() throws Exception {
    String id = messageId();
    discord.forbidden.add("/channels/4000/messages/" + id + "/threads");
    discord.dispatch(
        "MESSAGE_CREATE", discord.userMessage(id, "https://news.example.kr/article/5"));

    FakeDiscord.Call reply =
        discord.await(
            c ->
                c.method().equals("POST")
                    && c.path().equals("/channels/4000/messages")
                    && c.repliesTo(id),
            WAIT);

    assertThat(reply).as("fallback reply in the channel").isNotNull();
    DataObject body = reply.json();
    assertThat(body.getObject("message_reference").getString("message_id")).isEqualTo(id);
    assertThat(body.getObject("allowed_mentions").getArray("parse").length()).isZero();
    assertThat(body.getObject("allowed_mentions").getBoolean("replied_user", true)).isFalse();
    assertThat(body.getArray("embeds").length()).isEqualTo(1);
    assertThat(discord.calls(c -> c.path().endsWith("/" + id + "/threads")))
        .as("a 403 is never retried")
        .hasSize(1);
  }

  @Test
  void pastedLink_threadCreationRateLimitedOnce_jdaWaitsAndRetries() throws Exception {
    String id = messageId();
    discord.rateLimitedOnce.add("/channels/4000/messages/" + id + "/threads");
    discord.dispatch(
        "MESSAGE_CREATE", discord.userMessage(id, "https://news.example.kr/article/11"));

    FakeDiscord.Call posted =
        discord.await(c -> c.path().equals("/channels/" + id + "/messages"), WAIT);

    assertThat(posted).as("summary posted in the thread after the 429").isNotNull();
    assertThat(discord.calls(c -> c.path().endsWith("/" + id + "/threads"))).hasSize(2);
  }

  @Test
  void pastedLink_globalRateLimitOnce_waitedOutAndPostedOnce() throws Exception {
    String id = messageId();
    String threadPath = "/channels/4000/messages/" + id + "/threads";
    discord.globallyRateLimitedOnce.add(threadPath);
    discord.dispatch(
        "MESSAGE_CREATE", discord.userMessage(id, "https://news.example.kr/article/15"));

    FakeDiscord.Call posted =
        discord.await(c -> c.path().equals("/channels/" + id + "/messages"), WAIT);

    assertThat(posted).as("summary posted in the thread after the global 429").isNotNull();
    assertThat(discord.calls(c -> c.path().equals(threadPath))).as("one retry").hasSize(2);
    assertThat(discord.calls(c -> c.path().equals("/channels/" + id + "/messages"))).hasSize(1);
  }

  @Test
  void pastedLink_replyRateLimitedTwiceInARow_jdaWaitsAndStillPosts() throws Exception {
    String id = messageId();
    String replyPath = "/channels/" + id + "/messages";
    discord.rateLimitedTimes.put(replyPath, 2);
    discord.dispatch(
        "MESSAGE_CREATE", discord.userMessage(id, "https://news.example.kr/article/12"));

    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT);
    while (discord.calls(c -> c.path().equals(replyPath)).size() < 3
        && System.nanoTime() < deadline) {
      Thread.sleep(50);
    }

    assertThat(discord.calls(c -> c.method().equals("POST") && c.path().equals(replyPath)))
        .as("two 429s, then the summary")
        .hasSize(3);
    assertThat(discord.rateLimitedTimes).doesNotContainKey(replyPath);
  }

  @Test
  void pastedLink_cannotWriteInChannelAtAll_tellsTheAuthorWhichPermission() throws Exception {
    String id = messageId();
    discord.forbidden.add("/channels/4000/messages/" + id + "/threads");
    discord.forbidden.add("/channels/4000/messages");
    discord.dispatch(
        "MESSAGE_CREATE", discord.userMessage(id, "https://news.example.kr/article/6"));

    FakeDiscord.Call dm =
        discord.await(
            c ->
                c.path().equals("/channels/" + FakeDiscord.DM_CHANNEL_ID + "/messages")
                    && c.body().contains("권한"),
            WAIT);

    assertThat(dm).as("direct message to the poster").isNotNull();
    assertThat(dm.json().getString("content")).contains("Send Messages", "권한");
    assertThat(dm.json().getObject("allowed_mentions").getArray("parse").length()).isZero();
  }

  @Test
  void pastedLink_reactionMode_answersOnlyAfterNewsReaction() throws Exception {
    core.settings.put(NEWS, new ChannelSettings(NEWS, AutoMode.REACTION, null, SummaryStyle.BRIEF));
    String id = messageId();
    discord.dispatch(
        "MESSAGE_CREATE", discord.userMessage(id, "https://news.example.kr/article/7"));
    String marker = messageId();
    discord.dispatch("MESSAGE_CREATE", discord.userMessage(marker, "no link here"));
    discord.dispatch("MESSAGE_REACTION_ADD", FakeDiscord.reaction(id, "📰"));

    FakeDiscord.Call posted =
        discord.await(c -> c.path().equals("/channels/" + id + "/messages"), WAIT);

    assertThat(posted).isNotNull();
    assertThat(
            discord.calls(
                c -> c.method().equals("GET") && c.path().equals("/channels/4000/messages/" + id)))
        .hasSize(1);
    awaitSharedLink(id);
  }

  @Test
  void define_slashCommand_defersThenFollowsUpWithTheExplanation() throws Exception {
    String interaction = FakeDiscord.snowflakeNow();
    discord.dispatch(
        "INTERACTION_CREATE",
        FakeDiscord.slash(interaction, "tokdefine", "define", "term", "소버린AI"));

    FakeDiscord.Call followUp =
        discord.await(c -> c.path().equals("/webhooks/1000/tokdefine"), WAIT);

    assertThat(followUp).isNotNull();
    FakeDiscord.Call deferred =
        discord.await(
            c -> c.path().equals("/interactions/" + interaction + "/tokdefine/callback"), 1);
    assertThat(deferred.json().getInt("type")).isEqualTo(5);
    assertThat(deferred.json().getObject("data").getInt("flags") & 64)
        .as("answered to the asker only, as on Slack")
        .isEqualTo(64);
    assertThat(discord.calls.indexOf(deferred)).isLessThan(discord.calls.indexOf(followUp));
    DataObject body = followUp.json();
    assertThat(body.getArray("embeds").getObject(0).getString("description"))
        .isEqualTo("특정 국가가 외부 의존 없이 독자적으로 개발·운영하는 AI.");
    assertThat(body.getObject("allowed_mentions").getArray("parse").length()).isZero();
    assertThat(body.getArray("components").toString())
        .contains(DiscordRenderer.SHARE_DEFINITION, "채널에 공유");
  }

  @Test
  void define_shareButton_repliesPubliclyWithTheExplanationTheAskerSaw() throws Exception {
    String interaction = FakeDiscord.snowflakeNow();
    DataObject click =
        FakeDiscord.button(
            interaction, "tokshare", DiscordRenderer.SHARE_DEFINITION, "https://unused.example/");
    click
        .getObject("message")
        .getArray("embeds")
        .getObject(0)
        .put("title", "소버린 AI")
        .put("description", "한 나라가 스스로 운영하는 AI.");
    discord.dispatch("INTERACTION_CREATE", click);

    FakeDiscord.Call reply =
        discord.await(
            c -> c.path().equals("/interactions/" + interaction + "/tokshare/callback"), WAIT);

    assertThat(reply).isNotNull();
    DataObject data = reply.json().getObject("data");
    assertThat(reply.json().getInt("type")).isEqualTo(4);
    assertThat(data.getInt("flags", 0) & 64).as("public").isZero();
    assertThat(data.getArray("embeds").getObject(0).getString("description"))
        .isEqualTo("한 나라가 스스로 운영하는 AI.");
    assertThat(data.getObject("allowed_mentions").getArray("parse").length()).isZero();
    assertThat(data.toString()).doesNotContain(DiscordRenderer.SHARE_DEFINITION);
  }

  @Test
  void summarize_slowSummary_isDeferredAtOnceAndAnsweredWhenReady() throws Exception {
    String interaction = FakeDiscord.snowflakeNow();
    discord.dispatch(
        "INTERACTION_CREATE",
        FakeDiscord.slash(
            interaction,
            "tokslow",
            "summarize",
            "url",
            "https://news.example.kr/slow/1",
            "style",
            "short"));

    FakeDiscord.Call deferred =
        discord.await(
            c -> c.path().startsWith("/interactions/" + interaction + "/tokslow/callback"), WAIT);
    assertThat(deferred).as("deferred while the summary is still being written").isNotNull();
    assertThat(deferred.json().getInt("type")).isEqualTo(5);
    assertThat(discord.calls(c -> c.path().equals("/webhooks/1000/tokslow"))).isEmpty();
    core.slowGate.countDown();

    FakeDiscord.Call followUp = discord.await(c -> c.path().equals("/webhooks/1000/tokslow"), WAIT);
    assertThat(followUp).isNotNull();
    assertThat(followUp.json().getArray("embeds").getObject(0).getString("url"))
        .isEqualTo(Summaries.URL);
    assertThat(core.summarizeRequests)
        .anySatisfy(
            r -> {
              assertThat(r.url()).isEqualTo("https://news.example.kr/slow/1");
              assertThat(r.style()).isEqualTo(SummaryStyle.SHORT);
              assertThat(r.origin().user()).isEqualTo(FakeDiscord.USER_ID);
            });
  }

  @Test
  void contextMenu_messageWithLink_defersAndAnswersWithTheSummary() throws Exception {
    String interaction = FakeDiscord.snowflakeNow();
    discord.dispatch(
        "INTERACTION_CREATE",
        FakeDiscord.contextMenu(
            interaction, "tokmenu", "7777", "읽어볼 기사 <https://news.example.kr/menu/1>"));

    FakeDiscord.Call followUp = discord.await(c -> c.path().equals("/webhooks/1000/tokmenu"), WAIT);

    assertThat(followUp).isNotNull();
    assertThat(
            discord
                .await(
                    c -> c.path().startsWith("/interactions/" + interaction + "/tokmenu/callback"),
                    1)
                .json()
                .getInt("type"))
        .isEqualTo(5);
    assertThat(core.summarizeRequests)
        .anyMatch(r -> r.url().equals("https://news.example.kr/menu/1"));
  }

  /**
   * The core's link rules on Discord: the per-message cap with a note of what was skipped (Discord
   * used to drop the rest silently), and a page that is not an article answered with its reason
   * (Discord used to stay quiet while Slack answered).
   */
  @Test
  void pastedLink_fiveLinksOnePaywalled_threeAnsweredWithTheReasonAndANoteOfTheSkipped()
      throws Exception {
    String id = messageId();
    discord.dispatch(
        "MESSAGE_CREATE",
        discord.userMessage(
            id,
            "https://news.example.kr/article/131 https://paywall.example.com/a/32"
                + " https://news.example.kr/article/133 https://news.example.kr/article/134"
                + " https://news.example.kr/article/135"));

    List<FakeDiscord.Call> posted = new java.util.ArrayList<>();
    long deadline = System.nanoTime() + Duration.ofSeconds(WAIT).toNanos();
    while (posted.size() < 4 && System.nanoTime() < deadline) {
      Thread.sleep(50);
      posted = discord.calls(c -> c.path().equals("/channels/" + id + "/messages"));
    }

    assertThat(posted).hasSize(4);
    assertThat(posted.get(1).body()).contains("유료 기사라 본문을 볼 수 없습니다");
    assertThat(posted.get(3).json().getString("content"))
        .isEqualTo("ℹ️ 링크가 많아 처음 3개만 요약했습니다 (2개 생략).");
    assertThat(core.summarizeRequests)
        .extracting(SummaryRequest::url)
        .doesNotContain(
            "https://news.example.kr/article/134", "https://news.example.kr/article/135");
  }

  @Test
  void pastedLink_insideAThread_repliesInPlace() throws Exception {
    String id = messageId();
    discord.dispatch(
        "MESSAGE_CREATE", FakeDiscord.threadMessage(id, "https://news.example.kr/article/12"));

    FakeDiscord.Call reply =
        discord.await(
            c -> c.path().equals("/channels/" + FakeDiscord.THREAD_ID + "/messages"), WAIT);

    assertThat(reply).isNotNull();
    assertThat(reply.json().getObject("message_reference").getString("message_id")).isEqualTo(id);
    assertThat(discord.calls(c -> c.path().endsWith("/threads")))
        .noneMatch(c -> FakeDiscord.hasSegment(c, id));
  }

  @Test
  void pastedLink_inADirectMessage_repliesInPlace() throws Exception {
    String id = messageId();
    discord.dispatch(
        "MESSAGE_CREATE", FakeDiscord.directMessage(id, "https://news.example.kr/article/13"));

    FakeDiscord.Call reply =
        discord.await(
            c ->
                c.path().equals("/channels/" + FakeDiscord.DM_CHANNEL_ID + "/messages")
                    && c.repliesTo(id),
            WAIT);

    assertThat(reply).isNotNull();
    assertThat(reply.json().getObject("allowed_mentions").getArray("parse").length()).isZero();
  }

  @Test
  void define_mentionAsTerm_cannotPing() throws Exception {
    discord.dispatch(
        "INTERACTION_CREATE",
        FakeDiscord.slash(
            FakeDiscord.snowflakeNow(), "tokping", "define", "term", "@everyone <@&1>"));

    FakeDiscord.Call followUp = discord.await(c -> c.path().equals("/webhooks/1000/tokping"), WAIT);

    assertThat(followUp).isNotNull();
    assertThat(followUp.json().getString("content"))
        .doesNotContain("@everyone", "<@&1>")
        .contains("소버린 AI");
    assertThat(followUp.json().getObject("allowed_mentions").getArray("parse").length()).isZero();
  }

  @Test
  void define_autocomplete_repliesWithAtMostTwentyFiveChoices() throws Exception {
    String interaction = FakeDiscord.snowflakeNow();
    discord.dispatch("INTERACTION_CREATE", FakeDiscord.autocomplete(interaction, "tokauto", "소버"));

    FakeDiscord.Call reply =
        discord.await(
            c -> c.path().startsWith("/interactions/" + interaction + "/tokauto/callback"), WAIT);

    assertThat(reply).isNotNull();
    assertThat(reply.json().getInt("type")).isEqualTo(8);
    DataArray choices = reply.json().getObject("data").getArray("choices");
    assertThat(choices.length()).isEqualTo(25);
    assertThat(choices.getObject(0).getString("name")).isEqualTo("소버 용어 0");
  }

  @Test
  void interaction_olderThanFifteenMinutes_isDroppedWithoutCalls() throws Exception {
    String old = FakeDiscord.snowflakeMinutesAgo(16);
    discord.dispatch(
        "INTERACTION_CREATE", FakeDiscord.slash(old, "tokold", "define", "term", "소버린AI"));
    discord.dispatch(
        "INTERACTION_CREATE",
        FakeDiscord.slash(FakeDiscord.snowflakeNow(), "toknew", "define", "term", "소버린AI"));

    assertThat(discord.await(c -> c.path().equals("/webhooks/1000/toknew"), WAIT)).isNotNull();
    assertThat(discord.calls(c -> c.path().contains("tokold"))).isEmpty();
  }

  @Test
  void summarize_tokenExpiresWhileSummarizing_answerDroppedWithoutRetry() throws Exception {
    // Created 14 min 57 s ago: deferred in time, expired (15 min) before the summary is ready.
    String interaction =
        String.valueOf(((System.currentTimeMillis() - 897_000L) - 1420070400000L) << 22);
    discord.dispatch(
        "INTERACTION_CREATE",
        FakeDiscord.slash(
            interaction, "tokexpire", "summarize", "url", "https://news.example.kr/glacial/1"));
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT);
    while (core.summarizeRequests.stream().noneMatch(r -> r.url().contains("glacial"))
        && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    Thread.sleep(4_500); // the 15 minutes run out while the summary is being written
    core.glacialGate.countDown();

    String after = FakeDiscord.snowflakeNow();
    discord.dispatch(
        "INTERACTION_CREATE", FakeDiscord.slash(after, "tokfresh", "define", "term", "소버린AI"));
    assertThat(discord.await(c -> c.path().equals("/webhooks/1000/tokfresh"), WAIT)).isNotNull();
    assertThat(
            discord.calls(
                c -> c.path().startsWith("/interactions/" + interaction + "/tokexpire/callback")))
        .as("deferred while still valid")
        .hasSize(1);
    assertThat(discord.calls(c -> c.path().startsWith("/webhooks/1000/tokexpire"))).isEmpty();
  }

  @Test
  void button_englishVariant_summarizesTheEmbeddedArticleInEnglish() throws Exception {
    String interaction = FakeDiscord.snowflakeNow();
    discord.dispatch(
        "INTERACTION_CREATE",
        FakeDiscord.button(
            interaction, "tokbutton", "gloss:variant:en", "https://news.example.kr/article/9"));

    FakeDiscord.Call followUp =
        discord.await(c -> c.path().equals("/webhooks/1000/tokbutton"), WAIT);

    assertThat(followUp).isNotNull();
    assertThat(core.summarizeRequests)
        .anySatisfy(
            r -> {
              assertThat(r.url()).isEqualTo("https://news.example.kr/article/9");
              assertThat(r.language()).isEqualTo("en");
            });
    assertThat(followUp.json().getObject("allowed_mentions").getArray("parse").length()).isZero();
  }

  @Test
  void digest_withoutTheDigestEnabled_saysSoHonestly() throws Exception {
    discord.dispatch(
        "INTERACTION_CREATE",
        FakeDiscord.slashSub(
            FakeDiscord.snowflakeNow(), "tokdigest", "digest", "subscribe", "time", "09:00"));

    FakeDiscord.Call followUp =
        discord.await(c -> c.path().equals("/webhooks/1000/tokdigest"), WAIT);

    assertThat(followUp).isNotNull();
    assertThat(followUp.json().getString("content")).contains("켜져 있지 않습니다");
    assertThat(followUp.json().getInt("flags", 0) & 64).as("ephemeral").isNotZero();
  }

  @Test
  void glossSettings_changeAutoMode_isStored() throws Exception {
    discord.dispatch(
        "INTERACTION_CREATE",
        FakeDiscord.slashSub(
            FakeDiscord.snowflakeNow(),
            "toksettings",
            "gloss",
            "settings",
            "auto",
            "reaction",
            "lang",
            "en"));

    FakeDiscord.Call followUp =
        discord.await(c -> c.path().equals("/webhooks/1000/toksettings"), WAIT);

    assertThat(followUp).isNotNull();
    assertThat(core.settings.get(NEWS).autoMode()).isEqualTo(AutoMode.REACTION);
    assertThat(core.settings.get(NEWS).language()).isEqualTo("en");
    assertThat(followUp.json().getString("content"))
        .contains("reaction")
        .doesNotContain("Message Content");
  }

  @Test
  void glossTermSet_thenRemove_savesAndRemovesATeamEntry() throws Exception {
    discord.dispatch(
        "INTERACTION_CREATE",
        FakeDiscord.slashGroup(
            FakeDiscord.snowflakeNow(),
            "tokset",
            "gloss",
            "term",
            "set",
            "term",
            "온디바이스 AI",
            "explanation",
            "기기 안에서 도는 AI."));
    FakeDiscord.Call saved = discord.await(c -> c.path().equals("/webhooks/1000/tokset"), WAIT);

    assertThat(saved).isNotNull();
    assertThat(core.glossaryStore.list(GUILD))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.term()).isEqualTo("온디바이스 AI");
              assertThat(e.definition()).isEqualTo("기기 안에서 도는 AI.");
              assertThat(e.provenance().kind()).isEqualTo(SourceKind.TEAM);
            });

    discord.dispatch(
        "INTERACTION_CREATE",
        FakeDiscord.slashGroup(
            FakeDiscord.snowflakeNow(), "tokremove", "gloss", "term", "remove", "term", "온디바이스AI"));
    FakeDiscord.Call removed =
        discord.await(c -> c.path().equals("/webhooks/1000/tokremove"), WAIT);

    assertThat(removed).isNotNull();
    assertThat(removed.json().getString("content")).contains("지웠습니다");
    assertThat(core.glossaryStore.list(GUILD)).isEmpty();
  }

  @Test
  void teamTerm_showsOnTheNextReplyOfThisGuild_notInAnother() throws Exception {
    discord.dispatch(
        "INTERACTION_CREATE",
        FakeDiscord.slashGroup(
            FakeDiscord.snowflakeNow(),
            "tokteam",
            "gloss",
            "term",
            "set",
            "term",
            "소버린AI",
            "explanation",
            "우리 서버가 정한 설명."));
    assertThat(discord.await(c -> c.path().equals("/webhooks/1000/tokteam"), WAIT)).isNotNull();

    String id = messageId();
    discord.dispatch(
        "MESSAGE_CREATE", discord.userMessage(id, "https://news.example.kr/article/31"));
    FakeDiscord.Call posted =
        discord.await(c -> c.path().equals("/channels/" + id + "/messages"), WAIT);

    assertThat(posted).isNotNull();
    assertThat(posted.json().getArray("embeds").toString())
        .contains("우리 서버가 정한 설명.", "팀 용어집")
        .doesNotContain("한 나라가 스스로 운영하는 AI.");
    assertThat(core.glossaryStore.list(io.gloss.core.domain.Workspace.of("discord", "9999")))
        .as("another guild has no team terms")
        .isEmpty();
    assertThat(core.glossaryStore.list(io.gloss.core.domain.Workspace.of("slack", "2000")))
        .as("a Slack team with the same id is another workspace")
        .isEmpty();
    core.glossaryStore.remove(GUILD, io.gloss.core.domain.TermKey.of("소버린AI"));
  }

  @Test
  void feedback_clickedTwiceThenChanged_isOneVoteOfThisGuild() throws Exception {
    String article = "https://news.example.kr/article/32";
    for (String vote : new String[] {"up", "up", "down"}) {
      String token = "tokvote" + vote + FakeDiscord.snowflakeNow();
      discord.dispatch(
          "INTERACTION_CREATE",
          FakeDiscord.button(FakeDiscord.snowflakeNow(), token, "gloss:feedback:" + vote, article));
      assertThat(discord.await(c -> c.path().equals("/webhooks/1000/" + token), WAIT)).isNotNull();
    }

    assertThat(core.feedbackStore.all())
        .filteredOn(f -> article.equals(f.url()))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.vote()).isEqualTo(io.gloss.core.domain.Vote.DOWN);
              assertThat(f.workspace()).isEqualTo(GUILD);
            });
  }

  @Test
  void redelivery_ofAMessageWhoseClaimerDied_isAnswered() throws Exception {
    String id = messageId();
    core.processedEvents.claim(
        "discord:msg:" + id, "dead-instance", Duration.ofMillis(1), Duration.ofHours(24));
    Thread.sleep(5);
    String fresh = messageId();
    core.processedEvents.claim(
        "discord:msg:" + fresh, "busy-instance", Duration.ofMinutes(2), Duration.ofHours(24));

    discord.dispatch(
        "MESSAGE_CREATE", discord.userMessage(fresh, "https://news.example.kr/article/33"));
    discord.dispatch(
        "MESSAGE_CREATE", discord.userMessage(id, "https://news.example.kr/article/34"));

    assertThat(discord.await(c -> c.path().equals("/channels/" + id + "/messages"), WAIT))
        .isNotNull();
    assertThat(discord.calls(c -> FakeDiscord.hasSegment(c, fresh)))
        .as("another instance holds a fresh claim on it")
        .isEmpty();
    awaitAnswered("discord:msg:" + id);
  }

  private void awaitAnswered(String key) throws InterruptedException {
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT);
    while (!core.processedEvents.answered().contains(key) && System.nanoTime() < end) {
      Thread.sleep(20);
    }
    assertThat(core.processedEvents.answered()).contains(key);
  }

  @Test
  void gateway_closedWith4000_resumesAndKeepsAnswering() throws Exception {
    int resumesBefore = discord.resumes.get();
    discord.closeGateway(4000);
    awaitResumes(resumesBefore + 1);

    String id = messageId();
    discord.dispatch(
        "MESSAGE_CREATE", discord.userMessage(id, "https://news.example.kr/article/10"));

    assertThat(discord.await(c -> c.path().equals("/channels/" + id + "/messages"), WAIT))
        .isNotNull();
  }

  @Test
  void gateway_reconnectRequest_resumesAndKeepsAnswering() throws Exception {
    int resumesBefore = discord.resumes.get();
    discord.requestReconnect();
    awaitResumes(resumesBefore + 1);

    String interaction = FakeDiscord.snowflakeNow();
    discord.dispatch(
        "INTERACTION_CREATE",
        FakeDiscord.slash(interaction, "tokafter", "define", "term", "소버린 AI"));

    assertThat(discord.await(c -> c.path().equals("/webhooks/1000/tokafter"), WAIT)).isNotNull();
  }

  @Test
  void gateway_invalidSession_identifiesAgainAndKeepsAnswering() throws Exception {
    int identifiesBefore = discord.identifies.get();
    discord.invalidateSession();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT);
    while (discord.identifies.get() <= identifiesBefore && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertThat(discord.identifies.get()).as("IDENTIFY sent again").isGreaterThan(identifiesBefore);
    Thread.sleep(300); // READY and GUILD_CREATE are being processed

    String id = messageId();
    discord.dispatch(
        "MESSAGE_CREATE", discord.userMessage(id, "https://news.example.kr/article/14"));

    assertThat(discord.await(c -> c.path().equals("/channels/" + id + "/messages"), WAIT))
        .isNotNull();
  }

  private void awaitResumes(int expected) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT);
    while (discord.resumes.get() < expected && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertThat(discord.resumes.get()).as("RESUME sent").isGreaterThanOrEqualTo(expected);
    Thread.sleep(200); // let JDA process RESUMED before the next dispatch
  }

  private void awaitSharedLink(String messageId) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT);
    while (core.sharedLinks.stream().noneMatch(l -> l.messageRef().equals(messageId))
        && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertThat(core.sharedLinks).anyMatch(l -> l.messageRef().equals(messageId));
  }

  private synchronized String messageId() {
    return String.valueOf(nextMessageId++);
  }
}
