package io.gloss.core.digest;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One thread that sleeps until the next digest is due (or at most the recheck interval, to see
 * subscriptions made by other instances and wall-clock jumps), runs what is due, and sleeps again.
 * Not a poll loop: between due times it waits on a condition. {@link #wake()} makes it look at once
 * (a new subscription, or a test that moved the clock). {@link #close()} stops it and waits for a
 * run in progress to finish.
 */
public final class DigestScheduler implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(DigestScheduler.class);

  private final DigestRunner runner;
  private final Clock clock;
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition changed = lock.newCondition();
  private final Thread thread;
  private volatile boolean stopping;
  private boolean wakeRequested;
  private volatile long passes;

  public DigestScheduler(DigestRunner runner, Clock clock) {
    this.runner = Objects.requireNonNull(runner, "runner");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.thread = new Thread(this::loop, "gloss-digest-scheduler");
    thread.setDaemon(true);
  }

  public DigestScheduler start() {
    thread.start();
    return this;
  }

  /** Look at the subscriptions now instead of at the next due time. */
  public void wake() {
    lock.lock();
    try {
      wakeRequested = true;
      changed.signalAll();
    } finally {
      lock.unlock();
    }
  }

  /** How many times the scheduler looked for due digests (for tests and health). */
  public long passes() {
    return passes;
  }

  public boolean isRunning() {
    return thread.isAlive();
  }

  private void loop() {
    while (!stopping) {
      try {
        runner.runDue();
      } catch (RuntimeException e) {
        log.error("Digest scheduler pass failed; next pass at the next due time", e);
      }
      passes++;
      Instant wake;
      try {
        wake = runner.nextWake();
      } catch (RuntimeException e) {
        log.warn("Cannot compute the next digest time: {}", e.toString());
        wake = clock.instant().plus(runner.settings().recheck());
      }
      sleepUntil(wake);
    }
  }

  private void sleepUntil(Instant wake) {
    lock.lock();
    try {
      while (!stopping && !wakeRequested) {
        Duration left = Duration.between(clock.instant(), wake);
        if (left.isNegative() || left.isZero()) {
          break;
        }
        // Sleep in real time for what is left on the (injected) clock, capped so that a moved
        // clock is noticed at the recheck interval at the latest.
        long millis = Math.min(left.toMillis(), runner.settings().recheck().toMillis());
        changed.await(Math.max(1, millis), TimeUnit.MILLISECONDS);
      }
      wakeRequested = false;
    } catch (InterruptedException e) {
      stopping = true;
      Thread.currentThread().interrupt();
    } finally {
      lock.unlock();
    }
  }

  /** Stops the thread; a digest being posted is finished first (up to {@code timeout}). */
  public boolean stop(Duration timeout) {
    stopping = true;
    wake();
    try {
      thread.join(timeout.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return !thread.isAlive();
  }

  @Override
  public void close() {
    if (!stop(Duration.ofSeconds(30))) {
      log.warn("Digest scheduler did not stop within 30 s");
    }
  }
}
