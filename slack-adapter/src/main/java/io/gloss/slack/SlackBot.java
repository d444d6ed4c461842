package io.gloss.slack;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.socket_mode.SocketModeApp;
import com.slack.api.model.event.LinkSharedEvent;
import com.slack.api.model.event.MessageBotEvent;
import com.slack.api.model.event.MessageChangedEvent;
import com.slack.api.model.event.MessageDeletedEvent;
import com.slack.api.model.event.MessageEvent;
import com.slack.api.model.event.MessageThreadBroadcastEvent;
import com.slack.api.model.event.ReactionAddedEvent;
import com.slack.api.socket_mode.SocketModeClient;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import io.gloss.core.digest.DigestCommands;
import io.gloss.core.digest.DigestPoster;
import io.gloss.core.port.in.DefineTermUseCase;
import io.gloss.core.port.in.SummarizeArticleUseCase;
import io.gloss.core.port.out.ChannelSettingsStore;
import io.gloss.core.port.out.GlossaryStore;
import io.gloss.core.port.out.ProcessedEvents;
import io.gloss.core.port.out.SharedLinkLog;
import io.gloss.core.port.out.Telemetry;
import io.gloss.slack.render.SlackDigestRenderer;
import io.gloss.slack.render.SlackRenderer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gloss on Slack: a Bolt {@link App} with Gloss's handlers, served over Socket Mode (an outgoing
 * WebSocket; no public URL) or HTTP mode ({@code POST /slack/events} on a JDK HTTP server, Bolt
 * verifying the signatures). Handlers ack at once and do the work on the injected executor.
 *
 * <p>Lifecycle: {@link #start()} once, {@link #stop()} once. The executor belongs to the caller and
 * is not shut down here.
 */
public final class SlackBot implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(SlackBot.class);
  private static final int HTTP_THREADS = 8;

  private final SlackSettings settings;
  private final Slack slack;
  private final App app;
  private final SlackHttpHandler httpHandler;
  private @Nullable HttpServer httpServer;
  private @Nullable ExecutorService httpThreads;
  private volatile @Nullable SocketModeApp socketModeApp;
  private volatile boolean httpConnected;
  private final SlackCommands commands;
  private final SlackDigestPoster digestPoster;

  /**
   * @param settings validated Slack settings
   * @param summarizer the core's summarize use case
   * @param definer the core's define use case
   * @param channelSettings per-channel settings ({@code /gloss settings})
   * @param sharedLinks the shared-link log (for digests)
   * @param processedEvents event de-duplication shared by all instances
   * @param glossary the glossary store, for TEAM entries ({@code /gloss term set|remove})
   * @param executor runs everything after the ack (fetching, summarizing, posting)
   * @param clock time for rate limits and the shared-link log
   */
  public SlackBot(
      SlackSettings settings,
      SummarizeArticleUseCase summarizer,
      DefineTermUseCase definer,
      ChannelSettingsStore channelSettings,
      SharedLinkLog sharedLinks,
      ProcessedEvents processedEvents,
      GlossaryStore glossary,
      ExecutorService executor,
      Clock clock) {
    this(
        settings,
        summarizer,
        definer,
        channelSettings,
        sharedLinks,
        processedEvents,
        glossary,
        executor,
        clock,
        Telemetry.NONE);
  }

  /** As above, reporting rate-limit rejections to {@code telemetry} (the service's metrics). */
  public SlackBot(
      SlackSettings settings,
      SummarizeArticleUseCase summarizer,
      DefineTermUseCase definer,
      ChannelSettingsStore channelSettings,
      SharedLinkLog sharedLinks,
      ProcessedEvents processedEvents,
      GlossaryStore glossary,
      ExecutorService executor,
      Clock clock,
      Telemetry telemetry) {
    this.settings = Objects.requireNonNull(settings, "settings");
    var problems = settings.validate();
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException("Invalid Slack settings: " + String.join("; ", problems));
    }
    SlackConfig slackConfig = new SlackConfig();
    slackConfig.setMethodsEndpointUrlPrefix(settings.apiUrl());
    slackConfig.setPrettyResponseLoggingEnabled(false);
    this.slack = Slack.getInstance(slackConfig);
    AppConfig.AppConfigBuilder appConfig =
        AppConfig.builder().singleTeamBotToken(settings.botToken()).slack(slack);
    if (settings.mode() == SlackSettings.Mode.HTTP) {
      appConfig.signingSecret(settings.signingSecret());
    }
    this.app = new App(appConfig.build());

    SlackRenderer renderer = new SlackRenderer();
    SlackPoster poster =
        new SlackPoster(
            slack, Objects.requireNonNull(settings.botToken()), settings.apiUrl(), renderer);
    RateLimiter limiter =
        new RateLimiter(
            settings.userRequestsPerMinute(),
            settings.channelRequestsPerMinute(),
            clock,
            Objects.requireNonNull(telemetry, "telemetry"));
    Work work = new Work(Objects.requireNonNull(executor, "executor"));
    UserLocales locales = new UserLocales(poster, clock);
    LinkReplies links =
        new LinkReplies(
            settings,
            summarizer,
            channelSettings,
            sharedLinks,
            processedEvents,
            limiter,
            renderer,
            poster,
            work,
            clock,
            locales);
    this.commands =
        new SlackCommands(
            definer, channelSettings, glossary, links, limiter, renderer, poster, work, locales);
    SlackInteractions interactions =
        new SlackInteractions(
            definer, channelSettings, links, limiter, renderer, poster, work, locales);
    register(links, commands, interactions);
    this.httpHandler = new SlackHttpHandler(app);
    this.digestPoster =
        new SlackDigestPoster(
            slack.methods(settings.botToken()), new SlackDigestRenderer(), DIGEST_PART_PACE);
  }

  /** Spacing of the messages of one long digest: Slack allows about one post per second. */
  private static final java.time.Duration DIGEST_PART_PACE = java.time.Duration.ofMillis(1100);

  /** Posts digests to this workspace's channels (for the core's digest runner). */
  public DigestPoster digestPoster() {
    return digestPoster;
  }

  /** Answers {@code /digest} with the core's digest commands (before {@link #start()}). */
  public void enableDigest(DigestCommands digest) {
    commands.enableDigest(digest);
  }

  private void register(LinkReplies links, SlackCommands commands, SlackInteractions interactions) {
    app.event(MessageEvent.class, links::onMessage);
    app.event(ReactionAddedEvent.class, links::onReaction);
    app.event(LinkSharedEvent.class, links::onLinkShared);
    // Edits, deletions, bot posts and thread broadcasts are acknowledged and ignored.
    app.event(MessageChangedEvent.class, (payload, ctx) -> ctx.ack());
    app.event(MessageDeletedEvent.class, (payload, ctx) -> ctx.ack());
    app.event(MessageBotEvent.class, (payload, ctx) -> ctx.ack());
    app.event(MessageThreadBroadcastEvent.class, (payload, ctx) -> ctx.ack());

    app.command("/summarize", commands::summarize);
    app.command("/define", commands::define);
    app.command("/digest", commands::digest);
    app.command("/gloss", commands::gloss);

    app.blockAction(SlackRenderer.ACTION_SHORTER, interactions::variant);
    app.blockAction(SlackRenderer.ACTION_SIMPLER, interactions::variant);
    app.blockAction(SlackRenderer.ACTION_ENGLISH, interactions::variant);
    app.blockAction(SlackRenderer.ACTION_UP, interactions::feedback);
    app.blockAction(SlackRenderer.ACTION_DOWN, interactions::feedback);
    app.blockAction(SlackRenderer.ACTION_SHARE_DEFINITION, interactions::shareDefinition);
    app.messageShortcut(SlackInteractions.SHORTCUT_CALLBACK_ID, interactions::shortcut);
  }

  /** Connects to Slack: opens the Socket Mode connection or starts the HTTP endpoint. */
  public synchronized void start() throws IOException {
    if (settings.mode() == SlackSettings.Mode.SOCKET) {
      try {
        SocketModeApp socket =
            new SocketModeApp(
                Objects.requireNonNull(settings.appToken()),
                app,
                SocketModeClient.Backend.JavaWebSocket);
        socket.startAsync();
        socketModeApp = socket;
      } catch (IOException e) {
        throw e;
      } catch (Exception e) {
        throw new IOException("Could not start Slack Socket Mode: " + e.getMessage(), e);
      }
      log.info("Slack connected in Socket Mode");
      return;
    }
    app.start(); // calls auth.test once now, not on the first request
    HttpServer server = HttpServer.create(new InetSocketAddress(settings.port()), 0);
    server.createContext(SlackHttpHandler.PATH, httpHandler);
    AtomicInteger threadNumber = new AtomicInteger();
    ExecutorService threads =
        Executors.newFixedThreadPool(
            HTTP_THREADS,
            runnable -> {
              Thread thread = new Thread(runnable, "slack-http-" + threadNumber.incrementAndGet());
              thread.setDaemon(true);
              return thread;
            });
    server.setExecutor(threads);
    server.start();
    httpServer = server;
    httpThreads = threads;
    httpConnected = true;
    log.info("Slack HTTP mode listening on port {} at {}", httpPort(), SlackHttpHandler.PATH);
  }

  /**
   * Connects without a server of its own: in HTTP mode checks the token ({@code auth.test}) for a
   * caller that mounts {@link #httpHandler()} on its own server; in Socket Mode the same as {@link
   * #start()}.
   */
  public synchronized void startMounted() throws IOException {
    if (settings.mode() == SlackSettings.Mode.SOCKET) {
      start();
      return;
    }
    app.start(); // auth.test now, so that a bad token shows at start and readiness is honest
    httpConnected = true;
    log.info("Slack HTTP mode: events at {} on the shared HTTP server", SlackHttpHandler.PATH);
  }

  /**
   * Whether Slack can reach Gloss now: the Socket Mode connection is open, or HTTP mode has
   * started. For readiness checks; not synchronized, so that it answers while {@link #start()} is
   * still waiting for Slack.
   */
  public boolean connected() {
    SocketModeApp socket = socketModeApp;
    if (socket != null) {
      return !socket.isClientStopped() && socket.getClient().verifyConnection();
    }
    return httpConnected;
  }

  /** The bound port in HTTP mode (useful with port 0), or -1. */
  public synchronized int httpPort() {
    return httpServer == null ? -1 : httpServer.getAddress().getPort();
  }

  /**
   * The {@code POST /slack/events} handler, for mounting at {@link SlackHttpHandler#PATH} on an
   * HTTP server the caller owns (e.g. one shared with metrics) instead of calling {@link #start()}
   * in HTTP mode. Bolt initializes itself on the first request; {@link #stop()} still releases the
   * Slack client.
   */
  public HttpHandler httpHandler() {
    return httpHandler;
  }

  /** Disconnects; safe to call more than once. */
  public synchronized void stop() {
    httpConnected = false;
    if (socketModeApp != null) {
      try {
        socketModeApp.close();
      } catch (Exception e) {
        log.warn("Closing Slack Socket Mode failed: {}", e.toString());
      }
      socketModeApp = null;
    }
    if (httpServer != null) {
      httpServer.stop(1);
      httpServer = null;
    }
    if (httpThreads != null) {
      httpThreads.shutdown();
      httpThreads = null;
    }
    try {
      app.stop();
    } catch (Exception e) {
      log.debug("Bolt app stop: {}", e.toString());
    }
    try {
      slack.close();
    } catch (Exception e) {
      log.debug("Slack client close: {}", e.toString());
    }
  }

  @Override
  public void close() {
    stop();
  }

  @Override
  public String toString() {
    return "SlackBot[" + settings + "]";
  }
}
