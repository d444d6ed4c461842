package io.gloss.core.port.out;

import java.time.Duration;

/**
 * De-duplication of platform events (Slack retries, two instances receiving one event), shared by
 * every instance through the store. A claim is a lease: the claimer works, posts its reply and then
 * marks the event answered. A retry while the lease is fresh, or after the answer, finds the event
 * taken; a retry after the lease ran out with no answer (the claimer died) takes it over. Thread-
 * safe.
 */
public interface ProcessedEvents {

  /**
   * Claims an event before working on it: atomically, so two claimers racing get one true.
   *
   * @param eventKey e.g. {@code slack:event:Ev123} or {@code discord:msg:123}
   * @param owner who claims (unique per claim), so that only the owner marks it answered
   * @param lease how long the claim stays fresh without an answer
   * @param retention how long the event is remembered at all
   * @return true when the caller now holds the claim
   */
  boolean claim(String eventKey, String owner, Duration lease, Duration retention);

  /** Marks the event answered by its owner; a retry is never answered again. */
  void answered(String eventKey, String owner);

  /**
   * Gives up the owner's unanswered claim at once (the work failed before any reply), so that a
   * retry can take it over without waiting for the lease.
   */
  void release(String eventKey, String owner);
}
