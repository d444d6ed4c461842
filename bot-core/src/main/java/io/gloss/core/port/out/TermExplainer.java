package io.gloss.core.port.out;

import io.gloss.core.domain.AnalyzedArticle;
import io.gloss.core.domain.GlossaryEntry;
import java.util.List;

/**
 * Builds the glossary of a reply: the article's hard terms explained from the best source available
 * (team override, the article's box, the article text, earlier articles, dictionaries, AI), and
 * remembers what the article taught. Thread-safe.
 */
public interface TermExplainer {

  /**
   * @param article the analyzed article
   * @param aiExplanations explanations a language model wrote for this article (may be empty)
   * @return the entries to show, most useful first; only terms with a real explanation
   */
  List<GlossaryEntry> explain(AnalyzedArticle article, List<GlossaryEntry> aiExplanations);
}
