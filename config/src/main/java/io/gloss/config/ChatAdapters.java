package io.gloss.config;

import io.gloss.config.ops.MeteredSummarize;
import io.gloss.config.ops.OpsServer;
import io.gloss.config.ops.Readiness;
import io.gloss.config.ops.ServiceMetrics;
import io.gloss.config.settings.ConfigKeys;
import io.gloss.config.settings.Settings;
import io.gloss.core.conversation.InstallationsService;
import io.gloss.core.conversation.LinkRepliesService;
import io.gloss.core.conversation.RateLimiter;
import io.gloss.core.gateway.SharedIdentifyGate;
import io.gloss.core.port.in.DigestUseCase;
import io.gloss.core.port.in.FindLinksUseCase;
import io.gloss.core.port.in.IdentifyGateUseCase;
import io.gloss.core.port.in.InstallationsUseCase;
import io.gloss.core.port.in.LinkRepliesUseCase;
import io.gloss.core.port.in.RateLimitUseCase;
import io.gloss.core.port.in.SummarizeArticleUseCase;
import io.gloss.core.port.out.DigestPoster;
import io.gloss.core.port.out.IdentifyTurns;
import io.gloss.core.store.BoundedStore;
import io.gloss.core.store.DataPurger;
import io.gloss.core.store.Database;
import io.gloss.core.store.JdbcIdentifyTurns;
import io.gloss.core.store.JdbcInstallationStore;
import io.gloss.core.store.TokenCipher;
import io.gloss.core.url.LinkFinder;
import io.gloss.discord.DiscordBot;
import io.gloss.discord.DiscordPorts;
import io.gloss.discord.DiscordSettings;
import io.gloss.slack.SlackBot;
import io.gloss.slack.SlackDistribution;
import io.gloss.slack.SlackHttpHandler;
import io.gloss.slack.SlackPorts;
import io.gloss.slack.SlackSettings;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/** Starts and stops the chat adapters whose credentials are configured. */
public final class ChatAdapters implements AutoCloseable {
  /** Links read from one chat message: a bound on the scan; the link rules cap the answer. */
  private static final int LINKS_READ_PER_MESSAGE = 100;

  /** Threads that fetch, summarize and post the answers (shared by the platforms). */
  private static final int WORK_THREADS = 8;

  /**
   * Threads that accept pasted links (claim, plan, 👀) before their work: a few, as each acceptance
   * is a few store calls and one platform call, and never behind the work threads' fetches.
   */
  private static final int ACK_THREADS = 4;

  private final List<String> names;
  private final List<AutoCloseable> running;

  private final ExecutorService work;
  private final ExecutorService acks;
  private final List<DigestPoster> digestPosters = new ArrayList<>();
  private final List<Consumer<DigestUseCase>> digestTargets = new ArrayList<>();

  private ChatAdapters(
      List<String> names, List<AutoCloseable> running, ExecutorService work, ExecutorService acks) {
    this.names = List.copyOf(names);
    this.running = List.copyOf(running);
    this.work = work;
    this.acks = acks;
  }

  /** Posts digests to the running platforms. */
  public List<DigestPoster> digestPosters() {
    return List.copyOf(digestPosters);
  }

  /** Lets every running platform answer {@code /digest}. */
  public void enableDigest(DigestUseCase commands) {
    digestTargets.forEach(target -> target.accept(commands));
  }

  public static boolean slackConfigured(Settings settings) {
    return settings.optional(ConfigKeys.SLACK_BOT_TOKEN).isPresent()
        || settings.optional(ConfigKeys.SLACK_CLIENT_ID).isPresent();
  }

  public static boolean discordConfigured(Settings settings) {
    return settings.optional(ConfigKeys.DISCORD_TOKEN).isPresent();
  }

  public static boolean anyConfigured(Settings settings) {
    return slackConfigured(settings) || discordConfigured(settings);
  }

  /**
   * What to set for each platform not configured, in words a user can act on. (The settings of a
   * configured platform are checked when the configuration loads: see {@link ComponentChecks}.)
   */
  public static List<String> missingCredentials(Settings settings) {
    List<String> missing = new ArrayList<>();
    if (!slackConfigured(settings)) {
      missing.add(
          "Slack: set SLACK_BOT_TOKEN and SLACK_APP_TOKEN (Socket Mode), or SLACK_BOT_TOKEN and"
              + " SLACK_SIGNING_SECRET with GLOSS_SLACK_MODE=http, or (app distribution)"
              + " GLOSS_SLACK_CLIENT_ID, SLACK_CLIENT_SECRET and SLACK_SIGNING_SECRET with"
              + " GLOSS_SLACK_MODE=http.");
    }
    if (!discordConfigured(settings)) {
      missing.add("Discord: set DISCORD_TOKEN.");
    }
    return missing;
  }

