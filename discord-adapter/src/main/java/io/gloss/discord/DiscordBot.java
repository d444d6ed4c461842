package io.gloss.discord;

import io.gloss.core.port.in.DigestUseCase;
import io.gloss.core.port.in.IdentifyGateUseCase;
import io.gloss.core.port.in.RateLimitUseCase;
import io.gloss.core.port.out.DigestPoster;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import net.dv8tion.jda.api.GatewayEncoding;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.exceptions.InvalidTokenException;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.requests.RestAction;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.sharding.DefaultShardManagerBuilder;
import net.dv8tion.jda.api.sharding.ShardManager;
import net.dv8tion.jda.api.utils.Compression;
import net.dv8tion.jda.api.utils.MemberCachePolicy;
import net.dv8tion.jda.api.utils.messages.MessageRequest;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Gloss on Discord: JDA's ShardManager running this instance's shard range, with the listener that
 * answers pasted links and application commands.
 *
 * <p>Usage from the composition root: {@code new DiscordBot(settings, ports, executor, acks,
 * Clock.systemUTC()).start()}, and {@link #stop()} on shutdown. The executor runs the core calls
 * (fetching, summarizing), never JDA's own threads; the small {@code acks} executor accepts pasted
 * links (the claim, the core's plan, 👀) so that 👀 never waits behind fetches. The caller owns and
 * shuts both down.
 */
public final class DiscordBot implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(DiscordBot.class);

  /** Longest total time of one REST request, rate-limit waits included (JDA-wide). */
  static final Duration REST_TIMEOUT = Duration.ofSeconds(60);

  /**
   * Links read from one message: a bound on the scan only; the core's per-message cap decides how
   * many are answered and the reply says how many were skipped.
   */
  static final int LINKS_READ_PER_MESSAGE = 50;

  private final DiscordSettings settings;
  private final DiscordPorts ports;
  private final ExecutorService executor;
  private final Executor acks;
  private final Clock clock;
  private final CountDownLatch ready;
  private @Nullable ShardManager shards;
  private Duration restTimeout = REST_TIMEOUT;
  private volatile @Nullable String fatalProblem;
  private volatile @Nullable DigestUseCase digest;
  private volatile @Nullable InteractionHandler interactions;
  private @Nullable IdentifyGateUseCase identifyGate;

  /**
   * @param executor runs the core calls: fetching, summarizing, posting the answers
   * @param acks accepts a pasted link or 📰 (the claim, the core's plan, 👀): a few threads of its
   *     own, never the work executor, whose tasks wait for fetches
   */
  public DiscordBot(
      DiscordSettings settings,
      DiscordPorts ports,
      ExecutorService executor,
      Executor acks,
      Clock clock) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.ports = Objects.requireNonNull(ports, "ports");
    this.executor = Objects.requireNonNull(executor, "executor");
    this.acks = Objects.requireNonNull(acks, "acks");
    this.clock = Objects.requireNonNull(clock, "clock");
    List<String> problems = settings.validate();
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(
          "invalid Discord settings: " + String.join("; ", problems));
    }
    this.ready = new CountDownLatch(settings.shardMax() - settings.shardMin() + 1);
  }

  /** Tests: a shorter {@link #REST_TIMEOUT}, applied at {@link #start()}. */
  synchronized DiscordBot withRestTimeout(Duration timeout) {
    this.restTimeout = Objects.requireNonNull(timeout, "timeout");
    return this;
  }

  /** The intents Gloss asks for: Message Content only when enabled in the portal and settings. */
  public static EnumSet<GatewayIntent> intents(boolean messageContent) {
    EnumSet<GatewayIntent> intents =
        EnumSet.of(
            GatewayIntent.GUILD_MESSAGES,
            GatewayIntent.GUILD_MESSAGE_REACTIONS,
            GatewayIntent.DIRECT_MESSAGES,
            // 📰 on a direct message: without this intent Discord never sends the reaction.
            GatewayIntent.DIRECT_MESSAGE_REACTIONS);
    if (messageContent) {
      intents.add(GatewayIntent.MESSAGE_CONTENT);
    }
    return intents;
  }

  /** Logs in and connects the shards; returns without waiting (see {@link #awaitReady}). */
  public synchronized void start() {
    if (shards != null) {
      throw new IllegalStateException("already started");
    }
    // Belt and braces: every message JDA sends defaults to no pings, even one built elsewhere.
    MessageRequest.setDefaultMentions(EnumSet.noneOf(Message.MentionType.class));
    MessageRequest.setDefaultMentionRepliedUser(false);
    // JDA honours every 429's retry_after and retries without end; a deadline on every request
    // bounds the total time of a 429 storm, after which the request fails and is logged.
    RestAction.setDefaultTimeout(restTimeout.toMillis(), TimeUnit.MILLISECONDS);
    if (!settings.messageContent()) {
      log.warn(
          "Discord Message Content intent is off (discord.message-content=false): pasted links are"
              + " not answered in servers; commands work");
    }
    DiscordRenderer renderer = new DiscordRenderer();
    DiscordLinkFinder links = new DiscordLinkFinder(ports.findLinks(), LINKS_READ_PER_MESSAGE);
    RateLimitUseCase limiter = ports.limiter();
    GlossListener listener =
        new GlossListener(
            new PastedLinkHandler(
                ports,
                renderer,
                links,
                new RequestContext(executor),
                new RequestContext(acks),
                settings.messageContent(),
                new Reposts(ports.sharedLinks(), settings.repostWindow())),
            interactions(renderer, links, limiter),
            settings.devGuild(),
            ready,
            this::fatal);
    String apiUrl = settings.apiUrl().endsWith("/") ? settings.apiUrl() : settings.apiUrl() + "/";
    // JDA puts its shard ids in the logging context of the thread that logs in, and leaves them.
    @Nullable Map<String, String> context = MDC.getCopyOfContextMap();
    try {
      shards =
          DefaultShardManagerBuilder.createLight(
                  settings.token(), intents(settings.messageContent()))
              .setMemberCachePolicy(MemberCachePolicy.NONE)
              .setRestConfig(new RestConfig().setBaseUrl(apiUrl))
              .setSessionController(new GatewaySessions(settings.gatewayUrl(), identifyGate))
              .setCompression(Compression.NONE)
              .setGatewayEncoding(GatewayEncoding.JSON)
              .setShardsTotal(settings.shardsTotal())
              .setShards(settings.shardMin(), settings.shardMax())
              .addEventListeners(listener)
              .build();
    } catch (InvalidTokenException e) {
      fatal("Discord refused DISCORD_TOKEN (401): reset the token in the Developer Portal");
      throw new IllegalArgumentException(fatalProblem); // a configuration mistake: no retry helps
    } catch (ErrorResponseException e) {
      throw unreachable(e, apiUrl);
    } finally {
      RequestContext.restore(context);
    }
    log.info(
        "Discord bot starting: {}, identifies paced {}",
        settings,
        identifyGate == null ? "by this process" : "with the other instances (store)");
  }

  /**
   * A login that failed before Discord answered (JDA's code -1: network down, a proxy, a wrong
   * {@code discord.api-url}) as an I/O failure naming the URL, for a one-line message and a start
   * that a service manager tries again; any answer from Discord stays as JDA reports it.
   */
  private static RuntimeException unreachable(ErrorResponseException e, String apiUrl) {
    if (e.getErrorCode() != -1) {
      return e;
    }
    String why = e.getMeaning();
    for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
      if (cause.getMessage() != null) {
        why = cause.getMessage(); // OkHttp's "Failed to connect to /host:port"
        break;
      }
    }
    return new UncheckedIOException(
        new IOException("the Discord API at " + apiUrl + " cannot be reached: " + why, e));
  }

  private InteractionHandler interactions(
      DiscordRenderer renderer, DiscordLinkFinder links, RateLimitUseCase limiter) {
    InteractionHandler handler =
        new InteractionHandler(
            ports,
            renderer,
            links,
            limiter,
            new RequestContext(executor),
            settings.messageContent());
    handler.enableDigest(digest);
    this.interactions = handler;
    return handler;
  }

  /**
   * Paces this instance's IDENTIFYs with the other instances' through the core's gate (before
   * {@link #start()}): for shards split over several processes, which JDA alone spaces only within
   * each process. Without it, JDA's own pacing.
   */
  public synchronized DiscordBot enableIdentifyGate(IdentifyGateUseCase gate) {
    if (shards != null) {
      throw new IllegalStateException("the identify gate must be set before start()");
    }
    this.identifyGate = Objects.requireNonNull(gate, "gate");
    return this;
  }

  /** Answers {@code /digest} with the core's digest commands (before or after {@link #start()}). */
  public void enableDigest(DigestUseCase commands) {
    this.digest = Objects.requireNonNull(commands, "commands");
    InteractionHandler running = interactions;
    if (running != null) {
      running.enableDigest(commands);
    }
  }

  /** Posts digests to this bot's guild channels (for the core's digest runner). */
  public DigestPoster digestPoster() {
    return new DiscordDigestPoster(this::shards, new DiscordDigestRenderer());
  }

  /**
   * Waits until every shard of this instance received READY; false on timeout or when Discord
   * refused the connection for good (see {@link #fatalProblem()}).
   */
  public boolean awaitReady(Duration timeout) throws InterruptedException {
    return ready.await(timeout.toMillis(), TimeUnit.MILLISECONDS) && fatalProblem == null;
  }

  /**
   * Why Discord refused this bot for good (bad token, Message Content intent not allowed, wrong
   * sharding), naming the setting to fix; empty while all is well. {@code gloss run} can exit with
   * it.
   */
  public Optional<String> fatalProblem() {
    return Optional.ofNullable(fatalProblem);
  }

  private void fatal(String problem) {
    fatalProblem = problem;
    while (ready.getCount() > 0) {
      ready.countDown(); // wake anyone waiting for READY: it will not come
    }
  }

  /** The running shards (empty before {@link #start()}). */
  public synchronized List<JDA> shards() {
    return shards == null ? List.of() : shards.getShards();
  }

  /**
   * Disconnects every shard and waits (briefly) until they are down. In-flight core work on the
   * executor finishes on its own; the caller shuts the executor down.
   */
  public synchronized void stop() {
    if (shards == null) {
      return;
    }
    List<JDA> running = shards.getShards();
    shards.shutdown();
    shards = null;
    for (JDA shard : running) {
      try {
        if (!shard.awaitShutdown(Duration.ofSeconds(10))) {
          log.warn("shard {} did not shut down within 10 s", shard.getShardInfo());
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  @Override
  public void close() {
    stop();
  }
}
