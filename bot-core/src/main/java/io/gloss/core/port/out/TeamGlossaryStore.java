package io.gloss.core.port.out;

import io.gloss.core.domain.GlossaryEntry;
import io.gloss.core.domain.Workspace;
import java.util.List;
import java.util.Optional;

/**
 * The team glossary: each workspace's own explanations ({@code /gloss term set}), one per term key.
 * Every method takes the workspace and touches only that workspace's entries: a workspace never
 * reads, lists, exports or removes another's. Thread-safe.
 */
public interface TeamGlossaryStore {

  /** Sets the workspace's explanation of the entry's term (replacing an earlier one). */
  void put(Workspace workspace, GlossaryEntry entry);

  /** The workspace's entry whose term or alias has this key, if any. */
  Optional<GlossaryEntry> find(Workspace workspace, String termKey);

  /** Every entry of the workspace, by term key. */
  List<GlossaryEntry> list(Workspace workspace);

  /** Removes the workspace's entry of this term key (or alias); true if one was removed. */
  boolean remove(Workspace workspace, String termKey);
}
