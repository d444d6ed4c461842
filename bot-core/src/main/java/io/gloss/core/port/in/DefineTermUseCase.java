package io.gloss.core.port.in;

import io.gloss.core.domain.DefineResult;
import io.gloss.core.domain.RequestOrigin;
import java.util.List;

/** {@code /define}: explains a term from the glossary. Thread-safe. */
public interface DefineTermUseCase {

  /** Explains a term: exact key, then alias, then near misses as suggestions. */
  DefineResult define(String term);

  /**
   * Explains a term for someone: an AI explanation of an unknown term counts against the budget of
   * {@code origin}'s workspace. Without an AI definer this is {@link #define(String)}.
   */
  default DefineResult define(String term, RequestOrigin origin) {
    return define(term);
  }

  /** Known terms starting with (or close to) the prefix, best first, at most {@code limit}. */
  List<String> autocomplete(String prefix, int limit);

  /** As {@link #autocomplete(String, int)}, with the terms of {@code origin}'s workspace. */
  default List<String> autocomplete(String prefix, int limit, RequestOrigin origin) {
    return autocomplete(prefix, limit);
  }
}
