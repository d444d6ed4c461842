package io.gloss.slack;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.middleware.Middleware;
import com.slack.api.bolt.middleware.builtin.MultiTeamsAuthorization;
import com.slack.api.bolt.socket_mode.SocketModeApp;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.request.apps.connections.AppsConnectionsOpenRequest;
import com.slack.api.methods.request.auth.AuthTestRequest;
import com.slack.api.methods.response.apps.connections.AppsConnectionsOpenResponse;
import com.slack.api.methods.response.auth.AuthTestResponse;
import com.slack.api.model.event.AppUninstalledEvent;
import com.slack.api.model.event.LinkSharedEvent;
import com.slack.api.model.event.MessageEvent;
import com.slack.api.model.event.MessageFileShareEvent;
import com.slack.api.model.event.ReactionAddedEvent;
import com.slack.api.model.event.TokensRevokedEvent;
import com.slack.api.socket_mode.SocketModeClient;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import io.gloss.core.port.in.DigestUseCase;
import io.gloss.core.port.in.InstallationsUseCase;
import io.gloss.core.port.out.DigestPoster;
import io.gloss.slack.render.SlackDigestRenderer;
import io.gloss.slack.render.SlackRenderer;
import io.gloss.slack.text.SlackLinks;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gloss on Slack: a Bolt {@link App} with Gloss's handlers, served over Socket Mode (an outgoing
 * WebSocket; no public URL) or HTTP mode ({@code POST /slack/events} on a JDK HTTP server, Bolt
 * verifying the signatures). Handlers ack at once and do the work on the injected executor; a
 * pasted link gets its 👀 from a second, small executor first, so that it never waits behind the
 * work of other messages.
 *
 * <p>Lifecycle: {@link #start()} once, {@link #stop()} once. The executors belong to the caller and
 * are not shut down here.
 */
public final class SlackBot implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(SlackBot.class);
  private static final int HTTP_THREADS = 8;

  private final SlackSettings settings;
  private final Slack slack;
  private final App app;
  private final SlackHttpHandler httpHandler;
  private final SlackOAuthHandler oauthHandler;
  private final @Nullable InstallationsUseCase installations;
  private @Nullable HttpServer httpServer;
  private @Nullable ExecutorService httpThreads;
  private volatile @Nullable SocketModeApp socketModeApp;
  private volatile boolean httpConnected;
  private final SlackCommands commands;
  private final SlackDigestPoster digestPoster;

  /**
   * @param settings validated Slack settings
   * @param ports the core use cases
   * @param executor runs everything after the ack (fetching, summarizing, posting)
   * @param acks runs the quick step between the ack and the work: the core's plan of a pasted link
   *     and its 👀 (a few threads of its own, never the work executor, whose tasks wait for
   *     fetches)
   * @param clock time for the shared-link log and user locales
   */
  public SlackBot(
      SlackSettings settings,
      SlackPorts ports,
      ExecutorService executor,
      Executor acks,
      Clock clock) {
    this(settings, ports, executor, acks, clock, null);
  }

  /**
   * As above; with app distribution ({@link SlackSettings#distribution()}) the workspaces'
   * installations come from {@code installations}.
   *
   * @param installations the core's installations (required with app distribution, else unused)
   */
  public SlackBot(
      SlackSettings settings,
      SlackPorts ports,
      ExecutorService executor,
      Executor acks,
      Clock clock,
      @Nullable InstallationsUseCase installations) {
    this.settings = Objects.requireNonNull(settings, "settings");
    var problems = settings.validate();
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException("Invalid Slack settings: " + String.join("; ", problems));
    }
    SlackConfig slackConfig = new SlackConfig();
    slackConfig.setMethodsEndpointUrlPrefix(settings.apiUrl());
    slackConfig.setPrettyResponseLoggingEnabled(false);
    this.slack = Slack.getInstance(slackConfig);
    AppConfig.AppConfigBuilder appConfig = AppConfig.builder().slack(slack);
    if (settings.mode() == SlackSettings.Mode.HTTP) {
      appConfig.signingSecret(settings.signingSecret());
    }
    SlackDistribution distribution = settings.distribution();
    BotTokens tokens;
    @Nullable InstalledTokens installed = null;
    if (distribution == null) {
      String token = Objects.requireNonNull(settings.botToken());
      tokens = BotTokens.single(token);
      appConfig.singleTeamBotToken(token);
    } else {
      Objects.requireNonNull(installations, "installations (app distribution)");
      installed = new InstalledTokens(installations, slack, distribution, clock);
      tokens = installed;
      distributed(appConfig, distribution);
    }
    Workspaces workspaces = new Workspaces();
    this.app =
        withFilters(
            appConfig.build(),
            new EventFilter(workspaces),
            installed == null ? null : new NotInstalledFilter(installed));
    this.installations = installations;
    if (installed != null && installations != null) {
      app.asOAuthApp(true);
      app.service(new StoreInstallationService(installations, installed));
      app.service(new StoreOAuthStateService(installations));
      new OAuthPages(installations, clock).register(app);
    }
    this.oauthHandler = new SlackOAuthHandler(app);

    SlackRenderer renderer = new SlackRenderer();
    SlackPoster poster = new SlackPoster(slack, tokens, settings.apiUrl(), renderer);
    Work work =
        new Work(
            Objects.requireNonNull(executor, "executor"),
            Objects.requireNonNull(acks, "acks"),
            workspaces);
    UserLocales locales = new UserLocales(poster, clock);
    LinkReplies links =
        new LinkReplies(
            settings,
            new SlackLinks(ports.findLinks()),
            ports.summarize(),
            ports.links(),
            ports.sharedLinks(),
            ports.claims(),
            renderer,
            poster,
            work,
            clock,
            locales);
    this.commands =
        new SlackCommands(
            ports.define(),
            ports.channelSettings(),
            ports.teamGlossary(),
            links,
            ports.limiter(),
            renderer,
            poster,
            work,
            locales);
    SlackInteractions interactions =
        new SlackInteractions(
            ports.define(),
            ports.channelSettings(),
            ports.feedback(),
            links,
            ports.limiter(),
            renderer,
            poster,
            work,
            locales);
    register(links, commands, interactions, workspaces);
    this.httpHandler = new SlackHttpHandler(app);
    this.digestPoster =
        new SlackDigestPoster(slack, tokens, new SlackDigestRenderer(), DIGEST_PART_PACE);
  }

  /** Spacing of the messages of one long digest: Slack allows about one post per second. */
  private static final java.time.Duration DIGEST_PART_PACE = java.time.Duration.ofMillis(1100);

  /** Posts digests to this workspace's channels (for the core's digest runner). */
  public DigestPoster digestPoster() {
    return digestPoster;
  }

  /** Answers {@code /digest} with the core's digest commands (before {@link #start()}). */
  public void enableDigest(DigestUseCase digest) {
    commands.enableDigest(digest);
  }

  private void register(
      LinkReplies links,
      SlackCommands commands,
      SlackInteractions interactions,
      Workspaces workspaces) {
    // Every other event type and message subtype is acknowledged by EventFilter; keep its HANDLED
    // list in step with these.
    app.event(MessageEvent.class, links::onMessage);
    app.event(MessageFileShareEvent.class, links::onFileShare);
    app.event(ReactionAddedEvent.class, links::onReaction);
    app.event(LinkSharedEvent.class, links::onLinkShared);
    app.event(
        AppUninstalledEvent.class,
        (payload, ctx) -> {
          workspaces.gone(teamOf(payload.getTeamId()), "the app was uninstalled");
          uninstalled(payload.getTeamId());
          return ctx.ack();
        });
    app.event(
        TokensRevokedEvent.class,
        (payload, ctx) -> {
          TokensRevokedEvent.Tokens tokens = payload.getEvent().getTokens();
          if (tokens != null && tokens.getBot() != null && !tokens.getBot().isEmpty()) {
            workspaces.gone(teamOf(payload.getTeamId()), "the bot token was revoked");
            uninstalled(payload.getTeamId());
          } else {
            log.debug("Slack tokens_revoked for user tokens only in {}", payload.getTeamId());
          }
          return ctx.ack();
        });

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

  /**
   * A Bolt app whose middleware ends with {@code filter} (after Bolt's signature check), and with
   * app distribution has {@code notInstalled} in front of Bolt's authorization. Not {@code
   * App.use}: that builds Bolt's middleware at once, calling {@code auth.test} in this constructor
   * and so blocking it on Slack; Bolt builds this list at {@link #start()} or the first request.
   */
  private static App withFilters(
      AppConfig config, EventFilter filter, @Nullable NotInstalledFilter notInstalled) {
    return new App(config) {
      @Override
      protected List<Middleware> buildDefaultMiddlewareList(AppConfig appConfig) {
        List<Middleware> middleware = new ArrayList<>(super.buildDefaultMiddlewareList(appConfig));
        if (notInstalled != null) {
          int authorization = 0;
          while (authorization < middleware.size()
              && !(middleware.get(authorization) instanceof MultiTeamsAuthorization)) {
            authorization++;
          }
          middleware.add(authorization, notInstalled);
        }
        middleware.add(filter);
        return middleware;
      }
    };
  }

  /** Bolt's OAuth settings for app distribution: paths, scopes, a redirect to Slack at install. */
  private static void distributed(AppConfig.AppConfigBuilder config, SlackDistribution oauth) {
    config
        .clientId(oauth.clientId())
        .clientSecret(oauth.clientSecret())
        .scope(String.join(",", oauth.scopes()))
        .userScope("")
        .oauthInstallPath(SlackDistribution.INSTALL_PATH)
        .oauthRedirectUriPath(SlackDistribution.REDIRECT_PATH)
        .oAuthInstallPageRenderingEnabled(false)
        .authTestCacheEnabled(true);
  }

  /** With app distribution: the workspace's installation (and tokens) are deleted at once. */
  private void uninstalled(@Nullable String teamId) {
    InstallationsUseCase store = installations;
    if (store != null && teamId != null) {
      store.uninstall(teamId);
    }
  }

  private static String teamOf(@Nullable String teamId) {
    return teamId == null ? "-" : teamId;
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
      } catch (IllegalArgumentException e) {
        throw startFailure(e); // Bolt's auth.test, run by the Socket Mode start
      } catch (IOException e) {
        throw e;
      } catch (Exception e) {
        throw socketFailure(e);
      }
      log.info("Slack connected in Socket Mode");
      return;
    }
    startBolt(); // calls auth.test once now, not on the first request
    HttpServer server = HttpServer.create(new InetSocketAddress(settings.port()), 0);
    server.createContext(SlackHttpHandler.PATH, httpHandler);
    if (settings.distributed()) {
      server.createContext(SlackDistribution.INSTALL_PATH, oauthHandler);
      server.createContext(SlackDistribution.REDIRECT_PATH, oauthHandler);
    }
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
    startBolt(); // auth.test now, so that a bad token shows at start and readiness is honest
    httpConnected = true;
    log.info("Slack HTTP mode: events at {} on the shared HTTP server", SlackHttpHandler.PATH);
  }

  /** Bolt's start, which checks the bot token with {@code auth.test}: see {@link #startFailure}. */
  private void startBolt() throws IOException {
    try {
      app.start();
    } catch (IllegalArgumentException e) {
      throw startFailure(e);
    }
  }

  /**
   * What Bolt's failed start (it reports any failure of {@code auth.test} as an invalid token)
   * really was. Asked again, Slack tells the two apart: a token it refuses is named, a
   * configuration mistake (returned); a Slack API that cannot be reached (network down, a proxy, a
   * wrong {@code slack.api-url}) is an I/O failure naming the URL (thrown): the token is not at
   * fault, and a service manager should start Gloss again later.
   */
  private IllegalArgumentException startFailure(IllegalArgumentException e) throws IOException {
    String token = settings.botToken();
    if (token == null) {
      return e;
    }
    AuthTestResponse answer;
    try {
      answer = slack.methods(token).authTest(AuthTestRequest.builder().build());
    } catch (IOException unreachable) {
      throw unreachable(unreachable);
    } catch (SlackApiException answered) {
      return e; // Slack answered with an HTTP error: Bolt's own words say it
    }
    if (answer.isOk()) {
      return e;
    }
    return new IllegalArgumentException(
        "Slack refused SLACK_BOT_TOKEN ("
            + answer.getError()
            + "): copy the Bot User OAuth Token (xoxb-…) from the app's OAuth & Permissions page",
        e);
  }

  /**
   * Why the Socket Mode connection could not open, asked of Slack again ({@code
   * apps.connections.open}): an app-level token it refuses is named, a configuration mistake
   * (thrown as such); a Slack API that cannot be reached, or anything else, is an I/O failure.
   */
  private IOException socketFailure(Exception e) throws IOException {
    try {
      AppsConnectionsOpenResponse answer =
          slack
              .methods(Objects.requireNonNull(settings.appToken()))
              .appsConnectionsOpen(AppsConnectionsOpenRequest.builder().build());
      if (!answer.isOk()) {
        throw new IllegalArgumentException(
            "Slack refused SLACK_APP_TOKEN ("
                + answer.getError()
                + "): create an app-level token (xapp-…) with the connections:write scope on the"
                + " app's Basic Information page",
            e);
      }
    } catch (IOException unreachable) {
      return unreachable(unreachable);
    } catch (SlackApiException answered) {
      // Slack answered with an HTTP error: the original failure says it
    }
    return new IOException("Could not start Slack Socket Mode: " + e.getMessage(), e);
  }

  /** A Slack API that did not answer, named by its URL (the token is not at fault). */
  private IOException unreachable(IOException cause) {
    return new IOException(
        "the Slack API at " + settings.apiUrl() + " cannot be reached: " + cause.getMessage(),
        cause);
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

  /**
   * The {@code GET /slack/install} and {@code GET /slack/oauth_redirect} handler, for mounting at
   * {@link SlackDistribution#INSTALL_PATH} and {@link SlackDistribution#REDIRECT_PATH} with app
   * distribution (as {@link #httpHandler()}).
   */
  public HttpHandler oauthHandler() {
    return oauthHandler;
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