  /**
   * What {@code gloss run} gives the adapters beyond the wired application: the shared HTTP server
   * (Slack's HTTP mode mounts its endpoint there), metrics, and readiness checks.
   *
   * @param server the operations HTTP server
   * @param metrics the metrics registry (per-platform reply counters, pipeline timers)
   * @param readiness where each platform registers its "connected" check
   */
  public record Service(OpsServer server, ServiceMetrics metrics, Readiness readiness) {}

  /**
   * Starts every configured adapter.
   *
   * @throws IllegalStateException when a platform refuses the credentials (the message names the
   *     setting to fix, never the secret)
   */
  public static ChatAdapters start(Settings settings, GlossApp app, Service service)
      throws InterruptedException, IOException {
    List<String> names = new ArrayList<>();
    List<AutoCloseable> running = new ArrayList<>();
    ExecutorService work =
        Executors.newFixedThreadPool(WORK_THREADS, Wiring.daemonThreads("gloss-chat"));
    running.add(work::shutdownNow);
    ExecutorService acks =
        Executors.newFixedThreadPool(ACK_THREADS, Wiring.daemonThreads("gloss-ack"));
    running.add(acks::shutdownNow);
    running.add(new RetentionJob(new DataPurger(app.stores().database()), Clock.systemUTC()));
    RateLimits limits =
        new RateLimits(
            app.stores().database(),
            settings.duration(ConfigKeys.DB_RATE_LIMIT_TIMEOUT),
            Clock.systemUTC());
    running.add(limits);
    try {
      if (discordConfigured(settings)) {
        // Before any server start: /readyz never answers 200 before the shards are connected.
        service.readiness().add("discord", () -> "not started");
      }
      if (slackConfigured(settings)) {
        SlackSettings slackSettings = slackSettings(settings);
        PlatformPorts slackPorts =
            PlatformPorts.of(
                "slack",
                app,
                service.metrics(),
                limits,
                RateLimiter.Limits.of(
                    settings.integer(ConfigKeys.SLACK_USER_RATE_LIMIT),
                    settings.integer(ConfigKeys.SLACK_CHANNEL_RATE_LIMIT)),
                slackSettings.maxLinksPerMessage());
        SlackBot slack =
            new SlackBot(
                slackSettings,
                new SlackPorts(
                    slackPorts.summaries(),
                    app.define(),
                    app.conversation().channelSettings(),
                    app.conversation().sharedLinks(),
                    app.conversation().claims(),
                    app.conversation().teamGlossary(),
                    app.conversation().feedback(),
                    slackPorts.limiter(),
                    slackPorts.links(),
                    slackPorts.findLinks()),
                work,
                acks,
                Clock.systemUTC(),
                slackSettings.distributed() ? installations(settings, app) : null);
        running.add(slack);
        service.readiness().add("slack", () -> slack.connected() ? null : "not connected");
        if (slackSettings(settings).mode() == SlackSettings.Mode.HTTP) {
          service.server().mount(SlackHttpHandler.PATH, slack.httpHandler());
        }
        if (slackSettings.distributed()) {
          service.server().mount(SlackDistribution.INSTALL_PATH, slack.oauthHandler());
          service.server().mount(SlackDistribution.REDIRECT_PATH, slack.oauthHandler());
        }
        // Events sent meanwhile waited in the listen backlog; from here they are handled (Bolt
        // finishes initializing on the first one if the handshake below is still running).
        service.server().start();
        slack.startMounted();
        names.add("Slack (" + settings.string(ConfigKeys.SLACK_MODE) + " mode)");
      }
      service.server().start(); // no-op when already started for Slack
      if (discordConfigured(settings)) {
        DiscordSettings discordSettings = discordSettings(settings);
        BoundedStore identifyStore = new BoundedStore("discord-identify");
        running.add(identifyStore);
        DiscordBot discord =
            new DiscordBot(
                discordSettings,
                discordPorts(settings, app, service.metrics(), limits),
                work,
                acks,
                Clock.systemUTC());
        identifyGate(discordSettings, app.stores().database(), identifyStore)
            .ifPresent(discord::enableIdentifyGate);
        running.add(discord);
        service.readiness().add("discord", () -> DiscordReadiness.problem(discord.shards()));
        discord.start();
        if (!discord.awaitReady(Duration.ofSeconds(60))) {
          // Refused for good (a bad token, an intent not enabled) is the configuration's to fix
          // (exit 2); not ready in time may pass, and a service manager may try again (exit 3).
          Optional<String> refused = discord.fatalProblem();
          if (refused.isPresent()) {
            throw new IllegalArgumentException(refused.get());
          }
          throw new IllegalStateException("Discord did not become ready within 60 s");
        }
        names.add("Discord");
      }
    } catch (RuntimeException | InterruptedException | IOException e) {
      new ChatAdapters(names, running, work, acks).close();
      throw e;
    }
    ChatAdapters adapters = new ChatAdapters(names, running, work, acks);
    for (AutoCloseable adapter : running) {
      if (adapter instanceof SlackBot slack) {
        adapters.digestPosters.add(slack.digestPoster());
        adapters.digestTargets.add(slack::enableDigest);
      } else if (adapter instanceof DiscordBot discord) {
        adapters.digestPosters.add(discord.digestPoster());
        adapters.digestTargets.add(discord::enableDigest);
      }
    }
    return adapters;
  }

