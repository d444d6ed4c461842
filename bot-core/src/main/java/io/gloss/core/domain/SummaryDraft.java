package io.gloss.core.domain;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a summarizer returns: the bullets, plus any term explanations it wrote (LLM mode) and notes.
 *
 * @param bullets the summary lines, each citing sentences
 * @param mode extractive or LLM
 * @param model the model name in LLM mode
 * @param explanations explanations of hard terms written by the summarizer (AI provenance)
 * @param notes remarks for the reply
 */
public record SummaryDraft(
    List<Bullet> bullets,
    SummaryMode mode,
    @Nullable String model,
    List<GlossaryEntry> explanations,
    List<Note> notes) {
  public SummaryDraft {
    Objects.requireNonNull(mode, "mode");
    bullets = List.copyOf(bullets);
    explanations = List.copyOf(explanations);
    notes = List.copyOf(notes);
  }
}
