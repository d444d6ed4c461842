package io.gloss.config.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import io.gloss.config.InProcessGloss;
import io.gloss.config.cli.NewsSite;
import io.gloss.config.scenarios.ChatDriver.Answer;
import io.gloss.config.scenarios.ChatDriver.Emoji;
import io.gloss.config.scenarios.ChatDriver.Place;
import io.gloss.config.scenarios.ChatDriver.Posted;
import io.gloss.config.scenarios.ChatDriver.Reply;
import io.gloss.core.store.RestartablePostgres;
import io.gloss.core.store.StoreSettings;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * One conversation, the same on every chat platform: these scenarios are written once and run
 * against each adapter by a subclass that supplies its {@link ChatDriver}. Gloss runs in-process as
 * {@code gloss run} does (the real wiring, core use cases and store), on an embedded PostgreSQL
 * that the outage scenario stops and starts again, reading articles from a loopback news site that
 * serves our own example page. Where the platforms differ by design the driver says so ({@link
 * ChatDriver#pointsRepostsToEarlierThread()}, {@link ChatDriver#tellsRateLimitWithReaction()}) and
 * the scenario says why.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ConversationScenarios {
  /** Pasted links one member gets answered per minute (both platforms' setting). */
  static final int LINKS_PER_USER = 3;

  /** Slack retries a request not acknowledged within 3 s; Discord drops such an interaction. */
  static final Duration ACK_DEADLINE = Duration.ofSeconds(3);

  private static final Duration WAIT = Duration.ofSeconds(20);

  /** In the example article's headline, and explained by its 용어설명 box. */
  static final String KEY_TERM = "해상풍력";

  /** A term of the article's box, and the article's own explanation of it. */
  static final String BOX_TERM = "이익공유제";

  static final String BOX_EXPLANATION = "수익의 일부를 주변 지역 주민에게";

  /** The honest opening when a page gives no article (core's catalogue, both platforms). */
  static final String NOT_READ = "본문을 가져오지 못했습니다";

  static final String STORE_DOWN = "저장소에 연결할 수 없어";

  private static final int ARTICLES = 64;

  /** Links pasted at once, each by another member (within their own rate limit). */
  static final int BURST = 20;

  /** How long the news site holds the burst's fetches at most while 👀 is awaited. */
  private static final Duration HELD = Duration.ofSeconds(5);

  @TempDir static Path dataDir;

  private RestartablePostgres postgres;
  private NewsSite site;
  private InProcessGloss gloss;
  private ChatDriver chat;
  private int nextArticle;

  /** Starts the platform's loopback fake. */
  abstract ChatDriver driver() throws Exception;

  @BeforeAll
  void start() throws Exception {
    postgres = RestartablePostgres.start();
    site = new NewsSite(pages());
    chat = driver();
    StoreSettings store = postgres.settings();
    Map<String, String> env = new HashMap<>(chat.env(LINKS_PER_USER));
    env.put("GLOSS_DATA_DIR", dataDir.toString());
    env.put("GLOSS_DB_URL", store.jdbcUrl());
    env.put("GLOSS_DB_USER", store.user());
    env.put("GLOSS_DB_PASSWORD", store.password());
    env.put("GLOSS_DB_RATE_LIMIT_TIMEOUT", "500ms");
    env.put("GLOSS_FETCH_ALLOW_HOSTS", "127.0.0.1");
    env.put("GLOSS_FETCH_ALLOWED_PORTS", "80,443," + site.port());
    long started = System.nanoTime();
    gloss = InProcessGloss.start(env);
    chat.started(gloss);
    System.out.printf("gloss run started in %d ms%n", (System.nanoTime() - started) / 1_000_000);
  }

  @AfterAll
  void stop() throws Exception {
    if (gloss != null) {
      gloss.close();
    }
    if (chat != null) {
      chat.close();
    }
    if (site != null) {
      site.close();
    }
    if (postgres != null) {
      postgres.close();
    }
  }

  @BeforeEach
  void freshChannel() {
    chat.newChannel();
  }

  /** Forty copies of the example article, each its own article; a PDF; nothing at /gone. */
  private static Map<String, NewsSite.Page> pages() throws Exception {
    Map<String, NewsSite.Page> pages = new HashMap<>();
    for (int i = 0; i < ARTICLES; i++) {
      String path = path(i);
      pages.put(path, NewsSite.example("http://127.0.0.1" + path));
    }
    pages.put(
        "/files/report.pdf",
        new NewsSite.Page(
            "application/pdf", "%PDF-1.4\n% a report\n".getBytes(StandardCharsets.US_ASCII)));
    return pages;
  }

  /** Article paths are distinct as substrings too ({@code /news/07} is not in {@code /news/17}). */
  private static String path(int article) {
    return String.format("/news/%02d", article);
  }

  /** The URL of an article no scenario pasted yet. */
  private String newArticle() {
    return site.url(path(nextArticle++));
  }

  private static String pathOf(String url) {
    return url.substring(url.indexOf("/news/"));
  }

  private int fetches(String url) {
    return site.hits(pathOf(url));
  }

  // ---- the scenarios ----

  @Test
  void pastedLink_isAnsweredOnceInItsThread_aRepostFromTheCache() throws Exception {
    String url = newArticle();
    Posted message = chat.paste(chat.newUser(), "오늘 읽어볼 기사 " + url);

    awaitReplies(message, 1);
    chat.settle();
    assertAnsweredOnceInThread(message, KEY_TERM, pathOf(url), BOX_TERM);
    assertAckedInTime(message);

    // Someone pastes the same article again, with a tracking parameter, in another message.
    Posted again = chat.paste(chat.newUser(), "이거 보셨어요? " + url + "?utm_source=share");
    List<Reply> second = awaitReplies(again, 1);
    if (chat.pointsRepostsToEarlierThread()) {
      // Discord: one thread per article in a channel; the repost gets a pointer to it.
      assertThat(second)
          .singleElement()
          .satisfies(
              reply -> {
                assertThat(reply.place()).isEqualTo(Place.CHANNEL);
                assertThat(reply.content()).contains("이미 요약했습니다", "<#" + message.id() + ">");
              });
    } else {
      // Slack: threads belong to messages; the repost is answered in its own thread.
      assertAnsweredOnceInThread(again, KEY_TERM, pathOf(url));
    }
    assertThat(fetches(url)).as("the repost is answered from the cache").isEqualTo(1);
  }

  /**
   * A burst of pasted links while the news site holds every fetch: each message gets 👀 at once,
   * not when a worker is free (every worker waits for a page). Prints the time from the delivery of
   * each message to its 👀 reaching the platform (a figure, not an assertion).
   */
  @Test
  void burstOfPastedLinks_whileEveryFetchIsHeld_eachGetsEyesBeforeAnyPageIsServed()
      throws Exception {
    // A running bot: one link answered first, so that the figures are not a cold JVM's.
    awaitReplies(chat.paste(chat.newUser(), newArticle()), 1);
    List<String> urls = new ArrayList<>();
    for (int i = 0; i < BURST; i++) {
      urls.add(newArticle());
    }
    List<Posted> burst;
    long eyesWhileHeld;
    int answersWhileHeld;
    site.hold();
    try {
      burst = pasteAtOnce(urls);
      eyesWhileHeld =
          await(() -> burst.stream().filter(m -> chat.working(m).isPresent()).count(), BURST, HELD);
      answersWhileHeld = burst.stream().mapToInt(m -> chat.replies(m).size()).sum();
    } finally {
      site.release();
    }
    for (Posted message : burst) {
      awaitReplies(message, 1);
    }
    printEyesLatency(burst);

    assertThat(answersWhileHeld).as("no page was served while 👀 was awaited").isZero();
    assertThat(eyesWhileHeld).as("👀 on every message while every fetch is held").isEqualTo(BURST);
    for (Posted message : burst) {
      assertAnsweredOnceInThread(message, KEY_TERM);
    }
  }

  /** Each URL pasted by another member, all at the same moment (concurrent deliveries). */
  private List<Posted> pasteAtOnce(List<String> urls) throws Exception {
    ExecutorService senders = Executors.newFixedThreadPool(urls.size());
    try {
      CountDownLatch go = new CountDownLatch(1);
      List<Future<Posted>> sent = new ArrayList<>();
      for (String url : urls) {
        String user = chat.newUser();
        sent.add(
            senders.submit(
                () -> {
                  go.await();
                  return chat.paste(user, "속보 " + url);
                }));
      }
      go.countDown();
      List<Posted> posted = new ArrayList<>();
      for (Future<Posted> message : sent) {
        posted.add(message.get(WAIT.toSeconds(), TimeUnit.SECONDS));
      }
      return posted;
    } finally {
      senders.shutdownNow();
    }
  }

  private void printEyesLatency(List<Posted> burst) {
    long[] millis =
        burst.stream()
            .mapToLong(m -> (chat.working(m).orElseThrow() - m.delivered()) / 1_000_000)
            .sorted()
            .toArray();
    System.out.printf(
        "%s: 👀 on %d links pasted at once, fetches held: delivery -> reaction at the platform"
            + " p50 %d ms, p99 %d ms, max %d ms%n",
        chat.getClass().getSimpleName(),
        millis.length,
        percentile(millis, 0.50),
        percentile(millis, 0.99),
        millis[millis.length - 1]);
    long[] acks =
        burst.stream()
            .flatMap(m -> m.ack().stream())
            .mapToLong(Duration::toMillis)
            .sorted()
            .toArray();
    if (acks.length > 0) {
      System.out.printf(
          "%s: of which the platform waited for the delivery's acknowledgement p50 %d ms, p99 %d"
              + " ms%n",
          chat.getClass().getSimpleName(), percentile(acks, 0.50), percentile(acks, 0.99));
    }
  }

  /** Nearest-rank percentile of sorted values. */
  private static long percentile(long[] sorted, double p) {
    return sorted[Math.max(0, (int) Math.ceil(p * sorted.length) - 1)];
  }

  @Test
  void redelivery_whileAnsweringAndAfterwards_isNotAnsweredAgain() throws Exception {
    String url = newArticle();
    Posted message = chat.paste(chat.newUser(), url);
    chat.redeliver(message); // while the first delivery is being answered
    awaitReplies(message, 1);
    chat.redeliver(message); // once it is answered
    chat.redeliver(message);
    chat.settle();

    assertThat(chat.replies(message)).hasSize(1);
    assertThat(fetches(url)).isEqualTo(1);
  }

  @Test
  void newspaperReaction_inReactionMode_answersThatMessageOnce() throws Exception {
    Answer mode = chat.settings(chat.newUser(), "auto", "reaction");
    assertThat(mode.onlyAsker()).isTrue();
    assertThat(mode.text()).contains("reaction");
    Posted message = chat.paste(chat.newUser(), "링크만 " + newArticle());
    chat.react(message, chat.newUser(), Emoji.THUMBS_UP);
    chat.settle();
    assertThat(chat.replies(message)).as("not answered until someone asks with 📰").isEmpty();

    // On both platforms the reaction event carries ids only: Gloss finds the message's links in
    // its shared-link log (Slack) or reads the message (Discord: Message Content intent).
    chat.react(message, chat.newUser(), Emoji.NEWSPAPER);
    awaitReplies(message, 1);
    chat.react(message, chat.newUser(), Emoji.NEWSPAPER); // a second reader asks too
    chat.settle();

    assertAnsweredOnceInThread(message, KEY_TERM);
  }

  @Test
  void messageWithFiveLinks_firstThreeAnswered_theReaderToldTwoWereSkipped() throws Exception {
    List<String> urls = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      urls.add(newArticle());
    }
    Posted message = chat.paste(chat.newUser(), "오늘 기사 모음 " + String.join(" ", urls));

    // Slack packs the summaries into one message (Block Kit); Discord posts one embed message
    // per article in the thread. Either way: three articles, and a word about the other two.
    await(
        () -> all(chat.replies(message)),
        text -> urls.subList(0, 3).stream().allMatch(url -> text.contains(pathOf(url))));
    chat.settle();
    String shown = all(chat.replies(message));
    assertThat(chat.replies(message)).extracting(Reply::place).containsOnly(Place.THREAD);
    assertThat(shown)
        .contains(pathOf(urls.get(0)), pathOf(urls.get(1)), pathOf(urls.get(2)))
        .doesNotContain(pathOf(urls.get(3)), pathOf(urls.get(4)))
        .contains("2개 생략");
    assertThat(fetches(urls.get(3)) + fetches(urls.get(4))).isZero();
  }

  @Test
  void rateLimit_oneMemberPastesFourLinksInAMinute_threeAnswered_andToldAboutTheFourth()
      throws Exception {
    String member = chat.newUser();
    List<Posted> messages = new ArrayList<>();
    for (int i = 0; i <= LINKS_PER_USER; i++) {
      messages.add(chat.paste(member, newArticle()));
    }
    // The four are answered concurrently: any one of them may be the one over the limit.
    await(
        () -> messages.stream().filter(m -> answeredOrLimited(m)).count(),
        done -> done == messages.size());
    chat.settle();

    List<Posted> answered = messages.stream().filter(m -> !chat.replies(m).isEmpty()).toList();
    List<Posted> limited =
        messages.stream().filter(m -> chat.rateLimitNotice(m).isPresent()).toList();
    assertThat(answered).hasSize(LINKS_PER_USER);
    assertThat(limited).singleElement().isNotIn(answered);
    String notice = chat.rateLimitNotice(limited.get(0)).orElseThrow();
    if (chat.tellsRateLimitWithReaction()) {
      assertThat(notice).isEqualTo("⏳"); // Discord: no whisper outside an interaction
    } else {
      assertThat(notice).contains("요청이 너무 많습니다"); // Slack: an ephemeral message to the author
    }

    // Another member of the channel has a budget of their own.
    Posted other = chat.paste(chat.newUser(), newArticle());
    assertThat(awaitReplies(other, 1)).hasSize(1);
  }

  @Test
  void storeDown_cachedArticleStillAnswered_commandsAckedInTimeAndSaySo_thenRecovers()
      throws Exception {
    String url = newArticle();
    awaitReplies(chat.paste(chat.newUser(), url), 1);

    postgres.stop();
    Answer afterwards;
    try {
      // Another channel: Discord would point a repost in the first one to its thread.
      chat.newChannel();
      Posted again = chat.paste(chat.newUser(), "다시 " + url);
      assertThat(awaitReplies(again, 1))
          .singleElement()
          .satisfies(reply -> assertThat(reply.content()).contains(KEY_TERM, pathOf(url)));
      assertAckedInTime(again);

      Answer settings = chat.settings(chat.newUser(), "auto", "reaction");
      assertThat(settings.ack()).isLessThan(ACK_DEADLINE);
      assertThat(settings.onlyAsker()).isTrue();
      assertThat(settings.text()).contains(STORE_DOWN);
      Answer define = chat.define(chat.newUser(), KEY_TERM);
      assertThat(define.ack()).isLessThan(ACK_DEADLINE);
      assertThat(define.text()).contains(STORE_DOWN);
    } finally {
      postgres.restart();
      afterwards = awaitStoreBack();
    }

    assertThat(afterwards.text()).as("recovered by itself").doesNotContain(STORE_DOWN);
    assertThat(afterwards.text()).contains("reaction");
    assertThat(fetches(url)).as("answered from the cache while the store was down").isEqualTo(1);
  }

  /** Gloss reconnects by itself: a settings change goes through again (within a minute). */
  private Answer awaitStoreBack() throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    Answer change = chat.settings(chat.newUser(), "auto", "reaction");
    while (change.text().contains(STORE_DOWN) && System.nanoTime() < deadline) {
      Thread.sleep(500);
      change = chat.settings(chat.newUser(), "auto", "reaction");
    }
    return change;
  }

  @Test
  void notAnArticle_aPdfAndAMissingPage_getAnHonestShortAnswer_neverASummary() throws Exception {
    Posted pdf = chat.paste(chat.newUser(), "보고서 " + site.url("/files/report.pdf"));
    Posted gone = chat.paste(chat.newUser(), "지워진 기사 " + site.url("/gone/1"));

    awaitReplies(pdf, 1);
    awaitReplies(gone, 1);
    chat.settle();

    assertAnsweredOnceInThread(pdf, NOT_READ, "기사 페이지가 아닙니다");
    assertAnsweredOnceInThread(gone, NOT_READ, "페이지를 찾을 수 없습니다");
    assertThat(all(chat.replies(pdf)) + all(chat.replies(gone))).doesNotContain(KEY_TERM);
  }

  @Test
  void define_withATeamOverride_teamExplanationWinsInDefineAndTheNextReply() throws Exception {
    String url = newArticle();
    awaitReplies(chat.paste(chat.newUser(), url), 1);
    String admin = chat.newUser();
    String reader = chat.newUser();
    String ours = "우리 팀에서는 풍력 단지 수익을 주민 펀드로 나누는 사업을 말함";

    Answer before = chat.define(reader, BOX_TERM);
    assertThat(before.text()).contains(BOX_TERM).doesNotContain("팀 용어집");

    Answer saved = chat.setTeamTerm(admin, BOX_TERM, ours);
    assertThat(saved.onlyAsker()).isTrue();
    assertThat(saved.text()).contains(BOX_TERM);

    Answer after = chat.define(reader, BOX_TERM);
    assertThat(after.text()).contains(ours, "팀 용어집").doesNotContain("team:");

    // The next reply to the article (cached, and in another channel because Discord would point
    // a repost to the first thread) shows the team's explanation instead of the article's.
    chat.newChannel();
    Posted again = chat.paste(chat.newUser(), url);
    assertThat(awaitReplies(again, 1))
        .singleElement()
        .satisfies(
            reply ->
                assertThat(reply.content())
                    .contains(ours, "팀 용어집")
                    .doesNotContain(BOX_EXPLANATION));
    assertThat(fetches(url)).isEqualTo(1);

    // A lookup is answered to the asker only, as every other command answer is (Slack adds a
    // button to share it in the channel). No platform reason to differ: Discord has ephemeral
    // interaction replies. Discord answers /define publicly today (reported on #11).
    assertThat(before.onlyAsker()).as("/define is answered to the asker only").isTrue();
  }

  @Test
  void settings_offThenLinksInEnglish_eachChangeShownToTheAskerAndApplied() throws Exception {
    String admin = chat.newUser();
    Answer off = chat.settings(admin, "auto", "off");
    assertThat(off.onlyAsker()).isTrue();
    assertThat(off.text()).contains("off");
    Posted unanswered = chat.paste(chat.newUser(), newArticle());
    chat.settle();
    assertThat(chat.replies(unanswered)).isEmpty();

    Answer english = chat.settings(admin, "auto", "links", "lang", "en", "length", "short");
    assertThat(english.onlyAsker()).isTrue();
    assertThat(english.text()).contains("links", "en", "short");
    Posted answered = chat.paste(chat.newUser(), newArticle());
    // English words around the article's own text (the offline summarizer does not translate and
    // says so), and the short style: one bullet.
    assertThat(awaitReplies(answered, 1))
        .singleElement()
        .satisfies(
            reply -> {
              assertThat(reply.content())
                  .contains(KEY_TERM, "min read", "from the article", "Translation needs")
                  .doesNotContain("분 분량", "기사 제공");
              assertThat(reply.content().split("• ", -1)).hasSize(2);
            });

    Answer invalid = chat.settings(admin, "auto", "sometimes");
    assertThat(invalid.onlyAsker()).isTrue();
    assertThat(invalid.text()).contains("auto", "sometimes");
    Posted still = chat.paste(chat.newUser(), newArticle());
    assertThat(awaitReplies(still, 1)).as("the invalid value changed nothing").hasSize(1);
  }

  // ---- helpers ----

  /** Exactly one answer, in the message's thread, showing all of {@code shown}. */
  private void assertAnsweredOnceInThread(Posted message, String... shown) {
    assertThat(chat.replies(message))
        .singleElement()
        .satisfies(
            reply -> {
              assertThat(reply.place()).isEqualTo(Place.THREAD);
              assertThat(reply.content()).contains(shown);
            });
  }

  private boolean answeredOrLimited(Posted message) {
    return !chat.replies(message).isEmpty() || chat.rateLimitNotice(message).isPresent();
  }

  private void assertAckedInTime(Posted message) {
    message.ack().ifPresent(ack -> assertThat(ack).isLessThan(ACK_DEADLINE));
  }

  private List<Reply> awaitReplies(Posted message, int count) throws Exception {
    return await(() -> chat.replies(message), replies -> replies.size() >= count);
  }

  private static String all(List<Reply> replies) {
    return replies.stream().map(Reply::content).collect(Collectors.joining("\n"));
  }

  private static <T> T await(Callable<T> value, Predicate<T> done) throws Exception {
    return await(value, done, WAIT);
  }

  /**
   * Waits until {@code count} is {@code wanted}, at most {@code timeout}; returns the last count.
   */
  private static long await(Callable<Long> count, long wanted, Duration timeout) throws Exception {
    return await(count, n -> n == wanted, timeout);
  }

  private static <T> T await(Callable<T> value, Predicate<T> done, Duration timeout)
      throws Exception {
    long deadline = System.nanoTime() + timeout.toNanos();
    T current = value.call();
    while (!done.test(current) && System.nanoTime() < deadline) {
      Thread.sleep(20);
      current = value.call();
    }
    return current;
  }
}
