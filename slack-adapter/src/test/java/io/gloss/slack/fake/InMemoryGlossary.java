package io.gloss.slack.fake;

import io.gloss.core.domain.GlossaryEntry;
import io.gloss.core.domain.Provenance;
import io.gloss.core.domain.SourceKind;
import io.gloss.core.domain.TermKey;
import io.gloss.core.port.out.GlossaryStore;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

public final class InMemoryGlossary implements GlossaryStore {
  private final List<GlossaryEntry> entries = new ArrayList<>();
  private final Map<String, List<Provenance>> appearances = new ConcurrentHashMap<>();

  @Override
  public synchronized void upsert(GlossaryEntry entry) {
    entries.removeIf(
        e ->
            TermKey.of(e.term()).equals(TermKey.of(entry.term()))
                && e.provenance().kind() == entry.provenance().kind()
                && Objects.equals(sourceOf(e), sourceOf(entry)));
    entries.add(entry);
  }

  private static String sourceOf(GlossaryEntry e) {
    return e.provenance().url() != null
        ? e.provenance().url()
        : String.valueOf(e.provenance().name());
  }

  @Override
  public synchronized List<GlossaryEntry> findByKey(String termKey) {
    return entries.stream()
        .filter(
            e ->
                TermKey.of(e.term()).equals(termKey)
                    || e.aliases().stream().anyMatch(a -> TermKey.of(a).equals(termKey)))
        .sorted(Comparator.comparingInt(e -> e.provenance().kind().precedence()))
        .toList();
  }

  @Override
  public synchronized List<GlossaryEntry> all() {
    return List.copyOf(entries);
  }

  @Override
  public synchronized boolean remove(String termKey, SourceKind kind) {
    return entries.removeIf(
        e -> TermKey.of(e.term()).equals(termKey) && e.provenance().kind() == kind);
  }

  @Override
  public void recordAppearance(String termKey, Provenance article) {
    appearances.computeIfAbsent(termKey, k -> new ArrayList<>()).add(0, article);
  }

  @Override
  public List<Provenance> appearances(String termKey, int limit) {
    return appearances.getOrDefault(termKey, List.of()).stream().limit(limit).toList();
  }

  public synchronized Stream<GlossaryEntry> stream() {
    return List.copyOf(entries).stream();
  }
}
