package io.gloss.core.cache;

import com.github.benmanes.caffeine.cache.Ticker;
import io.gloss.core.port.out.WorkLeases;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lets one instance of a fleet do a piece of work (fetch a URL, summarize a variant) while the
 * others wait for its stored result. The caller asks for its {@link Turn}: either the result some
 * other instance stored meanwhile, or the lease to do the work itself.
 *
 * <p>Waiting is bounded: after {@link Settings#maxWait()} the waiter does the work itself rather
 * than fail (a slow holder costs a second fetch, never an unanswered user). When the holder gives
 * up without a stored result (the site failed, the summary was a fallback), a waiter takes the
 * lease and tries itself. When the leases cannot be read (the store is down), everybody works.
 */
public final class SharedWork {
  private static final Logger log = LoggerFactory.getLogger(SharedWork.class);

  /**
   * @param lease how long a lease lasts: longer than the work normally takes, so that nobody takes
   *     over a holder that is still working, short enough that a crashed holder delays little
   * @param maxWait how long a waiter waits for the holder's stored result
   * @param pollInterval how often a waiter looks for the stored result
   */
  public record Settings(Duration lease, Duration maxWait, Duration pollInterval) {
    /** A 60 s lease, waits of at most 30 s, the store asked every 100 ms. */
    public static final Settings DEFAULTS =
        new Settings(Duration.ofSeconds(60), Duration.ofSeconds(30), Duration.ofMillis(100));

    public Settings {
      for (Duration duration : new Duration[] {lease, maxWait, pollInterval}) {
        if (Objects.requireNonNull(duration, "duration").isNegative() || duration.isZero()) {
          throw new IllegalArgumentException("durations must be positive, was " + duration);
        }
      }
    }
  }

  /** Sleeps between two looks at the store (a test passes one that moves its ticker). */
  @FunctionalInterface
  public interface Pause {
    void sleep(Duration duration) throws InterruptedException;
  }

  /**
   * Counters for the operator and for measurements.
   *
   * @param leased works done under a lease (or alone, when the leases failed or a wait ran out)
   * @param waited turns that found the lease taken and waited
   * @param sharedResults waits that ended with another instance's stored result
   * @param waitTimeouts waits that ran out, after which this instance did the work
   * @param leaseErrors lease calls that failed (the work was done without a lease)
   */
  public record Stats(
      long leased, long waited, long sharedResults, long waitTimeouts, long leaseErrors) {}

  /**
   * The outcome of {@link #turn}: a result another instance stored, or the right (and duty) to do
   * the work. Close it when the work is done (or failed) to release the lease.
   */
  public static final class Turn<T> implements AutoCloseable {
    private final @Nullable T stored;
    private final Runnable release;

    private Turn(@Nullable T stored, Runnable release) {
      this.stored = stored;
      this.release = release;
    }

    /** Another instance's result; empty when this instance is to do the work. */
    public Optional<T> stored() {
      return Optional.ofNullable(stored);
    }

    @Override
    public void close() {
      release.run();
    }
  }

  private final WorkLeases leases;
  private final Settings settings;
  private final Ticker ticker;
  private final Pause pause;
  private final String instance = UUID.randomUUID().toString();
  private final AtomicLong turns = new AtomicLong();
  private final LongAdder leased = new LongAdder();
  private final LongAdder waited = new LongAdder();
  private final LongAdder sharedResults = new LongAdder();
  private final LongAdder waitTimeouts = new LongAdder();
  private final LongAdder leaseErrors = new LongAdder();

  public SharedWork(WorkLeases leases, Settings settings, Ticker ticker, Pause pause) {
    this.leases = Objects.requireNonNull(leases, "leases");
    this.settings = Objects.requireNonNull(settings, "settings");
    this.ticker = Objects.requireNonNull(ticker, "ticker");
    this.pause = Objects.requireNonNull(pause, "pause");
  }

  /** Shared through the store's leases, waiting with {@link Thread#sleep}. */
  public static SharedWork shared(WorkLeases leases, Settings settings) {
    return new SharedWork(leases, settings, Ticker.systemTicker(), SharedWork::sleep);
  }

  /** One process alone: every turn is this instance's. */
  public static SharedWork local() {
    return shared(WorkLeases.LOCAL, Settings.DEFAULTS);
  }

  /**
   * This instance's turn for the work named {@code key}.
   *
   * @param key names the work, e.g. {@code fetch <canonical URL>}; bounded by the caller
   * @param stored looks for the result in the store (failures read as empty)
   */
  public <T> Turn<T> turn(String key, Supplier<Optional<T>> stored) {
    String owner = instance + ":" + turns.incrementAndGet();
    if (acquire(key, owner)) {
      return mine(key, owner, stored);
    }
    waited.increment();
    long deadline = ticker.read() + settings.maxWait().toNanos();
    while (true) {
      try {
        pause.sleep(settings.pollInterval());
      } catch (InterruptedException e) {
        // Shutting down: do not keep the request waiting; the work itself will see the flag.
        Thread.currentThread().interrupt();
        return unleased();
      }
      Optional<T> result = stored.get();
      if (result.isPresent()) {
        sharedResults.increment();
        return new Turn<>(result.get(), () -> {});
      }
      if (acquire(key, owner)) {
        return mine(key, owner, stored);
      }
      if (ticker.read() - deadline >= 0) {
        waitTimeouts.increment();
        log.info(
            "Waited {} for another instance's {}; doing it here", settings.maxWait(), kind(key));
        return unleased();
      }
    }
  }

  public Stats stats() {
    return new Stats(
        leased.sum(), waited.sum(), sharedResults.sum(), waitTimeouts.sum(), leaseErrors.sum());
  }

  /**
   * The lease is ours; but a holder may have stored its result and released the lease between our
   * last look and our taking it, so look once more before working.
   */
  private <T> Turn<T> mine(String key, String owner, Supplier<Optional<T>> stored) {
    // Alone (WorkLeases.LOCAL) nobody else stores meanwhile: no extra store read.
    Optional<T> result = leases == WorkLeases.LOCAL ? Optional.empty() : stored.get();
    if (result.isPresent()) {
      release(key, owner);
      sharedResults.increment();
      return new Turn<>(result.get(), () -> {});
    }
    leased.increment();
    return new Turn<>(null, () -> release(key, owner));
  }

  private <T> Turn<T> unleased() {
    leased.increment();
    return new Turn<>(null, () -> {});
  }

  private boolean acquire(String key, String owner) {
    try {
      return leases.tryAcquire(key, owner, settings.lease());
    } catch (RuntimeException e) {
      // No leases, no coordination: each instance works alone, as a single instance would.
      leaseErrors.increment();
      log.warn("Work lease unavailable ({}); working without it", e.toString());
      return true;
    }
  }

  private void release(String key, String owner) {
    try {
      leases.release(key, owner);
    } catch (RuntimeException e) {
      // The lease runs out by itself; until then the others wait or find the stored result.
      leaseErrors.increment();
      log.warn("Work lease not released ({}); it runs out by itself", e.toString());
    }
  }

  /** The kind of work without the URL (URLs of private pages do not belong in INFO logs). */
  private static String kind(String key) {
    int space = key.indexOf(' ');
    return space < 0 ? "work" : key.substring(0, space);
  }

  private static void sleep(Duration duration) throws InterruptedException {
    Thread.sleep(duration.toMillis());
  }
}
