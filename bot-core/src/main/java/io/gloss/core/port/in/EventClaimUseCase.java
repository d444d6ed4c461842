package io.gloss.core.port.in;

import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * One claim policy and one lifetime for platform events on every platform: claim before the work (a
 * lease), mark answered after the reply is posted. A retry while the claim is fresh, or after the
 * answer, is not worked on again; a retry after the claimer died (lease ran out, no answer) is
 * taken over. Never two replies while the lease holds.
 */
public interface EventClaimUseCase {

  /**
   * Claims an event.
   *
   * @param platform {@code slack} or {@code discord}
   * @param eventKey the platform's id of the event (or of the message it is about)
   * @return the claim to answer or release, or empty when the event is someone else's or done
   */
  Optional<Claim> claim(String platform, String eventKey);

  /** A held claim. */
  interface Claim {
    /** The reply is posted: retries are never answered again. */
    void answered();

    /** The work failed before any reply: a retry may take the event over at once. */
    void release();

    /**
     * Runs the work of this claim: answered when it returns, released when it throws (the exception
     * goes on to the caller).
     */
    default void answerWith(Runnable work) {
      try {
        work.run();
      } catch (RuntimeException e) {
        release();
        throw e;
      }
      answered();
    }

    /**
     * Runs the first step of the work of this claim now and returns the rest, to run later and
     * perhaps elsewhere (the quick acceptance of a message on one thread, its summaries on
     * another): released when either step throws, answered when the last one returns. With no rest
     * (null) the claim is answered at once.
     */
    default @Nullable Runnable answerInSteps(Supplier<@Nullable Runnable> first) {
      Runnable rest;
      try {
        rest = first.get();
      } catch (RuntimeException e) {
        release();
        throw e;
      }
      if (rest == null) {
        answered();
        return null;
      }
      return () -> answerWith(rest);
    }
  }
}
