package io.gloss.core.port.out;

import io.gloss.core.domain.LlmUsage;
import java.time.LocalDate;

/** Language-model usage per workspace and day, shared by all instances. Thread-safe. */
public interface LlmUsageStore {

  /** Adds usage for (workspace, day) atomically and returns the new totals. */
  LlmUsage add(String workspace, LocalDate day, int calls, long tokens);

  /** The totals for (workspace, day); {@link LlmUsage#NONE} when nothing was used. */
  LlmUsage get(String workspace, LocalDate day);
}
