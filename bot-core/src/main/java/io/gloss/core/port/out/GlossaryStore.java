package io.gloss.core.port.out;

import io.gloss.core.domain.GlossaryEntry;
import io.gloss.core.domain.Provenance;
import io.gloss.core.domain.SourceKind;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Persistent glossary: entries keyed by {@link io.gloss.core.domain.TermKey} of the term and of
 * each alias, with provenance, plus the articles each term appeared in. Thread-safe.
 */
public interface GlossaryStore {

  /**
   * Adds or replaces an entry. An entry is identified by (term key, source kind, source url or
   * name): the same article box saved twice leaves one entry, updated.
   */
  void upsert(GlossaryEntry entry);

  /**
   * {@link #upsert} for many entries: a dictionary import of hundreds of thousands of words is
   * written a batch per transaction, not a transaction (and a disk sync) per word.
   */
  default void upsertAll(List<GlossaryEntry> entries) {
    entries.forEach(this::upsert);
  }

  /** Every entry whose term or alias has this key, best precedence first. */
  List<GlossaryEntry> findByKey(String termKey);

  /**
   * {@link #findByKey} for many keys at once: a reply ranks dozens of candidate terms, and a
   * database answers them in one query rather than one round trip each. Keys without an entry are
   * absent from the map.
   */
  default Map<String, List<GlossaryEntry>> findByKeys(Collection<String> termKeys) {
    Map<String, List<GlossaryEntry>> found = new HashMap<>();
    for (String key : termKeys) {
      List<GlossaryEntry> entries = findByKey(key);
      if (!entries.isEmpty()) {
        found.put(key, entries);
      }
    }
    return found;
  }

  /** All entries, for suggestions, autocomplete and export. */
  List<GlossaryEntry> all();

  /**
   * The names of at most {@code limit} entries of these kinds, each its term then its aliases, in
   * the order of {@link #all}: what matchers, Nori's user words and suggestions need, without the
   * definitions. An imported dictionary, which may hold hundreds of thousands of words, is left out
   * of what a process holds and read by key instead ({@link #findByKeys}).
   */
  default List<List<String>> names(Set<SourceKind> kinds, int limit) {
    return all().stream()
        .filter(e -> kinds.contains(e.provenance().kind()))
        .limit(limit)
        .map(
            e -> {
              List<String> names = new ArrayList<>(e.aliases());
              names.add(0, e.term());
              return List.copyOf(names);
            })
        .toList();
  }

  /** Every kind but an imported dictionary's. */
  Set<SourceKind> HELD_KINDS =
      Collections.unmodifiableSet(EnumSet.complementOf(EnumSet.of(SourceKind.DICTIONARY)));

  /** Whether some entry is of this kind: an imported dictionary, say. */
  default boolean hasAny(SourceKind kind) {
    return all().stream().anyMatch(e -> e.provenance().kind() == kind);
  }

  /**
   * Removes the entries of this term key and kind (e.g. a team override); true if any was removed.
   */
  boolean remove(String termKey, SourceKind kind);

  /** Records that an article used the term. */
  void recordAppearance(String termKey, Provenance article);

  /** {@link #recordAppearance} for every term a reply used: one write rather than one each. */
  default void recordAppearances(Collection<String> termKeys, Provenance article) {
    for (String key : new LinkedHashSet<>(termKeys)) {
      recordAppearance(key, article);
    }
  }

  /** The latest articles that used the term, newest first. */
  List<Provenance> appearances(String termKey, int limit);
}
