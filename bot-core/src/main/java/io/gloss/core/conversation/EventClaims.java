package io.gloss.core.conversation;

import io.gloss.core.port.in.EventClaimUseCase;
import io.gloss.core.port.in.StoreUnavailableException;
import io.gloss.core.port.out.ProcessedEvents;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link EventClaimUseCase} on {@link ProcessedEvents}. The lease covers the longest reply (fetch,
 * extraction and an LLM call for a few links) with room to spare and is shorter than the platforms'
 * later retries (Slack retries after about 1 and 5 minutes), so a retry after a crash is answered.
 * Events are remembered for a day. When the store cannot be reached the event is worked on anyway:
 * answering twice is better than never answering.
 */
public final class EventClaims implements EventClaimUseCase {
  private static final Logger log = LoggerFactory.getLogger(EventClaims.class);

  /** How long a claim stays fresh without an answer. */
  public static final Duration DEFAULT_LEASE = Duration.ofMinutes(2);

  /** How long an event is remembered: far longer than any platform retries. */
  public static final Duration DEFAULT_RETENTION = Duration.ofHours(24);

  private final ProcessedEvents events;
  private final Duration lease;
  private final Duration retention;
  private final String instance = UUID.randomUUID().toString();
  private final AtomicLong sequence = new AtomicLong();

  public EventClaims(ProcessedEvents events, Duration lease, Duration retention) {
    this.events = Objects.requireNonNull(events, "events");
    this.lease = Objects.requireNonNull(lease, "lease");
    this.retention = Objects.requireNonNull(retention, "retention");
    if (lease.isNegative() || lease.isZero() || retention.compareTo(lease) < 0) {
      throw new IllegalArgumentException("lease must be positive and retention at least the lease");
    }
  }

  public EventClaims(ProcessedEvents events) {
    this(events, DEFAULT_LEASE, DEFAULT_RETENTION);
  }

  @Override
  public Optional<Claim> claim(String platform, String eventKey) {
    String key = platform + ":" + eventKey;
    String owner = instance + ":" + sequence.incrementAndGet();
    try {
      if (!events.claim(key, owner, lease, retention)) {
        return Optional.empty();
      }
    } catch (StoreUnavailableException e) {
      // The outage is logged once where the store calls are bounded.
      log.debug("Could not claim {}; working on it anyway: {}", key, e.getMessage());
      return Optional.of(new Held(key, owner));
    } catch (RuntimeException e) {
      log.warn("Could not claim {}; working on it anyway: {}", key, e.toString());
      return Optional.of(new Held(key, owner));
    }
    return Optional.of(new Held(key, owner));
  }

  private final class Held implements Claim {
    private final String key;
    private final String owner;

    Held(String key, String owner) {
      this.key = key;
      this.owner = owner;
    }

    @Override
    public void answered() {
      try {
        events.answered(key, owner);
      } catch (RuntimeException e) {
        log.warn("Could not mark {} answered: {}", key, e.toString());
      }
    }

    @Override
    public void release() {
      try {
        events.release(key, owner);
      } catch (RuntimeException e) {
        log.warn("Could not release {}: {}", key, e.toString());
      }
    }
  }
}
