package io.gloss.slack;

import io.gloss.core.conversation.ChannelSettingsService;
import io.gloss.core.conversation.EventClaims;
import io.gloss.core.conversation.FeedbackService;
import io.gloss.core.conversation.RateLimiter;
import io.gloss.core.conversation.SharedLinksService;
import io.gloss.core.conversation.TeamDefineTermUseCase;
import io.gloss.core.conversation.TeamGlossaryService;
import io.gloss.core.conversation.TeamSummarizeArticleUseCase;
import io.gloss.core.domain.ChannelRef;
import io.gloss.core.domain.DefineResult;
import io.gloss.core.domain.RequestOrigin;
import io.gloss.core.glossary.DefineTermService;
import io.gloss.core.glossary.InMemoryGlossaryStore;
import io.gloss.core.port.in.DefineTermUseCase;
import io.gloss.core.port.in.SummarizeArticleUseCase;
import io.gloss.core.testing.InMemoryFeedbackStore;
import io.gloss.core.testing.InMemoryProcessedEvents;
import io.gloss.slack.fake.FakeSlackApi;
import io.gloss.slack.fake.FakeSummarizer;
import io.gloss.slack.fake.InMemoryChannelSettings;
import io.gloss.slack.fake.InMemorySharedLinkLog;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/** The real SlackBot (real Bolt app, real Slack client) against loopback fakes. */
final class SlackTestBed implements AutoCloseable {
  static final String SECRET = "test-signing-secret";
  static final String TEAM = "T0001";
  static final String CHANNEL = "C0001";
  static final String USER = "U0001";
  static final ChannelRef CHANNEL_REF = new ChannelRef("slack", TEAM, CHANNEL);

  final FakeSlackApi api;
  final FakeSummarizer summarizer = new FakeSummarizer();
  // The core's own in-memory glossary and /define service: "/define after the article" is real.
  final InMemoryGlossaryStore glossary = new InMemoryGlossaryStore();

  /** While set and closed, every /define lookup waits for it: a slow backend. */
  private volatile @Nullable CountDownLatch defineGate;

  // What the wiring gives the adapter: the core's use cases with the team layer on top.
  final DefineTermUseCase definer =
      slowable(new TeamDefineTermUseCase(new DefineTermService(glossary), glossary, glossary));
  final SummarizeArticleUseCase replies = new TeamSummarizeArticleUseCase(summarizer, glossary);
  final InMemoryChannelSettings channelSettings = new InMemoryChannelSettings();
  final InMemorySharedLinkLog sharedLinks = new InMemorySharedLinkLog();
  final InMemoryProcessedEvents processedEvents = new InMemoryProcessedEvents();
  final InMemoryFeedbackStore feedbackStore = new InMemoryFeedbackStore();
  final ExecutorService executor = Executors.newFixedThreadPool(4);

  /** The acknowledgement executor (👀 on a pasted link), as small as the wiring's. */
  final ExecutorService acks = Executors.newFixedThreadPool(2);

  final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  final SlackSettings settings;
  final SlackBot bot;

  private SlackTestBed(FakeSlackApi api, SlackSettings settings) {
    this(api, settings, null);
  }

  private SlackTestBed(
      FakeSlackApi api,
      SlackSettings settings,
      io.gloss.core.port.in.@org.jspecify.annotations.Nullable InstallationsUseCase installations) {
    this.api = api;
    this.settings = settings;
    this.bot =
        new SlackBot(
            settings,
            ports(
                settings,
                replies,
                definer,
                new ChannelSettingsService(channelSettings),
                new SharedLinksService(sharedLinks, Clock.systemUTC()),
                new EventClaims(processedEvents),
                new TeamGlossaryService(glossary),
                new FeedbackService(feedbackStore, Clock.systemUTC())),
            executor,
            acks,
            Clock.systemUTC(),
            installations);
  }

  /**
   * The ports as {@code gloss run} wires them: one rate limiter with this bot's limits for commands
   * and links, and the core's link rules with this bot's link cap.
   */
  /** Links read from one message, as the wiring reads them. */
  static final int CHAT_LINKS_READ = 100;

  static SlackPorts ports(
      SlackSettings settings,
      io.gloss.core.port.in.SummarizeArticleUseCase summarize,
      io.gloss.core.port.in.DefineTermUseCase define,
      io.gloss.core.port.in.ChannelSettingsUseCase channels,
      io.gloss.core.port.in.SharedLinksUseCase sharedLinks,
      io.gloss.core.port.in.EventClaimUseCase claims,
      io.gloss.core.port.in.TeamGlossaryUseCase teamGlossary,
      io.gloss.core.port.in.FeedbackUseCase feedback) {
    RateLimiter limiter = limiter(settings);
    return new SlackPorts(
        summarize,
        define,
        channels,
        sharedLinks,
        claims,
        teamGlossary,
        feedback,
        limiter,
        new io.gloss.core.conversation.LinkRepliesService(
            channels, limiter, summarize, settings.maxLinksPerMessage()),
        new io.gloss.core.url.LinkFinder(CHAT_LINKS_READ));
  }

  /** Makes /define lookups wait until the returned latch is opened. */
  CountDownLatch holdDefine() {
    CountDownLatch gate = new CountDownLatch(1);
    defineGate = gate;
    return gate;
  }

  private DefineTermUseCase slowable(DefineTermUseCase real) {
    return new DefineTermUseCase() {
      @Override
      public DefineResult define(String term) {
        awaitDefineGate();
        return real.define(term);
      }

      @Override
      public DefineResult define(String term, RequestOrigin origin) {
        awaitDefineGate();
        return real.define(term, origin);
      }

      @Override
      public List<String> autocomplete(String prefix, int limit) {
        return real.autocomplete(prefix, limit);
      }

      @Override
      public List<String> autocomplete(String prefix, int limit, RequestOrigin origin) {
        return real.autocomplete(prefix, limit, origin);
      }
    };
  }

