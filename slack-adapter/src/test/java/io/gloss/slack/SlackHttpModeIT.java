package io.gloss.slack;

import static io.gloss.slack.SlackTestBed.CHANNEL;
import static io.gloss.slack.SlackTestBed.CHANNEL_REF;
import static org.assertj.core.api.Assertions.assertThat;

import io.gloss.core.domain.AutoMode;
import io.gloss.core.domain.ChannelSettings;
import io.gloss.core.domain.SourceKind;
import io.gloss.core.domain.Summary;
import io.gloss.core.domain.SummaryStyle;
import io.gloss.slack.fake.FakeSlackApi.Call;
import io.gloss.slack.fake.Summaries;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The real Bolt app in HTTP mode behind {@code POST /slack/events}, against a fake Slack. */
class SlackHttpModeIT {
  static final String ARTICLE = "https://news.example.kr/article/2025/0804/1";
  static final String TS = "1700000000.000100";
  static final io.gloss.core.domain.Workspace T0001 =
      io.gloss.core.domain.Workspace.of("slack", SlackTestBed.TEAM);

  private SlackTestBed bed;

  private SlackTestBed start(UnaryOperator<SlackSettings> tweak) throws Exception {
    bed = SlackTestBed.http(tweak);
    bed.summarizer.article(ARTICLE, request -> Summaries.korean(ARTICLE));
    return bed;
  }

  private SlackTestBed start() throws Exception {
    return start(s -> s);
  }

  @AfterEach
  void stop() {
    if (bed != null) {
      bed.close();
    }
  }

  @Test
  void urlVerification_signed_echoesChallenge() throws Exception {
    start();
    HttpResponse<String> response =
        bed.postEvent("{\"token\":\"x\",\"challenge\":\"abc123\",\"type\":\"url_verification\"}");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("abc123");
  }

  @Test
  void event_badSignature_is401WithoutSideEffects() throws Exception {
    start();
    String body = SlackEvents.message("Ev-bad", TS, "<" + ARTICLE + ">");
    HttpResponse<String> response =
        bed.post("application/json", body, "wrong-secret", SlackTestBed.now(), null);

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(bed.postUnsigned(body).statusCode()).isEqualTo(401);
    bed.drain();
    assertThat(bed.api.calls()).extracting(Call::method).allMatch("auth.test"::equals);
    assertThat(bed.processedEvents.claimed()).isEmpty();
    assertThat(bed.sharedLinks.all()).isEmpty();
  }

  @Test
  void event_timestampSixMinutesOld_isRejected() throws Exception {
    start();
    String body = SlackEvents.message("Ev-old", TS, "<" + ARTICLE + ">");
    String sixMinutesAgo = String.valueOf(System.currentTimeMillis() / 1000 - 360);
    HttpResponse<String> response =
        bed.post("application/json", body, SlackTestBed.SECRET, sixMinutesAgo, null);

    assertThat(response.statusCode()).isEqualTo(401);
    bed.drain();
    assertThat(bed.api.calls()).extracting(Call::method).allMatch("auth.test"::equals);
  }

  @Test
  void event_timestampSixMinutesInTheFuture_isRejected() throws Exception {
    start();
    String body = SlackEvents.message("Ev-future", TS, "<" + ARTICLE + ">");
    String sixMinutesAhead = String.valueOf(System.currentTimeMillis() / 1000 + 360);
    HttpResponse<String> response =
        bed.post("application/json", body, SlackTestBed.SECRET, sixMinutesAhead, null);

    assertThat(response.statusCode()).isEqualTo(401);
    bed.drain();
    assertThat(bed.api.calls()).extracting(Call::method).allMatch("auth.test"::equals);
  }

  @Test
  void interaction_signedButPayloadNotJson_is400() throws Exception {
    start();
    HttpResponse<String> response =
        bed.post(
            "application/x-www-form-urlencoded",
            "payload=this+is+not+json",
            SlackTestBed.SECRET,
            SlackTestBed.now(),
            null);

    assertThat(response.statusCode()).isEqualTo(400);
  }

