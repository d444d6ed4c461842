package io.gloss.config;

import com.github.benmanes.caffeine.cache.Ticker;
import io.gloss.config.ops.Instruments;
import io.gloss.config.ops.LogContext;
import io.gloss.config.settings.ConfigKeys;
import io.gloss.config.settings.Settings;
import io.gloss.core.cache.CachingSummarizeArticleUseCase;
import io.gloss.core.cache.SharedWork;
import io.gloss.core.cache.SummaryCacheSettings;
import io.gloss.core.conversation.ChannelSettingsService;
import io.gloss.core.conversation.EventClaims;
import io.gloss.core.conversation.FeedbackService;
import io.gloss.core.conversation.SharedLinksService;
import io.gloss.core.conversation.TeamDefineTermUseCase;
import io.gloss.core.conversation.TeamGlossaryService;
import io.gloss.core.conversation.TeamSummarizeArticleUseCase;
import io.gloss.core.domain.ArticleUnavailableException;
import io.gloss.core.domain.FailureReason;
import io.gloss.core.extract.BoundedArticleExtractor;
import io.gloss.core.extract.ExtractionSettings;
import io.gloss.core.extract.JsoupArticleExtractor;
import io.gloss.core.fetch.FetchSettings;
import io.gloss.core.glossary.BuiltinGlossary;
import io.gloss.core.glossary.DefineTermService;
import io.gloss.core.port.in.DefineTermUseCase;
import io.gloss.core.port.in.SummarizeArticleUseCase;
import io.gloss.core.port.out.ChannelSettingsStore;
import io.gloss.core.port.out.FeedbackStore;
import io.gloss.core.port.out.GlossaryStore;
import io.gloss.core.port.out.ProcessedEvents;
import io.gloss.core.port.out.SharedLinkLog;
import io.gloss.core.port.out.TeamGlossaryStore;
import io.gloss.core.port.out.TermDefiner;
import io.gloss.core.service.ExtractArticleService;
import io.gloss.core.service.SummarizeArticleService;
import io.gloss.core.store.BoundedStore;
import io.gloss.core.store.Database;
import io.gloss.core.store.JdbcArticleStore;
import io.gloss.core.store.JdbcChannelSettingsStore;
import io.gloss.core.store.JdbcFeedbackStore;
import io.gloss.core.store.JdbcGlossaryStore;
import io.gloss.core.store.JdbcProcessedEvents;
import io.gloss.core.store.JdbcSharedLinkLog;
import io.gloss.core.store.JdbcWorkLeases;
import io.gloss.core.store.StoreSettings;
import io.gloss.core.summary.ExtractiveSummarizer;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The composition root: builds the whole object graph from validated settings, in one visible
 * place. No other class knows every concrete type.
 */
public final class Wiring {
  private Wiring() {}

  public static GlossApp build(Settings settings) {
    return build(settings, Instruments.NONE);
  }

  /** Builds the graph; {@code instruments} wraps the ports metrics time and sees the counters. */
  public static GlossApp build(Settings settings, Instruments instruments) {
    return build(settings, instruments, openStore(settings));
  }

  /**
   * Starts opening (and migrating) the store on a thread of its own, for {@link #build(Settings,
   * Instruments, CompletableFuture)}: the other parts of a cold start do not need it meanwhile.
   */
  public static CompletableFuture<Database> openStore(Settings settings) {
    return CompletableFuture.supplyAsync(
        () -> Database.open(storeSettings(settings)),
        task -> daemonThreads("gloss-store-open").newThread(task).start());
  }

