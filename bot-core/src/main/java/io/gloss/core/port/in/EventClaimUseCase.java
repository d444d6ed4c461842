package io.gloss.core.port.in;

import java.util.Optional;

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
  }
}
