package io.gloss.core.domain;

import java.util.Locale;

/** How the bullets were produced. */
public enum SummaryMode {
  /** Sentences picked from the article (offline). */
  EXTRACTIVE,
  /** Written by a language model, each bullet citing article sentences. */
  LLM;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
