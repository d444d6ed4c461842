package io.gloss.core.glossary;

import org.jspecify.annotations.Nullable;

/**
 * How well a general news reader already knows a term, as the built-in glossary rates it (the fifth
 * column of its files: 1, 2 or 3). It is what a reply's ranking asks first: a word every reader
 * knows is never worth a line, however often the article uses it.
 */
public enum Familiarity {
  /** Nearly every adult knows it ("환율", "electric car"): explaining it is rarely worth a line. */
  EVERYDAY,
  /** News readers know roughly what it means ("무역수지", "budget deficit"). */
  FAMILIAR,
  /** Most readers need an explanation to follow the article ("수율", "yield curve"). */
  SPECIALIST,
  /** Not in the built-in glossary, or not rated there: the other signals decide. */
  UNRATED;

  /** The level written in a glossary file, or {@code null} when the text is not a level. */
  static @Nullable Familiarity ofLevel(String level) {
    return switch (level.strip()) {
      case "1" -> EVERYDAY;
      case "2" -> FAMILIAR;
      case "3" -> SPECIALIST;
      default -> null;
    };
  }
}
