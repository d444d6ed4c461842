package io.gloss.core.glossary;

import io.gloss.core.domain.GlossaryEntry;
import io.gloss.core.domain.SourceKind;
import io.gloss.core.domain.TermKey;
import io.gloss.core.port.out.GlossaryStore;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds stored terms in a text without holding them: an imported dictionary's always, and every
 * stored term once a busy glossary holds too many to keep as a matcher ({@link
 * GlossaryTermExplainer#HELD_LIMIT}). A dictionary may have hundreds of thousands of words, and the
 * terms learned from articles grow with every article read: as a matcher in every process they cost
 * seconds and hundreds of megabytes at each start and at each reread. Instead the stretches of the
 * text that could spell a term are looked up by key, and a matcher of the entries found finds them
 * in the text as a matcher of all of them would.
 */
final class StoredTermLookup {
  private static final Logger log = LoggerFactory.getLogger(StoredTermLookup.class);

  /**
   * The longest key looked up, in letters: longer dictionary entries are phrases or sentences, not
   * terms a reply explains, and every letter more is a lookup more at each place of the text (a
   * Korean article of 3,000 syllables gives about 6,000 keys to look up).
   */
  static final int MAX_KEY_LETTERS = 32;

  /**
   * The most keys one article looks up: an article of 3,000 Korean syllables gives about 6,000, one
   * of 10,000 about 20,000. A hostile page of 200,000 syllables without a space gave six million
   * (20 s and 1.9 GB for one reply); past the limit, the rest of such a text is not looked up.
   */
  static final int MAX_KEYS = 20_000;

  private StoredTermLookup() {}

  /**
   * The stored terms of these kinds in the text, as {@link TermMatcher#find} gives them, for the
   * stretches {@code wanted} keeps.
   *
   * @param kinds the kinds looked up: none, nothing is looked up (a store without a dictionary)
   */
  static List<TermMatcher.Match<String>> find(
      GlossaryStore store, TermMatcher.Text text, Set<SourceKind> kinds, Predicate<String> wanted) {
    if (kinds.isEmpty()) {
      return List.of();
    }
    Set<String> spans = TermMatcher.spans(text, MAX_KEY_LETTERS, wanted, MAX_KEYS);
    if (spans.isEmpty()) {
      return List.of();
    }
    if (spans.size() == MAX_KEYS) {
      log.debug(
          "Stored-term lookup stopped at {} keys: the rest of the article is not looked up",
          MAX_KEYS);
    }
    Map<String, String> spellings = new LinkedHashMap<>();
    for (List<GlossaryEntry> entries : store.findByKeys(spans).values()) {
      for (GlossaryEntry entry : entries) {
        if (kinds.contains(entry.provenance().kind())) {
          List<String> names = new ArrayList<>(entry.aliases());
          names.add(0, entry.term());
          for (String name : names) {
            String key = TermKey.of(name);
            if (spans.contains(key)) {
              spellings.putIfAbsent(name, key);
            }
          }
        }
      }
    }
    return spellings.isEmpty() ? List.of() : new TermMatcher<>(spellings).find(text);
  }
}
