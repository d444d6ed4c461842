package io.gloss.core.domain;

import java.util.Objects;

/**
 * Something the reply should tell the user about how it was made, e.g. that the LLM failed and the
 * extractive summary is shown instead.
 *
 * @param code a stable code for renderers and metrics, e.g. {@code llm_fallback}
 * @param message a short human-readable sentence in the reply language
 */
public record Note(String code, String message) {
  public Note {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
  }
}
