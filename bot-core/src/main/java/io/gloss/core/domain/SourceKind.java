package io.gloss.core.domain;

import java.util.Locale;

/**
 * Where a glossary explanation came from, in order of precedence: a team override beats the
 * article's own glossary box, which beats a definition inside the article text, and so on. AI
 * explanations come last and are always labelled.
 */
public enum SourceKind {
  /** Set by the team with {@code /gloss term set}. */
  TEAM,
  /** The article's own glossary box ({@code <용어설명>}, {@code [용어설명]}, ...). */
  ARTICLE_BOX,
  /** A definition found in the article text, e.g. a parenthetical expansion. */
  ARTICLE_TEXT,
  /** Learned from an earlier article. */
  LEARNED,
  /** An imported dictionary. */
  DICTIONARY,
  /** The news glossary that ships with Gloss ("Gloss 기본 용어집 / Gloss glossary"). */
  BUILTIN,
  /** Explained by a language model; always labelled as such. */
  AI;

  /** Lower values win. */
  public int precedence() {
    return ordinal();
  }

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
