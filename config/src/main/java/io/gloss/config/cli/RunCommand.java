package io.gloss.config.cli;

import io.gloss.config.ChatAdapters;
import io.gloss.config.DigestWiring;
import io.gloss.config.GlossApp;
import io.gloss.config.Wiring;
import io.gloss.config.ops.BuildInfo;
import io.gloss.config.ops.OpsServer;
import io.gloss.config.ops.Readiness;
import io.gloss.config.ops.ServiceMetrics;
import io.gloss.config.ops.ShutdownSequence;
import io.gloss.config.ops.ShutdownSignals;
import io.gloss.config.settings.ConfigKeys;
import io.gloss.config.settings.Settings;
import io.gloss.core.digest.DigestScheduler;
import io.gloss.core.store.Database;
import io.gloss.core.store.StoreException;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/**
 * {@code gloss run}: the service. Starts the HTTP server ({@code /healthz}, {@code /readyz}, {@code
 * /metrics}), then every chat adapter whose credentials are configured, and runs until SIGTERM or
 * SIGINT: then it stops taking new events, lets replies in flight finish for up to {@code
 * shutdown.grace-period}, closes the platform connections, the HTTP server and the store, and exits
 * 0.
 */
@Command(name = "run", description = "Run the bot with every configured adapter (Slack, Discord).")
final class RunCommand implements Callable<Integer> {
  private static final Logger log = LoggerFactory.getLogger(RunCommand.class);
  private static final String SERVICE_LOG_LEVEL = "info";

  @ParentCommand GlossCommand root;

  @Override
  public Integer call() throws InterruptedException, IOException {
    Settings settings = root.settings(SERVICE_LOG_LEVEL);
    List<String> missing = ChatAdapters.missingCredentials(settings);
    if (!ChatAdapters.anyConfigured(settings)) {
      root.err().println("Nothing to run: no chat platform is configured.");
      missing.forEach(line -> root.err().println("  - " + line));
      root.err().println("See README.md, \"Connect to Slack\" and \"Connect to Discord\".");
      return GlossCommand.USAGE;
    }
    BuildInfo build = BuildInfo.current();
    log.info("Starting {}", build.describe());
    missing.forEach(line -> log.info("Not started: {}", line));
    ShutdownSignals signals = ShutdownSignals.install();
    Duration grace = settings.duration(ConfigKeys.SHUTDOWN_GRACE);
    Readiness readiness = new Readiness();
    // The store opens (and migrates) meanwhile the metrics and the HTTP server are set up.
    CompletableFuture<Database> store = Wiring.openStore(settings);
    try (ServiceMetrics metrics = new ServiceMetrics(build);
        ShutdownSequence shutdown = new ShutdownSequence()) {
      OpsServer server;
      try {
        server =
            shutdown.register(
                "HTTP server",
                OpsServer.bind(
                    address(settings),
                    settings.integer(ConfigKeys.SERVER_PORT),
                    readiness,
                    metrics));
      } catch (IOException | RuntimeException e) {
        store.thenAccept(Database::close);
        throw e;
      }
      GlossApp app = root.app(metrics, store);
      readiness.add("store", () -> storeProblem(app));
      ChatAdapters adapters =
          shutdown.register(
              "chat platforms",
              ChatAdapters.start(
                  settings, app, new ChatAdapters.Service(server, metrics, readiness)));
      // After the platforms' start, which it would slow down on a small machine: until it is done
      // the first link pays for what it loads.
      app.warmUpInBackground();
      DigestScheduler digest = DigestWiring.start(settings, app, adapters, metrics.telemetry());
      if (digest != null) {
        shutdown.register("digest scheduler", digest); // stops before the platforms it posts to
      }
      log.info(
          "Gloss is running: {}. Ready at http://{}:{}/readyz",
          String.join(", ", adapters.names()),
          address(settings),
          server.port());
      signals.await();
      long stopping = System.nanoTime();
      readiness.stopping();
      if (adapters.drain(grace)) {
        log.info("Replies in flight finished");
      } else {
        log.warn("Shutdown grace period ({}) over: replies still in flight are dropped", grace);
      }
      shutdown.close(); // platforms, then the HTTP server; the store closes with the app
      log.info("Stopped in {} ms", (System.nanoTime() - stopping) / 1_000_000);
    }
    return GlossCommand.OK;
  }

  /** Slack's HTTP mode must be reachable from Slack; otherwise only local scrapers need it. */
  static String address(Settings settings) {
    return settings
        .optional(ConfigKeys.SERVER_ADDRESS)
        .orElse(
            ChatAdapters.slackConfigured(settings)
                    && "http".equals(settings.string(ConfigKeys.SLACK_MODE))
                ? "0.0.0.0"
                : "127.0.0.1");
  }

  private static @Nullable String storeProblem(GlossApp app) {
    try {
      boolean valid = app.stores().database().read(connection -> connection.isValid(2));
      return valid ? null : "not reachable";
    } catch (StoreException e) {
      return "not reachable";
    }
  }
}
