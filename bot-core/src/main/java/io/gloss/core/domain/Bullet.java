package io.gloss.core.domain;

import java.util.List;
import java.util.Objects;

/**
 * One summary line.
 *
 * @param text the sentence shown to the user
 * @param sentenceIds ids of the article sentences it rests on (see {@link Sentence#id()})
 */
public record Bullet(String text, List<Integer> sentenceIds) {
  public Bullet {
    Objects.requireNonNull(text, "text");
    sentenceIds = List.copyOf(sentenceIds);
  }
}
