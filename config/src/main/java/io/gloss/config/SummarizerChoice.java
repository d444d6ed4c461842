package io.gloss.config;

import io.gloss.core.llm.LlmClient;
import io.gloss.core.port.out.Summarizer;
import io.gloss.core.port.out.TermDefiner;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The summarizer in use (extractive, or LLM with the extractive one as fallback), its engine name
 * for stored summaries, the AI term definer, what to close, and the LLM client when there is one
 * (its counters feed the metrics).
 */
record SummarizerChoice(
    Summarizer summarizer,
    String engine,
    TermDefiner definer,
    List<AutoCloseable> resources,
    @Nullable LlmClient llmClient) {

  Optional<LlmClient> client() {
    return Optional.ofNullable(llmClient);
  }
}