  /**
   * Slack installations (app distribution) on the store: tokens encrypted with {@code
   * store.encryption-key} when set; {@code store.purge-on-uninstall} deletes an uninstalled
   * workspace's data with the store's purger.
   */
  static InstallationsUseCase installations(Settings settings, GlossApp app) {
    DataPurger purger = new DataPurger(app.stores().database());
    return new InstallationsService(
        new JdbcInstallationStore(app.stores().database(), tokenCipher(settings)),
        workspace -> purger.purgeWorkspace(workspace).total(),
        settings.bool(ConfigKeys.STORE_PURGE_ON_UNINSTALL),
        Clock.systemUTC());
  }

  /** The cipher of {@code store.encryption-key} (validated at start-up), or none. */
  static TokenCipher tokenCipher(Settings settings) {
    return settings
        .optional(ConfigKeys.STORE_ENCRYPTION_KEY)
        .map(TokenCipher::fromBase64Key)
        .orElse(TokenCipher.none());
  }

  static SlackSettings slackSettings(Settings settings) {
    Optional<String> clientId = settings.optional(ConfigKeys.SLACK_CLIENT_ID);
    Optional<String> clientSecret = settings.optional(ConfigKeys.SLACK_CLIENT_SECRET);
    SlackDistribution distribution =
        clientId.isPresent() || clientSecret.isPresent()
            ? new SlackDistribution(
                clientId.orElse(""),
                clientSecret.orElse(""),
                settings.list(ConfigKeys.SLACK_SCOPES))
            : null;
    return new SlackSettings(
        SlackSettings.Mode.parse(settings.string(ConfigKeys.SLACK_MODE))
            .orElse(SlackSettings.Mode.SOCKET),
        settings.optional(ConfigKeys.SLACK_BOT_TOKEN).orElse(null),
        settings.optional(ConfigKeys.SLACK_APP_TOKEN).orElse(null),
        settings.optional(ConfigKeys.SLACK_SIGNING_SECRET).orElse(null),
        settings.string(ConfigKeys.SLACK_API_URL),
        settings.integer(ConfigKeys.SERVER_PORT),
        settings.list(ConfigKeys.SLACK_UNFURL_DOMAINS),
        settings.integer(ConfigKeys.SLACK_MAX_LINKS),
        settings.integer(ConfigKeys.SLACK_USER_RATE_LIMIT),
        settings.integer(ConfigKeys.SLACK_CHANNEL_RATE_LIMIT),
        distribution);
  }

  /**
   * The identify gate of an instance that runs only some of the shards: its IDENTIFYs take turns
   * with the other instances' in the store (each call bounded, so a store outage costs a shard's
   * connect at most 1.5 s before the instance paces alone). An instance running every shard keeps
   * JDA's own pacing.
   */
  static Optional<IdentifyGateUseCase> identifyGate(
      DiscordSettings discord, Database database, BoundedStore bounded) {
    if (!discord.splitOverInstances()) {
      return Optional.empty();
    }
    return Optional.of(
        new SharedIdentifyGate(bounded.wrap(IdentifyTurns.class, new JdbcIdentifyTurns(database))));
  }

