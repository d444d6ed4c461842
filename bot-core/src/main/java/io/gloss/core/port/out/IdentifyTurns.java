package io.gloss.core.port.out;

import java.time.Duration;
import java.util.Objects;

/**
 * The turns of Discord's IDENTIFY buckets, kept where every instance sees them (the store). A turn
 * is held from {@link #tryTake} until its holder's {@link #finish} starts the bucket's interval, or
 * until the hold runs out (a holder that died blocks its bucket no longer than that). Times are the
 * store's, so instances on machines whose clocks differ still agree. Thread-safe.
 */
public interface IdentifyTurns {

  /**
   * Takes the turn of {@code key} when it is free (never taken, or its hold or interval is over).
   *
   * @param holder who takes it, unique per turn (a new id each time)
   * @param hold how long the turn stays taken if {@link #finish} never comes
   * @return taken, or how long until the current turn ends
   * @throws RuntimeException when the store fails
   */
  Attempt tryTake(String key, String holder, Duration hold);

  /**
   * Ends {@code holder}'s turn of {@code key}: it is free again {@code interval} from now. Nothing
   * when the turn is someone else's by now (this holder's hold ran out and another took it).
   *
   * @throws RuntimeException when the store fails
   */
  void finish(String key, String holder, Duration interval);

  /**
   * What {@link #tryTake} got.
   *
   * @param taken whether the caller now holds the turn
   * @param retryIn when not taken, how long until the current turn ends (zero when taken)
   */
  record Attempt(boolean taken, Duration retryIn) {
    public static final Attempt TAKEN = new Attempt(true, Duration.ZERO);

    public Attempt {
      Objects.requireNonNull(retryIn, "retryIn");
      if (retryIn.isNegative()) {
        throw new IllegalArgumentException("'retryIn' must not be negative, was " + retryIn);
      }
    }

    /** Not taken: the turn is free again after {@code retryIn}. */
    public static Attempt busyFor(Duration retryIn) {
      return new Attempt(false, retryIn);
    }
  }
}
