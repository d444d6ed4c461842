package io.gloss.discord;

import io.gloss.core.conversation.ChannelSettingsService;
import io.gloss.core.conversation.EventClaims;
import io.gloss.core.conversation.FeedbackService;
import io.gloss.core.conversation.RateLimiter;
import io.gloss.core.conversation.SharedLinksService;
import io.gloss.core.conversation.TeamGlossaryService;
import io.gloss.core.conversation.TeamSummarizeArticleUseCase;
import io.gloss.core.domain.ChannelRef;
import io.gloss.core.domain.ChannelSettings;
import io.gloss.core.domain.DefineResult;
import io.gloss.core.domain.FailureReason;
import io.gloss.core.domain.FetchedPage;
import io.gloss.core.domain.GlossaryEntry;
import io.gloss.core.domain.Provenance;
import io.gloss.core.domain.SharedLink;
import io.gloss.core.domain.SourceKind;
import io.gloss.core.domain.SummaryRequest;
import io.gloss.core.domain.SummaryResult;
import io.gloss.core.domain.TermKey;
import io.gloss.core.glossary.InMemoryGlossaryStore;
import io.gloss.core.port.in.DefineTermUseCase;
import io.gloss.core.port.in.SummarizeArticleUseCase;
import io.gloss.core.port.out.ChannelSettingsStore;
import io.gloss.core.port.out.SharedLinkLog;
import io.gloss.core.testing.InMemoryFeedbackStore;
import io.gloss.core.testing.InMemoryProcessedEvents;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** In-memory fakes of the core ports the Discord adapter uses. */
final class InMemoryPorts {

  final List<SummaryRequest> summarizeRequests = new CopyOnWriteArrayList<>();

  /** The logging context (MDC) each URL was summarized in. */
  final Map<String, Map<String, String>> logContexts = new ConcurrentHashMap<>();

  final List<SharedLink> sharedLinks = new CopyOnWriteArrayList<>();
  final Map<ChannelRef, ChannelSettings> settings = new ConcurrentHashMap<>();

  /** URLs containing "slow" wait here, like a language model taking its time. */
  final CountDownLatch slowGate = new CountDownLatch(1);

  /** URLs containing "glacial" wait here. */
  final CountDownLatch glacialGate = new CountDownLatch(1);

  /** URLs containing "/held/" wait here: fetches that keep the work executor busy. */
  final CountDownLatch heldGate = new CountDownLatch(1);

  /** Summaries for any URL; URLs containing "paywall" fail as paywalled. */
  final SummarizeArticleUseCase summarize =
      new SummarizeArticleUseCase() {
        @Override
        public SummaryResult summarize(SummaryRequest request) {
          summarizeRequests.add(request);
          Map<String, String> context = org.slf4j.MDC.getCopyOfContextMap();
          logContexts.put(request.url(), context == null ? Map.of() : context);
          if (request.url().contains("slow") || request.url().contains("glacial")) {
            await(request.url().contains("slow") ? slowGate : glacialGate);
          } else if (request.url().contains("/held/")) {
            await(heldGate);
          }
          if (request.url().contains("paywall")) {
            return new SummaryResult.Failure(request.url(), FailureReason.PAYWALL, "test");
          }
          return new SummaryResult.Success(
              Summaries.summary(
                  "정부, 소버린AI 전략 발표 @everyone",
                  List.of("정부가 <@&123> 소버린 AI 전략을 발표했다.", "국산 모델을 키운다."),
                  List.of(Summaries.entry("소버린 AI", "한 나라가 스스로 운영하는 AI."))),
              false);
        }

        @Override
        public SummaryResult summarizePage(FetchedPage page, SummaryRequest request) {
          return summarize(request);
        }
      };

