package io.gloss.core.domain;

import java.util.Objects;

/**
 * Something the reply should tell the user about how it was made, e.g. that the LLM failed and the
 * extractive summary is shown instead.
 *
 * @param code a stable code for renderers and metrics, e.g. {@code llm_fallback}
 * @param message a short human-readable sentence in the reply language
 * @param provisional the result was made by a fallback that a later try may improve (the LLM was
 *     unavailable), so it is shown but not stored as the article's summary
 */
public record Note(String code, String message, boolean provisional) {
  public Note {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
  }

  /** A note about a result that is final for its inputs. */
  public Note(String code, String message) {
    this(code, message, false);
  }

  /** A note about a fallback result that should not be stored (see {@link #provisional()}). */
  public static Note provisional(String code, String message) {
    return new Note(code, message, true);
  }
}