  static DiscordSettings discordSettings(Settings settings) {
    int total = settings.integer(ConfigKeys.DISCORD_SHARDS_TOTAL);
    return new DiscordSettings(
        settings.optional(ConfigKeys.DISCORD_TOKEN).orElse(""),
        settings.string(ConfigKeys.DISCORD_API_URL),
        null,
        settings.bool(ConfigKeys.DISCORD_MESSAGE_CONTENT),
        settings.optional(ConfigKeys.DISCORD_DEV_GUILD).orElse(null),
        total,
        settings.integer(ConfigKeys.DISCORD_SHARDS_MIN),
        settings.optionalInteger(ConfigKeys.DISCORD_SHARDS_MAX).orElse(total - 1),
        settings.integer(ConfigKeys.DISCORD_USER_RATE_LIMIT),
        settings.integer(ConfigKeys.DISCORD_CHANNEL_RATE_LIMIT),
        settings.duration(ConfigKeys.CONVERSATION_REPOST_WINDOW));
  }

  private static DiscordPorts discordPorts(
      Settings settings, GlossApp app, ServiceMetrics metrics, RateLimits limits) {
    PlatformPorts ports =
        PlatformPorts.of(
            "discord",
            app,
            metrics,
            limits,
            RateLimiter.Limits.of(
                settings.integer(ConfigKeys.DISCORD_USER_RATE_LIMIT),
                settings.integer(ConfigKeys.DISCORD_CHANNEL_RATE_LIMIT)),
            LinkRepliesService.DEFAULT_MAX_LINKS);
    return new DiscordPorts(
        ports.summaries(),
        app.define(),
        app.conversation().channelSettings(),
        app.conversation().sharedLinks(),
        app.conversation().claims(),
        app.conversation().teamGlossary(),
        app.conversation().feedback(),
        ports.limiter(),
        ports.links(),
        ports.findLinks());
  }

  /**
   * What differs per platform among the use cases: the platform's rate limits, its metered
   * summaries, and the core's link rules on that same limiter with its link cap.
   */
  private record PlatformPorts(
      RateLimitUseCase limiter,
      SummarizeArticleUseCase summaries,
      LinkRepliesUseCase links,
      FindLinksUseCase findLinks) {
    static PlatformPorts of(
        String platform,
        GlossApp app,
        ServiceMetrics metrics,
        RateLimits limits,
        RateLimiter.Limits rates,
        int maxLinks) {
      RateLimitUseCase limiter = limits.limiter(rates, metrics.telemetry());
      SummarizeArticleUseCase summaries = new MeteredSummarize(app.summarize(), platform, metrics);
      return new PlatformPorts(
          limiter,
          summaries,
          new LinkRepliesService(
              app.conversation().channelSettings(), limiter, summaries, maxLinks),
          new LinkFinder(LINKS_READ_PER_MESSAGE));
    }
  }

  public List<String> names() {
    return names;
  }

  /**
   * Stops taking new work and waits for the requests in flight (fetching, summarizing, posting) for
   * up to {@code grace}. The platform connections stay open meanwhile so that the replies can still
   * be posted; {@link #close()} closes them.
   *
   * @return true when everything in flight finished within the grace period
   */
  public boolean drain(Duration grace) throws InterruptedException {
    long deadline = System.nanoTime() + grace.toNanos();
    // Events still arriving are acknowledged and dropped (logged). The messages being accepted
    // hand their work over first, then the work executor takes nothing more.
    acks.shutdown();
    boolean accepted = acks.awaitTermination(grace.toMillis(), TimeUnit.MILLISECONDS);
    work.shutdown();
    return work.awaitTermination(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)
        && accepted;
  }

  @Override
  public void close() {
    // Stop the bots before the executor they use.
    for (int i = running.size() - 1; i >= 0; i--) {
      AutoCloseable adapter = running.get(i);
      try {
        adapter.close();
      } catch (Exception e) {
        org.slf4j.LoggerFactory.getLogger(ChatAdapters.class).warn("Failed to stop an adapter", e);
      }
    }
  }
}
