package io.gloss.core.llm;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/** Counters for metrics; the config module exports them (e.g. to Micrometer gauges). */
public final class LlmMetrics {
  private final AtomicLong calls = new AtomicLong();
  private final AtomicLong successes = new AtomicLong();
  private final AtomicLong repairs = new AtomicLong();
  private final AtomicLong droppedBullets = new AtomicLong();
  private final AtomicLong tokens = new AtomicLong();
  private final Map<FallbackReason, AtomicLong> fallbacks = new EnumMap<>(FallbackReason.class);

  public LlmMetrics() {
    for (FallbackReason reason : FallbackReason.values()) {
      fallbacks.put(reason, new AtomicLong());
    }
  }

  /** A snapshot of the counters. */
  public record Snapshot(
      long calls,
      long successes,
      long repairs,
      long droppedBullets,
      long tokens,
      Map<FallbackReason, Long> fallbacks) {
    public Snapshot {
      fallbacks = Map.copyOf(fallbacks);
    }

    public long fallbacks(FallbackReason reason) {
      return fallbacks.getOrDefault(reason, 0L);
    }
  }

  void call(long usedTokens) {
    calls.incrementAndGet();
    tokens.addAndGet(usedTokens);
  }

  void success() {
    successes.incrementAndGet();
  }

  void repair() {
    repairs.incrementAndGet();
  }

  void dropped(int bullets) {
    droppedBullets.addAndGet(bullets);
  }

  void fallback(FallbackReason reason) {
    fallbacks.get(reason).incrementAndGet();
  }

  public Snapshot snapshot() {
    Map<FallbackReason, Long> copy = new EnumMap<>(FallbackReason.class);
    fallbacks.forEach((reason, count) -> copy.put(reason, count.get()));
    return new Snapshot(
        calls.get(), successes.get(), repairs.get(), droppedBullets.get(), tokens.get(), copy);
  }
}
