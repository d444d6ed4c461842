package io.gloss.config;

import io.gloss.config.settings.ConfigKeys;
import io.gloss.config.settings.Settings;
import io.gloss.core.digest.DigestCommands;
import io.gloss.core.digest.DigestPlanner;
import io.gloss.core.digest.DigestRunner;
import io.gloss.core.digest.DigestScheduler;
import io.gloss.core.digest.DigestSettings;
import io.gloss.core.digest.StoryGrouper;
import io.gloss.core.port.out.DigestPoster;
import io.gloss.core.port.out.Telemetry;
import io.gloss.core.store.JdbcDigestZoneStore;
import io.gloss.core.store.Stores;
import io.gloss.core.text.KoreanWords;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The daily digest, wired: runner, planner and store of the app, posters of the platforms. */
public final class DigestWiring {
  private static final Logger log = LoggerFactory.getLogger(DigestWiring.class);

  private DigestWiring() {}

  public static DigestSettings settings(Settings settings) {
    return DigestSettings.defaults()
        .withCatchUp(settings.duration(ConfigKeys.DIGEST_CATCH_UP))
        .withPauseAfterFailures(settings.integer(ConfigKeys.DIGEST_PAUSE_AFTER_FAILURES))
        .withDefaultZone(ZoneId.of(settings.string(ConfigKeys.DIGEST_DEFAULT_ZONE)));
  }

  /** A runner on the app's store; {@code posters} empty for the CLI (preview and status only). */
  public static DigestRunner runner(
      Settings settings,
      GlossApp app,
      List<DigestPoster> posters,
      Clock clock,
      Telemetry telemetry) {
    Stores stores = new Stores(app.stores().database(), clock);
    DigestPlanner planner =
        new DigestPlanner(
            stores.sharedLinks(),
            stores.articles(),
            stores.digestSources(),
            new StoryGrouper(new KoreanWords()));
    return new DigestRunner(
        stores.digests(),
        planner,
        app.stores().channels(),
        posters,
        settings(settings),
        clock,
        telemetry,
        owner());
  }

  /**
   * Starts the scheduler for {@code gloss run} and lets the platforms answer {@code /digest}; null
   * when {@code digest.enabled} is false.
   */
  public static @Nullable DigestScheduler start(
      Settings settings, GlossApp app, ChatAdapters adapters, Telemetry telemetry) {
    if (!settings.bool(ConfigKeys.DIGEST_ENABLED)) {
      log.info("Daily digest disabled (digest.enabled=false)");
      return null;
    }
    Clock clock = Clock.systemUTC();
    DigestRunner runner = runner(settings, app, adapters.digestPosters(), clock, telemetry);
    DigestScheduler scheduler = new DigestScheduler(runner, clock);
    adapters.enableDigest(
        new DigestCommands(
            runner, new JdbcDigestZoneStore(app.stores().database(), clock), scheduler::wake));
    scheduler.start();
    log.info("Daily digest scheduler started");
    return scheduler;
  }

  /** This instance's name in run leases: host and process, never a secret. */
  private static String owner() {
    String host = System.getenv().getOrDefault("HOSTNAME", "gloss");
    return host
        + ":"
        + ProcessHandle.current().pid()
        + ":"
        + UUID.randomUUID().toString().substring(0, 8);
  }
}