  /**
   * Builds the graph on the store being opened by {@link #openStore}; closes that store when the
   * graph cannot be built.
   */
  public static GlossApp build(
      Settings settings, Instruments instruments, CompletableFuture<Database> opening) {
    Clock clock = Clock.systemUTC();
    List<AutoCloseable> resources = new ArrayList<>();
    // Fetching and extraction do not need the store: made while it opens.
    PageExtraction pages;
    try {
      pages = PageExtraction.of(settings);
    } catch (RuntimeException | Error e) {
      opening.thenAccept(Database::close);
      throw e;
    }
    Database database;
    try {
      database = opened(opening);
    } catch (RuntimeException | Error e) {
      pages.close();
      throw e;
    }
    resources.add(database);
    resources.add(pages);
    JdbcGlossaryStore glossary = new JdbcGlossaryStore(database, clock);
    ExtractArticleService articles =
        new ExtractArticleService(
            instruments.fetcher(pages.fetcher()), instruments.extractor(pages.extractor()));

    ReplyPipeline text = ReplyPipeline.of(glossary, extractiveSettings(settings));
    SummarizerChoice summarizer =
        LlmWiring.summarizer(settings, text.extractive(), database, clock);
    summarizer.resources().forEach(resources::add);
    summarizer.client().ifPresent(instruments::llm);
    SummarizeArticleService pipeline = text.replies(articles, summarizer.summarizer(), clock);
    ExecutorService loads = Executors.newCachedThreadPool(daemonThreads("gloss-summary"));
    resources.add(loads::shutdownNow);
    CachingSummarizeArticleUseCase summarize =
        new CachingSummarizeArticleUseCase(
            articles,
            pipeline,
            new JdbcArticleStore(database, clock),
            cacheSettings(settings, summarizer.engine()),
            clock,
            Ticker.systemTicker(),
            LogContext.carrying(runsAfterShutdown(loads)),
            sharedWork(database, clock));
    instruments.cache(summarize);
    TermDefiner definer = summarizer.definer();
    // The store calls of the conversation use cases are bounded (1.5 s, then fail fast for 5 s and
    // retry): a store outage never delays a platform's ack, links are still answered, and the use
    // cases say StoreUnavailableException where they need the store. The adapters only see port.in.
    BoundedStore bounded = new BoundedStore("chat");
    resources.add(bounded);
    GlossaryStore boundedGlossary = bounded.wrap(GlossaryStore.class, glossary);
    TeamGlossaryStore boundedTeam = bounded.wrap(TeamGlossaryStore.class, glossary);
    // The shared (cached) results get each workspace's team glossary when the reply is composed.
    DefineTermUseCase define =
        new TeamDefineTermUseCase(
            new DefineTermService(boundedGlossary, definer, clock, BuiltinGlossary::shared),
            boundedTeam,
            boundedGlossary);
    SummarizeArticleUseCase replies = new TeamSummarizeArticleUseCase(summarize, boundedTeam);
    GlossApp.Stores stores =
        new GlossApp.Stores(
            database,
            glossary,
            glossary,
            new JdbcChannelSettingsStore(database, clock),
            new JdbcSharedLinkLog(database));
    GlossApp.Conversation conversation =
        new GlossApp.Conversation(
            // One claim lifetime for every platform: store.processed-events retention (1 day);
            // the lease is how long a claimer that died blocks the platform's retries.
            new EventClaims(
                bounded.wrap(ProcessedEvents.class, new JdbcProcessedEvents(database, clock)),
                settings.duration(ConfigKeys.CONVERSATION_CLAIM_LEASE),
                database.settings().processedEventsTtl()),
            new TeamGlossaryService(boundedTeam),
            new FeedbackService(
                bounded.wrap(FeedbackStore.class, new JdbcFeedbackStore(database)), clock),
            new ChannelSettingsService(bounded.wrap(ChannelSettingsStore.class, stores.channels())),
            new SharedLinksService(bounded.wrap(SharedLinkLog.class, stores.links()), clock));
    return new GlossApp(
        replies,
        articles,
        define,
        stores,
        conversation,
        resources,
        new Warmup(articles, text.analyzer()));
  }

