package io.gloss.core.port.out;

import java.time.Duration;

/**
 * De-duplication of platform events (Slack retries, two instances receiving one event). Shared by
 * every instance through the store. Thread-safe.
 */
public interface ProcessedEvents {

  /**
   * Claims an event before working on it.
   *
   * @param eventKey e.g. {@code slack:Ev123} or {@code discord:msg:123}
   * @param ttl how long the claim is remembered
   * @return true for the first claim, false when another delivery (or instance) already claimed it
   */
  boolean claim(String eventKey, Duration ttl);
}
