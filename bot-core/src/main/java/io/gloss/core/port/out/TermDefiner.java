package io.gloss.core.port.out;

import io.gloss.core.domain.GlossaryEntry;
import io.gloss.core.domain.RequestOrigin;
import java.util.Optional;

/**
 * Explains a term no glossary source knows, with a language model (within the budget). The entry
 * returned has {@link io.gloss.core.domain.SourceKind#AI} provenance. Thread-safe.
 */
public interface TermDefiner {

  /**
   * An explanation, or empty when no model is configured, the budget is spent or the call fails.
   */
  Optional<GlossaryEntry> define(String term, RequestOrigin origin);

  /** The definer used when no model is configured. */
  TermDefiner NONE = (term, origin) -> Optional.empty();
}