  /** The opened store, or the failure to open it as {@link Database#open} throws it. */
  private static Database opened(CompletableFuture<Database> opening) {
    try {
      return opening.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException failure) {
        throw failure;
      }
      if (e.getCause() instanceof Error failure) {
        throw failure;
      }
      throw e;
    }
  }

  /**
   * On PostgreSQL, instances share one fetch per URL and one summary per variant through leases in
   * the store; SQLite serves one process, whose cache already shares one load per key.
   */
  static SharedWork sharedWork(Database database, Clock clock) {
    return database.dialect() == Database.Dialect.POSTGRESQL
        ? SharedWork.shared(new JdbcWorkLeases(database, clock), SharedWork.Settings.DEFAULTS)
        : SharedWork.local();
  }

  static StoreSettings storeSettings(Settings settings) {
    StoreSettings base =
        settings
            .optional(ConfigKeys.DB_URL)
            .map(
                url ->
                    StoreSettings.postgres(
                        url,
                        settings.optional(ConfigKeys.DB_USER).orElse(null),
                        settings.optional(ConfigKeys.DB_PASSWORD).orElse(null)))
            .orElseGet(() -> StoreSettings.sqlite(settings.dataDir()));
    return new StoreSettings(
        settings.dataDir(),
        base.jdbcUrl(),
        base.user(),
        base.password(),
        settings.integer(ConfigKeys.DB_POOL_SIZE),
        settings.duration(ConfigKeys.RETENTION_SHARED_LINKS),
        base.processedEventsTtl(),
        base.articleRetention(),
        base.digestRunRetention());
  }

  /**
   * The page reader used everywhere: jsoup extraction on a bounded pool of workers, with one
   * generous wall-clock deadline ({@code extract.timeout}) that also bounds the cooperative budget.
   */
  static BoundedArticleExtractor boundedExtractor(Settings settings) {
    int threads = Math.max(2, Runtime.getRuntime().availableProcessors());
    return BoundedArticleExtractor.pooled(
        extractor(settings), threads, settings.duration(ConfigKeys.EXTRACT_TIMEOUT));
  }

  /**
   * The extractor inside {@link #boundedExtractor}, on the calling thread: what {@code gloss
   * extract} runs on a page, without the worker hop (so that a benchmark can read the thread's CPU
   * time and allocation).
   */
  public static JsoupArticleExtractor extractor(Settings settings) {
    return new JsoupArticleExtractor(
        ExtractionSettings.defaults().withDeadline(settings.duration(ConfigKeys.EXTRACT_TIMEOUT)),
        Clock.systemUTC());
  }

  /**
   * The reply to an already fetched page as {@code gloss summarize FILE} makes it without a
   * language model (extraction, analysis, extractive summary, term explanations), the extraction on
   * the calling thread (see {@link #extractor}) and the glossary in {@code glossary}; it fetches
   * nothing. For benchmarks that must measure what the bot does.
   */
  public static SummarizeArticleService offlineReplies(Settings settings, GlossaryStore glossary) {
    ExtractArticleService pages =
        new ExtractArticleService(
            url -> {
              throw new ArticleUnavailableException(
                  FailureReason.NETWORK_ERROR, "offline: pages are given, never fetched");
            },
            extractor(settings));
    ReplyPipeline text = ReplyPipeline.of(glossary, extractiveSettings(settings));
    return text.replies(pages, text.extractive(), Clock.systemUTC());
  }

  static FetchSettings fetchSettings(Settings settings) {
    Set<Integer> ports = new HashSet<>();
    settings
        .list(ConfigKeys.FETCH_ALLOWED_PORTS)
        .forEach(port -> ports.add(Integer.parseInt(port)));
    FetchSettings defaults = FetchSettings.defaults();
    return defaults
        .withTimeouts(
            settings.duration(ConfigKeys.FETCH_CONNECT_TIMEOUT),
            defaults.readTimeout(),
            settings.duration(ConfigKeys.FETCH_TIMEOUT))
        .withMaxBodyBytes(settings.bytes(ConfigKeys.FETCH_MAX_BYTES))
        .withAllowedPorts(ports)
        .withAllowHosts(settings.list(ConfigKeys.FETCH_ALLOW_HOSTS));
  }

  static ExtractiveSummarizer.Settings extractiveSettings(Settings settings) {
    ExtractiveSummarizer.Settings d = ExtractiveSummarizer.Settings.DEFAULTS;
    return new ExtractiveSummarizer.Settings(
        settings.integer(ConfigKeys.SUMMARY_BULLETS),
        d.centralityWeight(),
        d.positionWeight(),
        d.titleWeight(),
        d.mmrLambda(),
        d.duplicateSimilarity());
  }

  static SummaryCacheSettings cacheSettings(Settings settings, String engine) {
    SummaryCacheSettings d = SummaryCacheSettings.defaults(engine);
    return new SummaryCacheSettings(
        settings.integer(ConfigKeys.CACHE_MAX_ENTRIES),
        settings.duration(ConfigKeys.CACHE_TTL),
        settings.duration(ConfigKeys.CACHE_NEGATIVE_TTL),
        d.articleRefreshAfter(),
        engine);
  }

  /**
   * The pool, or the calling thread once the pool is shut down: at exit Caffeine may still hand
   * over a maintenance task, which a shut-down pool would reject with a stack trace.
   */
  static java.util.concurrent.Executor runsAfterShutdown(ExecutorService pool) {
    return task -> {
      try {
        pool.execute(task);
      } catch (java.util.concurrent.RejectedExecutionException shutDown) {
        task.run();
      }
    };
  }

  static java.util.concurrent.ThreadFactory daemonThreads(String name) {
    return runnable -> {
      Thread thread = new Thread(runnable, name);
      thread.setDaemon(true);
      return thread;
    };
  }
}
