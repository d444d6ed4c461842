package io.gloss.core.port.out;

import io.gloss.core.domain.GlossaryEntry;
import io.gloss.core.domain.Provenance;
import io.gloss.core.domain.SourceKind;
import java.util.List;

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

  /** Every entry whose term or alias has this key, best precedence first. */
  List<GlossaryEntry> findByKey(String termKey);

  /** All entries, for suggestions, autocomplete and export. */
  List<GlossaryEntry> all();

  /**
   * Removes the entries of this term key and kind (e.g. a team override); true if any was removed.
   */
  boolean remove(String termKey, SourceKind kind);

  /** Records that an article used the term. */
  void recordAppearance(String termKey, Provenance article);

  /** The latest articles that used the term, newest first. */
  List<Provenance> appearances(String termKey, int limit);
}