  /** Knows 소버린 AI; autocomplete offers more terms than Discord allows. */
  final DefineTermUseCase define =
      new DefineTermUseCase() {
        @Override
        public DefineResult define(String term) {
          if (TermKey.of(term).equals(TermKey.of("소버린 AI"))) {
            return new DefineResult.Found(
                new GlossaryEntry(
                    "소버린 AI",
                    List.of("sovereign AI"),
                    "특정 국가가 외부 의존 없이 독자적으로 개발·운영하는 AI.",
                    "ko",
                    new Provenance(SourceKind.ARTICLE_BOX, "가상일보", Summaries.URL, "기사 제목", null)),
                List.of(),
                List.of());
          }
          return new DefineResult.NotFound(term, List.of("소버린 AI"));
        }

        @Override
        public List<String> autocomplete(String prefix, int limit) {
          List<String> terms = new ArrayList<>();
          for (int i = 0; i < 40; i++) {
            terms.add(prefix + " 용어 " + i);
          }
          return terms;
        }
      };

  final ChannelSettingsStore channelSettings =
      new ChannelSettingsStore() {
        @Override
        public ChannelSettings get(ChannelRef channel) {
          return settings.getOrDefault(channel, ChannelSettings.defaults(channel));
        }

        @Override
        public void put(ChannelSettings value) {
          settings.put(value.channel(), value);
        }
      };

  final SharedLinkLog sharedLinkLog =
      new SharedLinkLog() {
        @Override
        public void record(SharedLink link) {
          sharedLinks.add(link);
        }

        @Override
        public void updateEngagement(
            ChannelRef channel, String messageRef, int reactions, int replies) {}

        @Override
        public List<SharedLink> since(ChannelRef channel, Instant since) {
          return List.copyOf(sharedLinks);
        }
      };

  final InMemoryProcessedEvents processedEvents = new InMemoryProcessedEvents();

  /** The core's own team glossary and feedback services over in-memory stores. */
  final InMemoryGlossaryStore glossaryStore = new InMemoryGlossaryStore();

  final InMemoryFeedbackStore feedbackStore = new InMemoryFeedbackStore();

  DiscordPorts ports() {
    return ports(DiscordSettings.of("fake.token.value"), java.time.Clock.systemUTC());
  }

  /** The core use cases as the wiring builds them, with the bot's configured rate limits. */
  DiscordPorts ports(DiscordSettings settings, java.time.Clock clock) {
    return ports(settings, clock, summarize);
  }

  /** As {@link #ports(DiscordSettings, java.time.Clock)}, with another shared summarizer. */
  DiscordPorts ports(
      DiscordSettings settings, java.time.Clock clock, SummarizeArticleUseCase summarizer) {
    return withLinkRules(
        new TeamSummarizeArticleUseCase(summarizer, glossaryStore),
        define,
        new ChannelSettingsService(channelSettings),
        new SharedLinksService(sharedLinkLog, clock),
        new EventClaims(processedEvents),
        new TeamGlossaryService(glossaryStore),
        new FeedbackService(feedbackStore, clock),
        new RateLimiter(
            RateLimiter.Limits.of(settings.userLimitPerMinute(), settings.channelLimitPerMinute()),
            clock,
            io.gloss.core.port.out.Telemetry.NONE));
  }

  /** The ports as the wiring builds them: the core's link rules on the same limiter. */
  static DiscordPorts withLinkRules(
      SummarizeArticleUseCase summarize,
      io.gloss.core.port.in.DefineTermUseCase define,
      io.gloss.core.port.in.ChannelSettingsUseCase channels,
      io.gloss.core.port.in.SharedLinksUseCase sharedLinks,
      io.gloss.core.port.in.EventClaimUseCase claims,
      io.gloss.core.port.in.TeamGlossaryUseCase teamGlossary,
      io.gloss.core.port.in.FeedbackUseCase feedback,
      io.gloss.core.port.in.RateLimitUseCase limiter) {
    return new DiscordPorts(
        summarize,
        define,
        channels,
        sharedLinks,
        claims,
        teamGlossary,
        feedback,
        limiter,
        new io.gloss.core.conversation.LinkRepliesService(
            channels,
            limiter,
            summarize,
            io.gloss.core.conversation.LinkRepliesService.DEFAULT_MAX_LINKS),
        new io.gloss.core.url.LinkFinder(100));
  }

  private static void await(CountDownLatch gate) {
    try {
      gate.await(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
