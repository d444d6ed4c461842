package io.gloss.core.text;

import io.gloss.core.domain.SourceKind;
import io.gloss.core.port.out.GlossaryStore;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.ko.dict.UserDictionary;
import org.jspecify.annotations.Nullable;

/**
 * The glossary terms Nori must keep whole ({@code 소버린AI}, {@code 과학기술정보통신부}), as a Nori user
 * dictionary that is rebuilt when new terms arrive, at the next read: building it takes about 0.1 s
 * for 50,000 terms, and the terms a reply teaches arrive after its article was read, so the
 * one-shot CLI never builds it twice and a busy service once for the terms of several replies. At
 * most {@link #MAX_TERMS} are kept, the earliest added leaving first: the terms learned from
 * articles grow with every article read, and a dictionary of all of them made every build and every
 * article's reading slower (the glossary still finds every stored term in the text; these words
 * only keep compounds whole for the analysis). Thread-safe: readers see a consistent dictionary and
 * a generation number that changes with it.
 */
public final class UserTerms {
  private static final int MAX_TERM_CHARS = 40;

  /** The most user words held; about 50 ms to build on this kind of machine. */
  static final int MAX_TERMS = 20_000;

  private final int maxTerms;
  private final Set<String> entries = ConcurrentHashMap.newKeySet();

  /** The entries in the order they were added, the earliest first to leave. */
  private final Queue<String> order = new ArrayDeque<>();

  private volatile Snapshot snapshot = new Snapshot(0, null);

  /** Whether terms arrived since the dictionary was built. */
  private volatile boolean stale;

  /** A dictionary and its generation; {@code dictionary} is null while there are no terms. */
  record Snapshot(long generation, @Nullable UserDictionary dictionary) {}

  public UserTerms() {
    this(MAX_TERMS);
  }

  public UserTerms(Collection<String> terms) {
    this();
    addAll(terms);
  }

  UserTerms(int maxTerms) {
    this.maxTerms = maxTerms;
  }

  /**
   * The user terms of a glossary: every term and alias, except imported dictionary entries (a whole
   * dictionary as Nori user words would override its segmentation everywhere).
   */
  public static UserTerms fromGlossary(GlossaryStore store) {
    return fromGlossary(store, MAX_TERMS);
  }

  static UserTerms fromGlossary(GlossaryStore store, int maxTerms) {
    UserTerms terms = new UserTerms(maxTerms);
    // The kind that yields to every other first: past the bound the earliest added leave first,
    // so an article box's terms outlast the expansions and AI explanations learned from texts.
    List<SourceKind> kinds = new ArrayList<>(GlossaryStore.HELD_KINDS);
    kinds.sort(Comparator.comparingInt(SourceKind::precedence).reversed());
    for (SourceKind kind : kinds) {
      List<String> names = new ArrayList<>();
      store.names(Set.of(kind), Integer.MAX_VALUE).forEach(names::addAll);
      terms.addAll(names);
    }
    return terms;
  }

  /**
   * Adds terms; the dictionary is rebuilt at its next read, only when one is new. Terms without
   * Hangul are skipped: Nori keeps Latin words whole anyway.
   *
   * @return whether a term was new
   */
  public boolean addAll(Collection<String> terms) {
    boolean changed = false;
    synchronized (order) {
      for (String term : terms) {
        String entry = entryOf(term);
        if (entry != null && entries.add(entry)) {
          order.add(entry);
          changed = true;
        }
      }
      while (entries.size() > maxTerms) {
        entries.remove(order.remove());
      }
    }
    if (changed) {
      stale = true;
    }
    return changed;
  }

  /** Whether the written form (spaces and punctuation ignored) is a user term. */
  public boolean contains(String term) {
    String entry = entryOf(term);
    return entry != null && entries.contains(entry);
  }

  public int size() {
    return entries.size();
  }

  Snapshot snapshot() {
    if (stale) {
      rebuild();
    }
    return snapshot;
  }

  private synchronized void rebuild() {
    if (!stale) {
      return; // another reader built it meanwhile
    }
    // Cleared before the terms are read: a term added while building leaves it stale again.
    stale = false;
    StringBuilder text = new StringBuilder();
    for (String entry : new TreeSet<>(entries)) {
      text.append(entry).append('\n');
    }
    try {
      UserDictionary dictionary = UserDictionary.open(new StringReader(text.toString()));
      snapshot = new Snapshot(snapshot.generation() + 1, dictionary);
    } catch (IOException e) {
      throw new UncheckedIOException("Reading from a string cannot fail", e);
    }
  }

  /**
   * The dictionary form: letters and digits only (Nori's format splits on spaces and treats {@code
   * #} as a comment), with Hangul in it.
   */
  static @Nullable String entryOf(String term) {
    StringBuilder entry = new StringBuilder();
    boolean hangul = false;
    for (int i = 0; i < term.length(); i++) {
      char c = term.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        entry.append(c);
        hangul |= c >= '가' && c <= '힣';
      }
    }
    if (!hangul || entry.length() < 2 || entry.length() > MAX_TERM_CHARS) {
      return null;
    }
    return entry.toString();
  }
}
