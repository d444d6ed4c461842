package io.gloss.core.gateway;

import io.gloss.core.port.in.IdentifyGateUseCase;
import io.gloss.core.port.out.IdentifyTurns;
import java.time.Duration;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link IdentifyGateUseCase} on {@link IdentifyTurns} in the store, so that instances started
 * together do not exceed Discord's identify rate between them. Each instance's session controller
 * still spaces its own shards as JDA does; this gate adds the other instances.
 *
 * <p>When the store fails the gate lets the shard identify at once (logged once per outage): the
 * instance then keeps only its own spacing, as a single process would, rather than never
 * connecting. Discord may refuse an IDENTIFY over the rate, and JDA then identifies again.
 */
public final class SharedIdentifyGate implements IdentifyGateUseCase {
  private static final Logger log = LoggerFactory.getLogger(SharedIdentifyGate.class);
  private static final String KEY_PREFIX = "discord-identify:";

  /**
   * How the gate paces a bucket.
   *
   * @param interval from one IDENTIFY's end to the next one's start in the same bucket
   * @param hold how long a turn stays taken when its holder never closes it (it died)
   * @param maxPoll the longest single wait before asking the store again, so that a turn closed
   *     early (long before its hold ran out) is noticed soon
   */
  public record Timing(Duration interval, Duration hold, Duration maxPoll) {
    /**
     * Discord's rule: one IDENTIFY per bucket every 5 seconds. A shard's connect normally ends
     * within a second; a 30 s hold bounds how long a crashed instance keeps its bucket.
     */
    public static final Timing DISCORD =
        new Timing(Duration.ofSeconds(5), Duration.ofSeconds(30), Duration.ofMillis(500));

    public Timing {
      requirePositive(interval, "interval");
      requirePositive(hold, "hold");
      requirePositive(maxPoll, "maxPoll");
    }

    private static void requirePositive(Duration value, String name) {
      Objects.requireNonNull(value, name);
      if (value.isNegative() || value.isZero()) {
        throw new IllegalArgumentException("'" + name + "' must be positive, was " + value);
      }
    }
  }

  private final IdentifyTurns turns;
  private final Timing timing;
  private final AtomicBoolean degraded = new AtomicBoolean();
  private final LongAdder ungated = new LongAdder();

  public SharedIdentifyGate(IdentifyTurns turns, Timing timing) {
    this.turns = Objects.requireNonNull(turns, "turns");
    this.timing = Objects.requireNonNull(timing, "timing");
  }

  /** With Discord's {@link Timing#DISCORD}. */
  public SharedIdentifyGate(IdentifyTurns turns) {
    this(turns, Timing.DISCORD);
  }

  @Override
  public Turn acquire(int bucket) throws InterruptedException {
    if (bucket < 0) {
      throw new IllegalArgumentException("'bucket' must not be negative, was " + bucket);
    }
    String key = KEY_PREFIX + bucket;
    String holder = UUID.randomUUID().toString();
    while (true) {
      IdentifyTurns.Attempt attempt;
      try {
        attempt = turns.tryTake(key, holder, timing.hold());
      } catch (RuntimeException e) {
        storeFailed(e);
        ungated.increment();
        return () -> {};
      }
      storeAnswered();
      if (attempt.taken()) {
        return () -> finish(key, holder);
      }
      Duration wait =
          attempt.retryIn().compareTo(timing.maxPoll()) < 0 ? attempt.retryIn() : timing.maxPoll();
      // At least a millisecond: the store rounds to milliseconds, and a zero wait would spin.
      TimeUnit.MILLISECONDS.sleep(Math.max(1, wait.toMillis()));
    }
  }

  private void finish(String key, String holder) {
    try {
      turns.finish(key, holder, timing.interval());
      storeAnswered();
    } catch (RuntimeException e) {
      // The turn's hold still runs out by itself; the other instances wait that long at most.
      storeFailed(e);
    }
  }

  private void storeFailed(RuntimeException e) {
    if (degraded.compareAndSet(false, true)) {
      log.warn(
          "Discord identify gate: the store failed ({}); shards identify with this instance's own"
              + " spacing only until it answers again",
          e.toString());
    }
  }

  private void storeAnswered() {
    if (degraded.compareAndSet(true, false)) {
      log.info("Discord identify gate: the store answers again; identifies are shared again");
    }
  }

  /** How many shards identified without the store's turn because the store failed. */
  public long ungatedTurns() {
    return ungated.sum();
  }
}
