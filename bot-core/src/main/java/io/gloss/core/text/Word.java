package io.gloss.core.text;

import java.util.Objects;

/**
 * A content word found in a text.
 *
 * @param text the word as written
 * @param kind what kind of word it is
 * @param start offset of its first char in the analyzed text
 * @param end offset after its last char
 */
public record Word(String text, WordKind kind, int start, int end) {
  public Word {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(kind, "kind");
  }
}
