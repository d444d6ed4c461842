package io.gloss.core.domain;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One explained term.
 *
 * @param term the term as written by its source, e.g. {@code 소버린 AI}
 * @param aliases other names of the same thing (abbreviation, expansion, other language)
 * @param definition the plain-language explanation
 * @param language ISO 639-1 code of the definition, if known
 * @param provenance where the explanation came from
 */
public record GlossaryEntry(
    String term,
    List<String> aliases,
    String definition,
    @Nullable String language,
    Provenance provenance) {

  public GlossaryEntry {
    Objects.requireNonNull(term, "term");
    Objects.requireNonNull(definition, "definition");
    Objects.requireNonNull(provenance, "provenance");
    aliases = List.copyOf(aliases);
    if (term.isBlank()) {
      throw new IllegalArgumentException("'term' must not be blank");
    }
  }

  public GlossaryEntry withProvenance(Provenance newProvenance) {
    return new GlossaryEntry(term, aliases, definition, language, newProvenance);
  }
}
