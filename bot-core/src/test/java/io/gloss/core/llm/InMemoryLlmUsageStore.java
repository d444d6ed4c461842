package io.gloss.core.llm;

import io.gloss.core.domain.LlmUsage;
import io.gloss.core.port.out.LlmUsageStore;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Usage kept in memory: for tests and for a single instance without a database. Old days are
 * dropped when a new day is first written, so the map stays small.
 */
public final class InMemoryLlmUsageStore implements LlmUsageStore {
  private record Key(String workspace, LocalDate day) {}

  private final Map<Key, LlmUsage> usage = new ConcurrentHashMap<>();

  @Override
  public LlmUsage add(String workspace, LocalDate day, int calls, long tokens) {
    usage.keySet().removeIf(key -> key.day().isBefore(day.minusDays(1)));
    return usage.merge(
        new Key(workspace, day),
        new LlmUsage(calls, tokens),
        (a, b) -> new LlmUsage(a.calls() + b.calls(), a.tokens() + b.tokens()));
  }

  @Override
  public LlmUsage get(String workspace, LocalDate day) {
    return usage.getOrDefault(new Key(workspace, day), LlmUsage.NONE);
  }
}
