package io.gloss.config;

import io.gloss.config.settings.Settings;
import io.gloss.core.port.out.Summarizer;
import io.gloss.core.port.out.TermDefiner;
import io.gloss.core.store.Database;
import java.time.Clock;
import java.util.List;

/** Chooses the summarizer: extractive offline, or a language model when one is configured. */
final class LlmWiring {
  private LlmWiring() {}

  static SummarizerChoice summarizer(
      Settings settings, Summarizer extractive, Database database, Clock clock) {
    return new SummarizerChoice(extractive, "extractive", TermDefiner.NONE, List.of());
  }
}