  private void awaitDefineGate() {
    CountDownLatch gate = defineGate;
    if (gate == null) {
      return;
    }
    try {
      gate.await(20, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** The core's one rate limiter with this bot's configured limits (as the wiring builds it). */
  static RateLimiter limiter(SlackSettings settings) {
    return new RateLimiter(
        RateLimiter.Limits.of(
            settings.userRequestsPerMinute(), settings.channelRequestsPerMinute()),
        Clock.systemUTC(),
        io.gloss.core.port.out.Telemetry.NONE);
  }

  static SlackTestBed http(UnaryOperator<SlackSettings> tweak) throws Exception {
    SlackTestBed bed = httpNotStarted(tweak);
    bed.bot.start();
    return bed;
  }

  /** HTTP mode, the bot built but not started: for tests of the start itself. */
  static SlackTestBed httpNotStarted(UnaryOperator<SlackSettings> tweak) throws Exception {
    FakeSlackApi api = new FakeSlackApi();
    SlackSettings settings =
        tweak.apply(
            SlackSettings.httpMode("xoxb-0000000000-0000000000-testtoken", SECRET)
                .withApiUrl(api.apiUrl())
                .withPort(0));
    return new SlackTestBed(api, settings);
  }

  /**
   * HTTP mode with app distribution: no bot token; workspaces install through the OAuth flow and
   * their installations are kept by {@code installations}.
   */
  static SlackTestBed distributed(
      FakeSlackApi api,
      io.gloss.core.port.in.InstallationsUseCase installations,
      SlackDistribution distribution)
      throws Exception {
    SlackSettings settings =
        new SlackSettings(
                SlackSettings.Mode.HTTP,
                null,
                null,
                SECRET,
                api.apiUrl(),
                0,
                java.util.List.of(),
                SlackSettings.DEFAULT_MAX_LINKS,
                SlackSettings.DEFAULT_USER_PER_MINUTE,
                SlackSettings.DEFAULT_CHANNEL_PER_MINUTE)
            .withDistribution(distribution);
    SlackTestBed bed = new SlackTestBed(api, settings, installations);
    bed.bot.start();
    return bed;
  }

  /** A browser's GET on Gloss's HTTP server (the OAuth pages), with an optional cookie. */
  HttpResponse<String> browse(String pathAndQuery, @org.jspecify.annotations.Nullable String cookie)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + bot.httpPort() + pathAndQuery))
            .timeout(Duration.ofSeconds(10))
            .GET();
    if (cookie != null) {
      request.header("Cookie", cookie);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  static SlackTestBed socket(FakeSlackApi api) throws Exception {
    SlackTestBed bed = socketNotStarted(api);
    bed.bot.start();
    return bed;
  }

  /** Socket Mode, the bot built but not started: for tests of the start itself. */
  static SlackTestBed socketNotStarted(FakeSlackApi api) {
    SlackSettings settings =
        SlackSettings.socketMode(
                "xoxb-0000000000-0000000000-testtoken", "xapp-1-A0001-0000000000-testapptoken")
            .withApiUrl(api.apiUrl());
    return new SlackTestBed(api, settings);
  }

  String endpoint() {
    return "http://127.0.0.1:" + bot.httpPort() + SlackHttpHandler.PATH;
  }

  HttpResponse<String> postEvent(String json, Integer retryNum) throws Exception {
    return post("application/json", json, SECRET, now(), retryNum);
  }

  HttpResponse<String> postEvent(String json) throws Exception {
    return postEvent(json, null);
  }

  HttpResponse<String> command(String command, String text) throws Exception {
    return command(command, text, USER, api.responseUrl("cmd"));
  }

  HttpResponse<String> command(String command, String text, String user, String responseUrl)
      throws Exception {
    return command(command, text, user, responseUrl, TEAM);
  }

  /** A command from a workspace (the payload's {@code team_id}, as in shared channels). */
  HttpResponse<String> command(
      String command, String text, String user, String responseUrl, String team) throws Exception {
    return post(
        "application/x-www-form-urlencoded",
        SlackRequests.command(team, CHANNEL, user, command, text, responseUrl),
        SECRET,
        now(),
        null);
  }

  HttpResponse<String> interaction(String payloadJson) throws Exception {
    return post(
        "application/x-www-form-urlencoded",
        "payload=" + URLEncoder.encode(payloadJson, StandardCharsets.UTF_8),
        SECRET,
        now(),
        null);
  }

  HttpResponse<String> post(
      String contentType, String body, String secret, String timestamp, Integer retryNum)
      throws Exception {
    return SlackRequests.post(http, endpoint(), secret, contentType, body, timestamp, retryNum);
  }

  HttpResponse<String> postUnsigned(String body) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(endpoint()))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  static String now() {
    return SlackRequests.now();
  }

  static String encode(Map<String, String> form) {
    return SlackRequests.encode(form);
  }

  /**
   * Lets the executors finish what they started (no sleeps in assertions; a sync point): the
   * acknowledgements first, which hand their work over to the work executor.
   */
  void drain() throws InterruptedException {
    acks.shutdown();
    acks.awaitTermination(20, TimeUnit.SECONDS);
    executor.shutdown();
    executor.awaitTermination(20, TimeUnit.SECONDS);
  }

  @Override
  public void close() {
    bot.stop();
    acks.shutdownNow();
    executor.shutdownNow();
    api.close();
  }
}
