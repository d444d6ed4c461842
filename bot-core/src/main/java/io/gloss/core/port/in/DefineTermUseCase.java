package io.gloss.core.port.in;

import io.gloss.core.domain.DefineResult;
import java.util.List;

/** {@code /define}: explains a term from the glossary. Thread-safe. */
public interface DefineTermUseCase {

  /** Explains a term: exact key, then alias, then near misses as suggestions. */
  DefineResult define(String term);

  /** Known terms starting with (or close to) the prefix, best first, at most {@code limit}. */
  List<String> autocomplete(String prefix, int limit);
}