  @Test
  void event_bodyReEncodedAfterSigning_is401() throws Exception {
    start();
    String form = "token=x&team_id=T0001&channel_id=C0001&user_id=U0001&command=%2Fdefine&text=a+b";
    String ts = SlackTestBed.now();
    String signature =
        new com.slack.api.app_backend.SlackSignature.Generator(SlackTestBed.SECRET)
            .generate(ts, form);
    var request =
        java.net.http.HttpRequest.newBuilder(java.net.URI.create(bed.endpoint()))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("X-Slack-Request-Timestamp", ts)
            .header("X-Slack-Signature", signature)
            .POST(java.net.http.HttpRequest.BodyPublishers.ofString(form.replace("a+b", "a%20b")))
            .build();
    assertThat(bed.http.send(request, HttpResponse.BodyHandlers.ofString()).statusCode())
        .isEqualTo(401);
  }

  @Test
  void linkMessage_reactsThenRepliesOnceInThreadWithSummaryBlocks() throws Exception {
    start();
    HttpResponse<String> response =
        bed.postEvent(SlackEvents.message("Ev-1", TS, "이거 보세요 <" + ARTICLE + "|기사>"));
    assertThat(response.statusCode()).isEqualTo(200);

    List<Call> posts = bed.api.await("chat.postMessage", 1);
    assertThat(posts).hasSize(1);
    Call reply = posts.get(0);
    assertThat(reply.param("channel")).isEqualTo(CHANNEL);
    assertThat(reply.param("thread_ts")).isEqualTo(TS);
    assertThat(reply.param("unfurl_links")).isIn("0", "false");
    assertThat(reply.param("unfurl_media")).isIn("0", "false");
    assertThat(reply.json("blocks"))
        .contains("<" + ARTICLE + "|정부, 소버린AI 전략 발표…국산 모델 키운다>")
        .contains("가상일보 · 2025-08-04")
        .contains("용어 풀이", "[기사 제공]", "gloss_shorter");

    List<Call> calls = bed.api.calls();
    Call eyes = bed.api.calls("reactions.add").get(0);
    assertThat(eyes.param("name")).isEqualTo("eyes");
    assertThat(eyes.param("timestamp")).isEqualTo(TS);
    assertThat(calls.indexOf(eyes)).isLessThan(calls.indexOf(reply));
    assertThat(bed.sharedLinks.all())
        .singleElement()
        .satisfies(
            link -> {
              assertThat(link.url()).isEqualTo(ARTICLE);
              assertThat(link.messageRef()).isEqualTo(TS);
              assertThat(link.channel()).isEqualTo(CHANNEL_REF);
            });
    assertThat(bed.summarizer.requests())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.origin().platform()).isEqualTo("slack");
              assertThat(r.origin().user()).isEqualTo("U0001");
            });
  }

  @Test
  void messageWithFiveLinks_oneReplyCoveringTheFirstThree() throws Exception {
    start();
    StringBuilder text = new StringBuilder("오늘 기사 모음 <" + ARTICLE + ">");
    for (int i = 2; i <= 5; i++) {
      text.append(" <https://other.example.kr/a/").append(i).append("|기사 ").append(i).append('>');
    }
    bed.postEvent(SlackEvents.message("Ev-five", TS, text.toString()));
    bed.api.await("chat.postMessage", 1);
    bed.drain();

    assertThat(bed.summarizer.requests()).hasSize(3);
    assertThat(bed.api.calls("chat.postMessage"))
        .singleElement()
        .satisfies(
            c -> assertThat(c.json("blocks")).contains("정부, 소버린AI", "other.example.kr", "2개 생략"));
    assertThat(bed.sharedLinks.all()).hasSize(5);
  }

  @Test
  void sameEvent_retriedThreeTimes_answeredOnce() throws Exception {
    start();
    String body = SlackEvents.message("Ev-retry", TS, "<" + ARTICLE + ">");
    assertThat(bed.postEvent(body).statusCode()).isEqualTo(200);
    for (int retry = 1; retry <= 3; retry++) {
      assertThat(bed.postEvent(body, retry).statusCode()).isEqualTo(200);
    }
    bed.api.await("chat.postMessage", 1);
    bed.drain();

    assertThat(bed.api.calls("chat.postMessage")).hasSize(1);
    assertThat(bed.api.calls("reactions.add")).hasSize(1);
    assertThat(bed.summarizer.requests()).hasSize(1);
  }

  @Test
  void botsEditsAndThreadChatter_areIgnored() throws Exception {
    start();
    bed.postEvent(SlackEvents.botMessage("Ev-b", "1700000001.000100", "<" + ARTICLE + ">"));
    bed.postEvent(SlackEvents.edit("Ev-e", TS, "<" + ARTICLE + ">"));
    bed.postEvent(SlackEvents.threadReply("Ev-t", "1700000002.000100", TS, "<" + ARTICLE + ">"));
    bed.postEvent(SlackEvents.message("Ev-none", "1700000003.000100", "링크 없는 잡담 <!here>"));
    bed.drain();

    assertThat(bed.api.calls("chat.postMessage")).isEmpty();
    assertThat(bed.summarizer.requests()).isEmpty();
  }

  @Test
  void reactionMode_answersOnlyAfterNewspaper() throws Exception {
    start();
    bed.channelSettings.put(
        new ChannelSettings(CHANNEL_REF, AutoMode.REACTION, null, SummaryStyle.BRIEF));
    bed.postEvent(SlackEvents.message("Ev-r1", TS, "<" + ARTICLE + ">"));
    bed.postEvent(SlackEvents.reaction("Ev-r2", "thumbsup", TS));
    awaitLinkRecorded();
    assertThat(bed.api.calls("chat.postMessage")).isEmpty();

    bed.postEvent(SlackEvents.reaction("Ev-r3", "newspaper", TS));
    bed.postEvent(SlackEvents.reaction("Ev-r4", "newspaper", TS)); // a second reader: no repeat
    bed.api.await("chat.postMessage", 1);
    bed.drain();

    assertThat(bed.api.calls("chat.postMessage"))
        .singleElement()
        .satisfies(c -> assertThat(c.param("thread_ts")).isEqualTo(TS));
  }

  @Test
  void offMode_recordsLinkButDoesNotAnswer() throws Exception {
    start();
    bed.channelSettings.put(
        new ChannelSettings(CHANNEL_REF, AutoMode.OFF, null, SummaryStyle.BRIEF));
    bed.postEvent(SlackEvents.message("Ev-off", TS, "<" + ARTICLE + ">"));
    bed.drain();

    assertThat(bed.sharedLinks.all()).hasSize(1);
    assertThat(bed.api.calls("chat.postMessage")).isEmpty();
    assertThat(bed.api.calls("reactions.add")).isEmpty();
  }

  @Test
  void linkShared_onUnfurlDomain_answersWithChatUnfurlNotThread() throws Exception {
    start(s -> s.withUnfurlDomains(List.of("news.example.kr")));
    bed.postEvent(SlackEvents.message("Ev-u1", TS, "<" + ARTICLE + ">"));
    bed.postEvent(SlackEvents.linkShared("Ev-u2", TS, ARTICLE, "news.example.kr"));

    List<Call> unfurls = bed.api.await("chat.unfurl", 1);
    bed.drain();
    assertThat(unfurls).hasSize(1);
    assertThat(unfurls.get(0).param("ts")).isEqualTo(TS);
    assertThat(unfurls.get(0).json("unfurls")).contains(ARTICLE, "정부, 소버린AI 전략 발표");
    assertThat(bed.api.calls("chat.postMessage")).isEmpty();
    assertThat(bed.sharedLinks.all()).hasSize(1);
  }

  @Test
  void define_afterArticle_explainsFromArticleEphemerallyWithShareButton() throws Exception {
    start();
    Summary summary = Summaries.korean(ARTICLE);
    // What the core stores when it summarizes the article: the article's own glossary box.
    summary.glossary().forEach(bed.glossary::upsert);

    HttpResponse<String> ack = bed.command("/define", "소버린AI");
    assertThat(ack.statusCode()).isEqualTo(200);
    assertThat(ack.body()).contains("찾는 중");

    Call answer = bed.api.await("response_url", 1).get(0);
    assertThat(answer.body())
        .contains("\"response_type\":\"ephemeral\"")
        .contains("한 나라가 외부에 기대지 않고", "[기사 제공]", "gloss_share_definition");

    bed.interaction(
        SlackEvents.ephemeralBlockAction(
            "gloss_share_definition", "소버린AI", bed.api.responseUrl("eph")));
    Call shared = bed.api.await("chat.postMessage", 1).get(0);
    assertThat(shared.param("channel")).isEqualTo(CHANNEL);
    assertThat(shared.json("blocks")).contains("한 나라가 외부에 기대지 않고").doesNotContain("gloss_share");
    assertThat(bed.api.await(c -> c.body().contains("delete_original"), 1, Duration.ofSeconds(5)))
        .hasSize(1);
  }

  @Test
  void define_hostileOrEmptyTerm_isValidatedAndEscaped() throws Exception {
    start();
    assertThat(bed.command("/define", "  ").body()).contains("/define");
    assertThat(bed.command("/define", "가".repeat(5000)).body()).contains("100");

    bed.command("/define", "<!channel>");
    Call answer = bed.api.await("response_url", 1).get(0);
    assertThat(answer.body()).doesNotContain("<!channel>").contains("&lt;!channel&gt;");
  }

  @Test
  void define_slowBackend_ackedAtOnce_answerFollowsOnTheResponseUrl() throws Exception {
    start();
    Summaries.korean(ARTICLE).glossary().forEach(bed.glossary::upsert);
    var gate = bed.holdDefine();
    long started = System.nanoTime();

    HttpResponse<String> ack = bed.command("/define", "소버린AI");

    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));
    assertThat(ack.statusCode()).isEqualTo(200);
    assertThat(ack.body()).contains("찾는 중");
    assertThat(bed.api.calls("response_url")).as("nothing while the lookup hangs").isEmpty();
    gate.countDown();
    assertThat(bed.api.await("response_url", 1).get(0).body()).contains("[기사 제공]");
  }

  @Test
  void summarizeCommand_styleAndLanguage_reachTheCoreAndAnswerInChannel() throws Exception {
    start();
    HttpResponse<String> ack = bed.command("/summarize", ARTICLE + " short en");
    assertThat(ack.body()).contains("요약 중");

    Call answer = bed.api.await("response_url", 1).get(0);
    assertThat(answer.body()).contains("\"response_type\":\"in_channel\"", "정부, 소버린AI");
    assertThat(bed.summarizer.requests())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.style()).isEqualTo(SummaryStyle.SHORT);
              assertThat(r.language()).isEqualTo("en");
            });
  }

  @Test
  void summarizeCommand_responseUrlRateLimitedTwice_answerStillArrives() throws Exception {
    start();
    bed.api.rateLimit("response_url", 2);
    bed.command("/summarize", ARTICLE);

    List<Call> answers = bed.api.await("response_url", 1);
    bed.drain();

    assertThat(bed.api.calls("response_url#429")).hasSize(2);
    assertThat(answers).singleElement().satisfies(a -> assertThat(a.body()).contains("소버린AI"));
  }

  @Test
  void summarizeCommand_unreachablePage_honestEphemeralError() throws Exception {
    start();
    bed.command("/summarize", "https://gone.example.kr/404");
    Call answer = bed.api.await("response_url", 1).get(0);
    assertThat(answer.body())
        .contains("\"response_type\":\"ephemeral\"", "본문을 가져오지 못했습니다", "페이지를 찾을 수 없습니다")
        .doesNotContain("HTTP 404 from fake");
  }

  @Test
  void digest_withoutTheDigestEnabled_saysSo_andPostsNothing() throws Exception {
    start();
    HttpResponse<String> ack = bed.command("/digest", "subscribe 09:00 Asia/Seoul");
    assertThat(ack.body()).contains("not enabled");
    bed.drain();
    assertThat(bed.api.calls()).noneMatch(c -> c.method().equals("chat.postMessage"));
  }

  @Test
  void glossSettings_changesChannelAndAnswersEphemerally() throws Exception {
    start();
    bed.command("/gloss", "settings auto reaction lang en length short");
    Call answer = bed.api.await("response_url", 1).get(0);

    ChannelSettings saved = bed.channelSettings.get(CHANNEL_REF);
    assertThat(saved.autoMode()).isEqualTo(AutoMode.REACTION);
    assertThat(saved.language()).isEqualTo("en");
    assertThat(saved.style()).isEqualTo(SummaryStyle.SHORT);
    // The user's own locale (ko-KR in the fake) wins for answers only they see.
    assertThat(answer.body())
        .contains("ephemeral", "이 채널의 Gloss 설정", "reaction", "`en`", "`short`");
    assertThat(bed.command("/gloss", "settings auto sometimes").body())
        .contains("Invalid value for", "auto", ": sometimes", "Usage");
    assertThat(bed.command("/gloss", "settings colour blue").body()).contains("Usage");
  }

  @Test
  void glossTermSetAndRemove_teamEntryWinsInDefine() throws Exception {
    start();
    Summaries.korean(ARTICLE).glossary().forEach(bed.glossary::upsert);
    bed.command("/gloss", "term set \"소버린 AI\" 우리 팀에서는 자체 구축 AI 플랫폼을 말함");
    bed.api.await("response_url", 1);

    assertThat(bed.glossary.list(T0001))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.provenance().kind()).isEqualTo(SourceKind.TEAM);
              assertThat(e.term()).isEqualTo("소버린 AI");
            });
    bed.command("/define", "소버린AI");
    Call defined = bed.api.await("response_url", 2).get(1);
    assertThat(defined.body()).contains("자체 구축 AI 플랫폼", "[팀 용어집]").doesNotContain("team:");

    bed.command("/gloss", "term remove 소버린AI");
    bed.api.await("response_url", 3);
    assertThat(bed.glossary.list(T0001)).isEmpty();
  }

  @Test
  void glossTermSet_byNonAdmin_isRefusedAndNothingStored() throws Exception {
    start();
    bed.api.notAdmin("U0001");

    bed.command("/gloss", "term set 소버린AI 아무나 바꾼 설명");

    Call answer = bed.api.await("response_url", 1).get(0);
    assertThat(answer.body()).contains("관리자");
    assertThat(bed.glossary.list(T0001)).isEmpty();
  }

  @Test
  void twentyConcurrentSlashCommands_allAcknowledged() throws Exception {
    start();
    Summaries.korean(ARTICLE).glossary().forEach(bed.glossary::upsert);
    bed.command("/define", "warm-up"); // first request pays auth.test
    ExecutorService clients = Executors.newFixedThreadPool(20);
    List<Callable<long[]>> tasks = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      String user = "U" + (1000 + i);
      tasks.add(
          () -> {
            long start = System.nanoTime();
            HttpResponse<String> ack =
                bed.command("/define", "소버린AI", user, bed.api.responseUrl("c" + user));
            long micros = (System.nanoTime() - start) / 1000;
            return new long[] {ack.statusCode(), ack.body().contains("찾는 중") ? 1 : 0, micros};
          });
    }
    long max = 0;
    for (Future<long[]> future : clients.invokeAll(tasks)) {
      long[] result = future.get();
      assertThat(result[0]).isEqualTo(200);
      assertThat(result[1]).isEqualTo(1);
      max = Math.max(max, result[2]);
    }
    clients.shutdown();
    System.out.printf("20 concurrent slash commands: max ack latency %.1f ms%n", max / 1000.0);
    assertThat(bed.api.await(c -> c.path().startsWith("/response/cU"), 20, Duration.ofSeconds(20)))
        .hasSize(20);
  }

  @Test
  void articleFullOfBroadcasts_pingsNobody() throws Exception {
    start();
    String hostile = "https://hostile.example.kr/a";
    bed.summarizer.article(
        hostile,
        r ->
            Summaries.withText(
                hostile,
                "<!channel> 긴급 <!here> <!everyone>",
                List.of(
                    "<!channel> <@U0ADMIN> <#C0SECRET> <!subteam^S0DEVS|@devs> 모두 확인",
                    "<https://evil.example/phish|https://bank.example.com> 클릭 @here @channel"),
                "<!everyone>",
                "<@U0001> 를 호출"));
    bed.postEvent(SlackEvents.message("Ev-hostile", TS, "<" + hostile + ">"));
    Call reply = bed.api.await("chat.postMessage", 1).get(0);

    String posted = reply.param("text") + reply.json("blocks");
    assertThat(posted).doesNotContain("<!", "<@", "<#", "<https://evil", "@here", "@channel");
    assertThat(posted).contains("&lt;!channel&gt;");
    assertThat(reply.param("link_names")).isIn("0", "false");
  }

  @Test
  void styleButtons_postVariantInThread_feedbackThanksEphemerally() throws Exception {
    start();
    String replyTs = "1700000000.000900";
    bed.interaction(
        SlackEvents.blockAction("gloss_shorter", ARTICLE, replyTs, bed.api.responseUrl("b1")));
    Call variant = bed.api.await("chat.postMessage", 1).get(0);
    assertThat(variant.param("thread_ts")).isEqualTo(TS);
    assertThat(bed.summarizer.requests())
        .singleElement()
        .satisfies(r -> assertThat(r.style()).isEqualTo(SummaryStyle.SHORT));

    bed.interaction(
        SlackEvents.blockAction("gloss_english", ARTICLE, replyTs, bed.api.responseUrl("b2")));
    bed.api.await("chat.postMessage", 2);
    assertThat(bed.summarizer.requests().get(1).language()).isEqualTo("en");

    bed.interaction(
        SlackEvents.blockAction("gloss_up", ARTICLE, replyTs, bed.api.responseUrl("b3")));
    Call thanks = bed.api.await("response_url", 1).get(0);
    assertThat(thanks.body()).contains("ephemeral", "의견 감사합니다");
  }

  @Test
  void messageShortcut_summarizesLinksOfAnyMessageInItsThread() throws Exception {
    start();
    bed.channelSettings.put(
        new ChannelSettings(CHANNEL_REF, AutoMode.OFF, null, SummaryStyle.BRIEF));
    bed.interaction(
        SlackEvents.messageShortcut(TS, "예전 글 <" + ARTICLE + ">", bed.api.responseUrl("s1")));
    Call reply = bed.api.await("chat.postMessage", 1).get(0);
    assertThat(reply.param("thread_ts")).isEqualTo(TS);
    assertThat(reply.json("blocks")).contains("정부, 소버린AI");

    bed.interaction(SlackEvents.messageShortcut(TS, "링크 없음", bed.api.responseUrl("s2")));
    assertThat(bed.api.await("response_url", 1).get(0).body()).contains("링크가 없습니다");
  }

  @Test
  void rateLimit_perUser_politeEphemeralMessage() throws Exception {
    start(s -> s.withLimits(3, 2, 30));
    for (int i = 0; i < 3; i++) {
      bed.command("/summarize", ARTICLE);
    }
    List<Call> answers = bed.api.await("response_url", 3);
    assertThat(answers).hasSize(3);
    assertThat(answers).filteredOn(c -> c.body().contains("요청이 너무 많습니다")).hasSize(1);
    assertThat(bed.summarizer.requests()).hasSize(2);
  }

  @Test
  void slack429_retriedOnceAfterRetryAfter() throws Exception {
    start();
    bed.api.rateLimitOnce("chat.postMessage");
    bed.postEvent(SlackEvents.message("Ev-429", TS, "<" + ARTICLE + ">"));
    List<Call> posted = bed.api.await("chat.postMessage", 1);
    bed.drain();
    assertThat(posted).hasSize(1);
    assertThat(bed.api.calls("chat.postMessage#429")).hasSize(1);
  }

  @Test
  void slack429TwiceInARow_replyIsStillPosted() throws Exception {
    start();
    bed.api.rateLimit("chat.postMessage", 2);
    bed.postEvent(SlackEvents.message("Ev-429x2", TS, "<" + ARTICLE + ">"));
    List<Call> posted = bed.api.await("chat.postMessage", 1);
    bed.drain();
    assertThat(bed.api.calls("chat.postMessage#429")).hasSize(2);
    assertThat(posted).as("the reply after two 429s").hasSize(1);
  }

  @Test
  void slack429FourTimes_givesUpAfterThreeRetries() throws Exception {
    start();
    bed.api.rateLimit("reactions.add", 4);
    bed.postEvent(SlackEvents.message("Ev-429x4", TS, "<" + ARTICLE + ">"));
    bed.api.await("chat.postMessage", 1);
    bed.drain();
    assertThat(bed.api.calls("reactions.add#429")).as("first try and three retries").hasSize(4);
  }

  @Test
  void responseUrlOnForeignHost_isNotCalled_fallsBackToEphemeral() throws Exception {
    start();
    bed.command("/define", "없는용어", "U0001", "http://169.254.169.254/latest/meta-data");
    Call fallback = bed.api.await("chat.postEphemeral", 1).get(0);
    assertThat(fallback.param("user")).isEqualTo("U0001");
    assertThat(fallback.json("blocks")).contains("없는용어");
  }

  @Test
  void slowBackend_commandAndEventAckedBeforeTheWorkEnds() throws Exception {
    start();
    var gate = bed.summarizer.hold();
    HttpResponse<String> commandAck = bed.command("/summarize", ARTICLE);
    HttpResponse<String> eventAck =
        bed.postEvent(SlackEvents.message("Ev-slow", TS, "<" + ARTICLE + ">"));

    // Both acks came back while the summarizer was still blocked.
    assertThat(commandAck.statusCode()).isEqualTo(200);
    assertThat(commandAck.body()).contains("요약 중");
    assertThat(eventAck.statusCode()).isEqualTo(200);
    assertThat(bed.api.calls("response_url")).isEmpty();
    assertThat(bed.api.calls("chat.postMessage")).isEmpty();

    gate.countDown();
    assertThat(bed.api.await("response_url", 1)).hasSize(1);
    assertThat(bed.api.await("chat.postMessage", 1)).hasSize(1);
  }

  @Test
  void pastedLinks_everyWorkerBusy_eachGetsEyesBeforeItsWorkStarts() throws Exception {
    start();
    var gate = bed.summarizer.hold();
    int workers = 4; // the bed's work executor
    int messages = workers + 2;
    for (int i = 0; i < messages; i++) {
      if (i == workers) {
        assertThat(bed.summarizer.awaitRequests(workers))
            .as("every worker waits in a summary")
            .hasSize(workers);
      }
      String ts = "170000001" + i + ".000100";
      assertThat(bed.postEvent(SlackEvents.message("Ev-busy" + i, ts, "<" + ARTICLE + ">")))
          .extracting(HttpResponse::statusCode)
          .isEqualTo(200);
    }

    // 👀 does not wait for a free worker.
    assertThat(bed.api.await("reactions.add", messages))
        .extracting(c -> c.param("name"))
        .hasSize(messages)
        .containsOnly("eyes");
    assertThat(bed.summarizer.requests()).as("no work started on a busy worker").hasSize(workers);
    assertThat(bed.api.calls("chat.postMessage")).isEmpty();

    gate.countDown();
    assertThat(bed.api.await("chat.postMessage", messages)).hasSize(messages);
  }

  @Test
  void twoInstances_sameEvent_oneReply() throws Exception {
    start();
    SlackBot second =
        new SlackBot(
            bed.settings,
            SlackTestBed.ports(
                bed.settings,
                bed.replies,
                bed.definer,
                new io.gloss.core.conversation.ChannelSettingsService(bed.channelSettings),
                new io.gloss.core.conversation.SharedLinksService(
                    bed.sharedLinks, java.time.Clock.systemUTC()),
                new io.gloss.core.conversation.EventClaims(bed.processedEvents),
                new io.gloss.core.conversation.TeamGlossaryService(bed.glossary),
                new io.gloss.core.conversation.FeedbackService(
                    bed.feedbackStore, java.time.Clock.systemUTC())),
            bed.executor,
            bed.acks,
            java.time.Clock.systemUTC());
    second.start();
    try {
      String body = SlackEvents.message("Ev-twice", TS, "<" + ARTICLE + ">");
      assertThat(bed.postEvent(body).statusCode()).isEqualTo(200);
      String ts = SlackTestBed.now();
      var request =
          java.net.http.HttpRequest.newBuilder(
                  java.net.URI.create("http://127.0.0.1:" + second.httpPort() + "/slack/events"))
              .header("Content-Type", "application/json")
              .header("X-Slack-Request-Timestamp", ts)
              .header(
                  "X-Slack-Signature",
                  new com.slack.api.app_backend.SlackSignature.Generator(SlackTestBed.SECRET)
                      .generate(ts, body))
              .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body))
              .build();
      assertThat(bed.http.send(request, HttpResponse.BodyHandlers.ofString()).statusCode())
          .isEqualTo(200);
      bed.api.await("chat.postMessage", 1);
      bed.drain();
      assertThat(bed.api.calls("chat.postMessage")).hasSize(1);
    } finally {
      second.stop();
    }
  }

  @Test
  void slack401_isNeverRetried() throws Exception {
    start();
    bed.api.failWith("chat.postMessage", 401);
    bed.postEvent(SlackEvents.message("Ev-401", TS, "<" + ARTICLE + ">"));
    bed.api.await("chat.postMessage", 1);
    bed.drain();
    assertThat(bed.api.calls("chat.postMessage")).hasSize(1);
  }

  @Test
  void define_userWithEnglishLocale_answersInEnglish() throws Exception {
    start();
    Summaries.korean(ARTICLE).glossary().forEach(bed.glossary::upsert);
    bed.api.userLocale("U0042", "en-US");
    bed.command("/define", "소버린AI", "U0042", bed.api.responseUrl("en"));
    Call answer = bed.api.await("response_url", 1).get(0);
    assertThat(answer.body()).contains("[from the article]", "Share in channel");

    bed.command("/define", "소버린AI", "U0001", bed.api.responseUrl("ko"));
    Call korean = bed.api.await("response_url", 2).get(1);
    assertThat(korean.body()).contains("[기사 제공]", "채널에 공유");
  }

  private void awaitLinkRecorded() throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
    while (bed.sharedLinks.all().isEmpty() && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertThat(bed.sharedLinks.all()).isNotEmpty();
    Thread.sleep(200); // the reply, if any, would follow the record on the same task
  }
}
