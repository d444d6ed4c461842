package io.gloss.core.text;

import java.util.Objects;

/**
 * A short form explained by a long form in the same place of the text: {@code 국내총생산(GDP)}, {@code
 * 과학기술정보통신부(과기정통부)}, {@code Congressional Research Service (CRS)}, {@code 풀스택(Full Stack)}.
 *
 * @param term the hard term: the acronym or abbreviation, or the Korean name of a translation
 * @param expansion the long form: the expansion, or the other-language name
 * @param kind how the two relate
 */
public record Parenthetical(String term, String expansion, Kind kind) {
  public Parenthetical {
    Objects.requireNonNull(term, "term");
    Objects.requireNonNull(expansion, "expansion");
    Objects.requireNonNull(kind, "kind");
  }

  /** How term and expansion relate. */
  public enum Kind {
    /** A Latin acronym and its expansion: {@code GDP} = {@code 국내총생산}. */
    ACRONYM,
    /** A Korean abbreviation and its full name: {@code 과기정통부} = {@code 과학기술정보통신부}. */
    ABBREVIATION,
    /** The same name in another language: {@code 풀스택} = {@code Full Stack}; not an explanation. */
    TRANSLATION
  }

  /** Whether the expansion explains the term (a translation only names it). */
  public boolean explains() {
    return kind != Kind.TRANSLATION;
  }
}
