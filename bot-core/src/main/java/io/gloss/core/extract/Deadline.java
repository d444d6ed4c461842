package io.gloss.core.extract;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * A cooperative time budget: long loops call {@link #check()} now and then. An interrupt (the
 * {@link BoundedArticleExtractor} giving up on this worker) ends it too.
 */
final class Deadline {
  private final Clock clock;
  private final Instant end;
  private int calls;

  Deadline(Clock clock, Duration budget) {
    this.clock = clock;
    this.end = clock.instant().plus(budget);
  }

  /** Cheap enough for every node: reads the clock only every 1,024 calls. */
  void tick() {
    if ((++calls & 1023) == 0) {
      check();
    }
  }

  void check() {
    if (Thread.currentThread().isInterrupted() || clock.instant().isAfter(end)) {
      throw new OverBudgetException("extraction took longer than its time budget");
    }
  }

  /** Thrown inside the extractor and turned into {@code EXTRACTION_FAILED} at its boundary. */
  static final class OverBudgetException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    OverBudgetException(String message) {
      super(message, null, false, false);
    }
  }
}
