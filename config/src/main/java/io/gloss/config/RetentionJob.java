package io.gloss.config;

import io.gloss.core.store.DataPurger;
import java.time.Clock;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Deletes what is past its retention (shared links, event ids, old articles) once a day. */
final class RetentionJob implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(RetentionJob.class);

  private final ScheduledExecutorService scheduler =
      Executors.newSingleThreadScheduledExecutor(Wiring.daemonThreads("gloss-retention"));

  RetentionJob(DataPurger purger, Clock clock) {
    scheduler.scheduleWithFixedDelay(
        () -> {
          try {
            DataPurger.Purged purged = purger.purgeExpired(clock.instant());
            log.info("Retention: deleted {} expired rows {}", purged.total(), purged.rowsByTable());
          } catch (RuntimeException e) {
            log.warn("Retention purge failed; it runs again tomorrow", e);
          }
        },
        1,
        24 * 60,
        TimeUnit.MINUTES);
  }

  @Override
  public void close() {
    scheduler.shutdownNow();
  }
}
