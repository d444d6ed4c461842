package io.gloss.core.domain;

import java.util.Objects;

/**
 * One sentence of an article body.
 *
 * @param id position in the article, from 0, stable for a given body text
 * @param paragraph index of the paragraph it belongs to
 * @param text the sentence
 */
public record Sentence(int id, int paragraph, String text) {
  public Sentence {
    Objects.requireNonNull(text, "text");
  }
}
