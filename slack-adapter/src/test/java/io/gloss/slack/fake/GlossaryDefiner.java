package io.gloss.slack.fake;

import io.gloss.core.domain.DefineResult;
import io.gloss.core.domain.GlossaryEntry;
import io.gloss.core.domain.TermKey;
import io.gloss.core.port.in.DefineTermUseCase;
import java.util.List;

/** A small DefineTermUseCase over an in-memory glossary: exact key or alias, else suggestions. */
public final class GlossaryDefiner implements DefineTermUseCase {
  private final InMemoryGlossary glossary;

  public GlossaryDefiner(InMemoryGlossary glossary) {
    this.glossary = glossary;
  }

  @Override
  public DefineResult define(String term) {
    String key = TermKey.of(term);
    List<GlossaryEntry> found = glossary.findByKey(key);
    if (found.isEmpty()) {
      String prefix = key.length() >= 2 ? key.substring(0, 2) : key;
      return new DefineResult.NotFound(
          term,
          glossary.all().stream()
              .map(GlossaryEntry::term)
              .filter(t -> !prefix.isEmpty() && TermKey.of(t).startsWith(prefix))
              .distinct()
              .toList());
    }
    return new DefineResult.Found(
        found.get(0), found.subList(1, found.size()), glossary.appearances(key, 3));
  }

  @Override
  public List<String> autocomplete(String prefix, int limit) {
    String key = TermKey.of(prefix);
    return glossary.all().stream()
        .map(GlossaryEntry::term)
        .filter(t -> TermKey.of(t).startsWith(key))
        .limit(limit)
        .toList();
  }
}
