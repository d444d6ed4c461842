package io.gloss.core.glossary;

import io.gloss.core.domain.GlossaryEntry;
import io.gloss.core.domain.Provenance;
import io.gloss.core.domain.SourceKind;
import io.gloss.core.domain.TermKey;
import io.gloss.core.domain.Workspace;
import io.gloss.core.port.out.GlossaryStore;
import io.gloss.core.port.out.TeamGlossaryStore;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * A {@link GlossaryStore} in memory, for tests and for running without a database. Thread-safe (all
 * methods synchronize on the store; the glossary is small and reads are short).
 *
 * <p>Semantics shared with the JDBC stores (see {@code AbstractGlossaryStoreContractTest}): an
 * entry is identified by (key of its term, source kind, source url or else source name); {@link
 * #findByKey} matches the term or any alias and orders by precedence, then most recently written;
 * appearances are identified by article url (else title), ordered by publication time, newest first
 * (unknown times last), then by most recently recorded. Team entries live apart, per workspace (one
 * per term key), and never appear in the shared lookups.
 */
public final class InMemoryGlossaryStore implements GlossaryStore, TeamGlossaryStore {

  private record Identity(String termKey, SourceKind kind, @Nullable String source) {}

  private record Stored(GlossaryEntry entry, long sequence) {}

  private record Appearance(Provenance article, long sequence) {}

  private final Map<Identity, Stored> entries = new LinkedHashMap<>();
  private final Map<String, Map<String, Appearance>> appearances = new HashMap<>();
  private final Map<Workspace, Map<String, GlossaryEntry>> teams = new HashMap<>();
  private long sequence;

  @Override
  public synchronized void upsert(GlossaryEntry entry) {
    Objects.requireNonNull(entry, "entry");
    if (entry.provenance().kind() == SourceKind.TEAM) {
      throw new IllegalArgumentException("A team entry belongs to a workspace: use put()");
    }
    entries.put(identity(entry), new Stored(entry, ++sequence));
  }

  @Override
  public synchronized void put(Workspace workspace, GlossaryEntry entry) {
    teams
        .computeIfAbsent(workspace, w -> new TreeMap<>())
        .put(
            TermKey.of(entry.term()),
            entry.withProvenance(new Provenance(SourceKind.TEAM, null, null, null, null)));
  }

  @Override
  public synchronized Optional<GlossaryEntry> find(Workspace workspace, String termKey) {
    Map<String, GlossaryEntry> team = teams.getOrDefault(workspace, Map.of());
    GlossaryEntry exact = team.get(termKey);
    if (exact != null) {
      return Optional.of(exact);
    }
    return team.values().stream().filter(e -> matches(e, termKey)).findFirst();
  }

  @Override
  public synchronized List<GlossaryEntry> list(Workspace workspace) {
    return List.copyOf(teams.getOrDefault(workspace, Map.of()).values());
  }

  @Override
  public synchronized boolean remove(Workspace workspace, String termKey) {
    Map<String, GlossaryEntry> team = teams.get(workspace);
    return team != null && team.values().removeIf(e -> matches(e, termKey));
  }

  @Override
  public synchronized List<GlossaryEntry> findByKey(String termKey) {
    List<Stored> found = new ArrayList<>();
    for (Stored stored : entries.values()) {
      if (matches(stored.entry(), termKey)) {
        found.add(stored);
      }
    }
    found.sort(BY_PRECEDENCE_THEN_NEWEST);
    return found.stream().map(Stored::entry).toList();
  }

  @Override
  public synchronized List<GlossaryEntry> all() {
    List<Stored> found = new ArrayList<>(entries.values());
    found.sort(
        Comparator.comparing((Stored s) -> TermKey.of(s.entry().term()))
            .thenComparing(BY_PRECEDENCE_THEN_NEWEST));
    return found.stream().map(Stored::entry).toList();
  }

  @Override
  public synchronized boolean remove(String termKey, SourceKind kind) {
    return entries.keySet().removeIf(id -> id.termKey().equals(termKey) && id.kind() == kind);
  }

  @Override
  public synchronized void recordAppearance(String termKey, Provenance article) {
    String articleId = article.url() != null ? article.url() : article.title();
    if (articleId == null || termKey.isEmpty()) {
      return;
    }
    appearances
        .computeIfAbsent(termKey, k -> new LinkedHashMap<>())
        .put(articleId, new Appearance(article, ++sequence));
  }

  @Override
  public synchronized List<Provenance> appearances(String termKey, int limit) {
    Map<String, Appearance> byArticle = appearances.get(termKey);
    if (byArticle == null || limit <= 0) {
      return List.of();
    }
    List<Appearance> list = new ArrayList<>(byArticle.values());
    list.sort(Comparator.comparingLong(Appearance::sequence).reversed());
    return list.stream().limit(limit).map(Appearance::article).toList();
  }

  private static final Comparator<Stored> BY_PRECEDENCE_THEN_NEWEST =
      Comparator.comparingInt((Stored s) -> s.entry().provenance().kind().precedence())
          .thenComparing(Comparator.comparingLong(Stored::sequence).reversed());

  private static Identity identity(GlossaryEntry entry) {
    Provenance provenance = entry.provenance();
    String source = provenance.url() != null ? provenance.url() : provenance.name();
    return new Identity(TermKey.of(entry.term()), provenance.kind(), source);
  }

  static boolean matches(GlossaryEntry entry, String termKey) {
    if (TermKey.of(entry.term()).equals(termKey)) {
      return true;
    }
    for (String alias : entry.aliases()) {
      if (TermKey.of(alias).equals(termKey)) {
        return true;
      }
    }
    return false;
  }
}
