package io.gloss.core.domain;

import java.util.List;
import java.util.Objects;

/** The answer to {@code /define}: an explanation, or an honest "not yet" with suggestions. */
public sealed interface DefineResult {

  /**
   * The term is known.
   *
   * @param entry the winning explanation (highest precedence)
   * @param others other explanations of the same term, by precedence
   * @param appearances the latest articles that used the term, newest first
   */
  record Found(GlossaryEntry entry, List<GlossaryEntry> others, List<Provenance> appearances)
      implements DefineResult {
    public Found {
      Objects.requireNonNull(entry, "entry");
      others = List.copyOf(others);
      appearances = List.copyOf(appearances);
    }
  }

  /**
   * No explanation exists yet; never an invented one.
   *
   * @param term the term as asked
   * @param suggestions near misses ("did you mean"), best first
   */
  record NotFound(String term, List<String> suggestions) implements DefineResult {
    public NotFound {
      Objects.requireNonNull(term, "term");
      suggestions = List.copyOf(suggestions);
    }
  }
}
