package io.gloss.core.glossary;

import io.gloss.core.domain.DefineResult;
import io.gloss.core.domain.GlossaryEntry;
import io.gloss.core.domain.Provenance;
import io.gloss.core.domain.RequestOrigin;
import io.gloss.core.domain.SourceKind;
import io.gloss.core.domain.TermKey;
import io.gloss.core.port.in.DefineTermUseCase;
import io.gloss.core.port.out.GlossaryStore;
import io.gloss.core.port.out.TermDefiner;
import io.gloss.core.text.Words;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * {@code /define}: the glossary's explanation of a term by exact key, then by alias; otherwise the
 * AI definer (if configured, and only when no close known term exists), else an honest "not found"
 * with near misses (prefix, or Hangul jamo edit distance). Asking {@code 소버린} when {@code 소버린 AI}
 * is known gives the suggestion {@code 소버린 AI}, not the entry: the user may mean something else.
 *
 * <p>Suggestions and autocomplete use a snapshot of the known terms, refreshed at most every {@link
 * #INDEX_TTL} (and at once after this service stores an entry), so that Discord's per-keystroke
 * autocomplete does not read the whole glossary each time. Thread-safe.
 */
public final class DefineTermService implements DefineTermUseCase {
  /** Discord allows at most 25 autocomplete choices. */
  public static final int MAX_AUTOCOMPLETE = 25;

  /** Longest term accepted; longer input is answered "not found" without lookups. */
  public static final int MAX_TERM_CHARS = 100;

  static final Duration INDEX_TTL = Duration.ofSeconds(30);

  /**
   * Spellings kept for suggestions and autocomplete; exact and alias lookups go to the store and
   * are not limited.
   */
  static final int MAX_INDEXED_SPELLINGS = 200_000;

  private static final int MAX_SUGGESTIONS = 5;
  private static final int MAX_APPEARANCES = 5;

  private final GlossaryStore store;
  private final TermDefiner definer;
  private final Clock clock;
  private final Supplier<BuiltinGlossary> builtin;
  private volatile Index index = new Index(List.of(), Instant.MIN);

  /**
   * @param builtin the glossary shipped with Gloss, consulted after every stored source
   */
  public DefineTermService(
      GlossaryStore store, TermDefiner definer, Clock clock, BuiltinGlossary builtin) {
    this(store, definer, clock, constant(builtin));
  }

  /**
   * @param builtin the glossary shipped with Gloss, read at the first lookup that needs it (e.g.
   *     {@code BuiltinGlossary::shared}: not in the service's start-up)
   */
  public DefineTermService(
      GlossaryStore store, TermDefiner definer, Clock clock, Supplier<BuiltinGlossary> builtin) {
    this.store = Objects.requireNonNull(store, "store");
    this.definer = Objects.requireNonNull(definer, "definer");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.builtin = Objects.requireNonNull(builtin, "builtin");
  }

  private static Supplier<BuiltinGlossary> constant(BuiltinGlossary builtin) {
    Objects.requireNonNull(builtin, "builtin");
    return () -> builtin;
  }

  public DefineTermService(GlossaryStore store, TermDefiner definer, Clock clock) {
    this(store, definer, clock, BuiltinGlossary.EMPTY);
  }

  public DefineTermService(GlossaryStore store, TermDefiner definer) {
    this(store, definer, Clock.systemUTC());
  }

  public DefineTermService(GlossaryStore store) {
    this(store, TermDefiner.NONE);
  }

  @Override
  public DefineResult define(String term) {
    return define(term, RequestOrigin.CLI);
  }

  /** As {@link #define(String)}, with the origin the AI definer needs for its budget. */
  @Override
  public DefineResult define(String term, RequestOrigin origin) {
    String asked = term.strip();
    if (asked.length() > MAX_TERM_CHARS) {
      asked = asked.substring(0, MAX_TERM_CHARS);
    }
    String key = TermKey.of(asked);
    if (key.isEmpty()) {
      return new DefineResult.NotFound(asked, List.of());
    }
    List<GlossaryEntry> entries = withEntriesOfAliasedTerms(key, store.findByKey(key));
    List<GlossaryEntry> shipped = builtin.get().find(key);
    if (!entries.isEmpty() || !shipped.isEmpty()) {
      List<GlossaryEntry> ordered = new ArrayList<>(entries);
      // Exact term before alias; the store's precedence order is kept within each group.
      ordered.sort(Comparator.comparing(e -> !TermKey.of(e.term()).equals(key)));
      // The built-in glossary comes after every stored source, whatever the spelling.
      ordered.addAll(shipped);
      GlossaryEntry best = ordered.get(0);
      return new DefineResult.Found(
          best, ordered.subList(1, ordered.size()), appearances(key, best));
    }
    List<Suggestion> suggestions = suggest(key);
    boolean close = suggestions.stream().anyMatch(Suggestion::close);
    if (!close) {
      Optional<GlossaryEntry> defined = definer.define(asked, origin);
      if (defined.isPresent()) {
        GlossaryEntry ai = labelledAi(defined.get());
        store.upsert(ai);
        index = new Index(List.of(), Instant.MIN);
        return new DefineResult.Found(ai, List.of(), appearances(key, ai));
      }
    }
    return new DefineResult.NotFound(
        asked, suggestions.stream().map(Suggestion::term).limit(MAX_SUGGESTIONS).toList());
  }

  @Override
  public List<String> autocomplete(String prefix, int limit) {
    int max = Math.max(0, Math.min(limit, MAX_AUTOCOMPLETE));
    if (max == 0) {
      return List.of();
    }
    String key =
        TermKey.of(prefix.length() > MAX_TERM_CHARS ? prefix.substring(0, MAX_TERM_CHARS) : prefix);
    List<Known> known = index().terms();
    Set<String> out = new LinkedHashSet<>();
    if (key.isEmpty()) {
      known.stream().map(Known::display).sorted().forEach(out::add);
      return out.stream().limit(max).toList();
    }
    String jamo = HangulJamo.decompose(key);
    known.stream()
        .filter(k -> k.jamo().startsWith(jamo))
        .sorted(
            Comparator.comparing((Known k) -> !k.key().equals(key))
                .thenComparingInt(k -> k.key().length())
                .thenComparing(Known::display))
        .forEach(k -> out.add(k.display()));
    if (out.size() < max) {
      for (Suggestion suggestion : suggest(key)) {
        out.add(suggestion.term());
      }
    }
    return out.stream().limit(max).toList();
  }

  /**
   * Asked by an alias ("아시아태평양경제협력체"), the entries of the term it names ("APEC") join in, so the
   * best explanation of that term wins, e.g. the article box over the text expansion.
   */
  private List<GlossaryEntry> withEntriesOfAliasedTerms(String key, List<GlossaryEntry> found) {
    Set<String> termKeys = new LinkedHashSet<>();
    boolean exact = false;
    for (GlossaryEntry entry : found) {
      String termKey = TermKey.of(entry.term());
      exact |= termKey.equals(key);
      termKeys.add(termKey);
    }
    if (exact || found.isEmpty()) {
      return found;
    }
    Map<String, GlossaryEntry> merged = new LinkedHashMap<>();
    for (GlossaryEntry entry : found) {
      merged.put(identity(entry), entry);
    }
    for (String termKey : termKeys) {
      for (GlossaryEntry entry : store.findByKey(termKey)) {
        merged.putIfAbsent(identity(entry), entry);
      }
    }
    List<GlossaryEntry> all = new ArrayList<>(merged.values());
    all.sort(Comparator.comparingInt(e -> e.provenance().kind().precedence()));
    return all;
  }

  private static String identity(GlossaryEntry entry) {
    Provenance p = entry.provenance();
    return TermKey.of(entry.term()) + "|" + p.kind() + "|" + (p.url() != null ? p.url() : p.name());
  }

  private List<Provenance> appearances(String askedKey, GlossaryEntry entry) {
    Map<String, Provenance> byUrl = new LinkedHashMap<>();
    List<Provenance> all =
        new ArrayList<>(store.appearances(TermKey.of(entry.term()), MAX_APPEARANCES));
    if (!askedKey.equals(TermKey.of(entry.term()))) {
      all.addAll(store.appearances(askedKey, MAX_APPEARANCES));
    }
    for (Provenance p : all) {
      byUrl.putIfAbsent(String.valueOf(p.url() != null ? p.url() : p.title()), p);
    }
    return byUrl.values().stream().limit(MAX_APPEARANCES).toList();
  }

  /** A near miss: {@code close} ones (prefix, or one jamo away) stop the AI definer. */
  record Suggestion(String term, int rank, boolean close) {}

  List<Suggestion> suggest(String key) {
    if (key.length() < 2) {
      return List.of(); // one letter is near every short term: no suggestion means anything
    }
    String jamo = HangulJamo.decompose(key);
    int maxDistance = Math.max(1, Math.min(3, jamo.length() / 4));
    Map<String, Suggestion> best = new LinkedHashMap<>();
    for (Known known : index().terms()) {
      Suggestion suggestion = null;
      if (known.key().startsWith(key) && key.length() >= 2) {
        suggestion = new Suggestion(known.display(), known.key().length() - key.length(), true);
      } else if (key.startsWith(known.key()) && known.key().length() >= 2) {
        suggestion =
            new Suggestion(known.display(), 100 + key.length() - known.key().length(), true);
      } else if (key.endsWith(known.key()) && endsACompound(known.key())) {
        // "반도체수율" is a kind of 수율: worth offering, but it may mean more than the last word,
        // so the AI definer may still explain the whole.
        suggestion =
            new Suggestion(known.display(), 200 + key.length() - known.key().length(), false);
      } else {
        int d = HangulJamo.distance(jamo, known.jamo(), maxDistance);
        if (d <= maxDistance) {
          suggestion = new Suggestion(known.display(), 1000 + d, d <= 1);
        }
      }
      if (suggestion != null) {
        Suggestion previous = best.get(known.display());
        if (previous == null || suggestion.rank() < previous.rank()) {
          best.put(known.display(), suggestion);
        }
      }
    }
    return best.values().stream()
        .sorted(Comparator.comparingInt(Suggestion::rank).thenComparing(Suggestion::term))
        .toList();
  }

  /**
   * Whether a known key is long enough to name what a compound that ends with it is: two Hangul
   * syllables ("수율" in "반도체수율"), four other letters ("yieldcurve" in "bondyieldcurve"; "ai" or
   * "etf" would end too many words).
   */
  private static boolean endsACompound(String knownKey) {
    return Words.hasHangul(knownKey) ? knownKey.length() >= 2 : knownKey.length() >= 4;
  }

  /** A known spelling (term or alias) and the entry term to show for it. */
  record Known(String key, String jamo, String display, boolean isTerm) {}

  private record Index(List<Known> terms, Instant loaded) {}

  private Index index() {
    Index current = index;
    Instant now = clock.instant();
    if (current.loaded().plus(INDEX_TTL).isAfter(now)) {
      return current;
    }
    Map<String, Known> byKey = new LinkedHashMap<>();
    // Team, article and AI terms first; an imported dictionary, which may hold hundreds of
    // thousands of words, fills the rest up to the cap, read without its definitions.
    for (List<String> names : store.names(GlossaryStore.HELD_KINDS, MAX_INDEXED_SPELLINGS)) {
      if (byKey.size() >= MAX_INDEXED_SPELLINGS) {
        break;
      }
      addNames(byKey, names.get(0), names.subList(1, names.size()));
    }
    int room = MAX_INDEXED_SPELLINGS - byKey.size();
    if (room > 0) {
      for (List<String> names : store.names(Set.of(SourceKind.DICTIONARY), room)) {
        if (byKey.size() >= MAX_INDEXED_SPELLINGS) {
          break;
        }
        addNames(byKey, names.get(0), names.subList(1, names.size()));
      }
    }
    for (GlossaryEntry entry : builtin.get().entries()) {
      addNames(byKey, entry.term(), entry.aliases());
    }
    Index loaded = new Index(List.copyOf(byKey.values()), now);
    index = loaded;
    return loaded;
  }

  /**
   * A spelling names the first entry that has it, except that an entry's own term wins over
   * another's alias: "yield curve" suggests the English entry, not the Korean 수익률 곡선 that lists it
   * as an alias.
   */
  private static void add(Map<String, Known> byKey, String spelling, String display) {
    String key = TermKey.of(spelling);
    if (key.isEmpty()) {
      return;
    }
    boolean isTerm = spelling.equals(display);
    Known known = byKey.get(key);
    if (known == null || (isTerm && !known.isTerm())) {
      byKey.put(key, new Known(key, HangulJamo.decompose(key), display, isTerm));
    }
  }

  /** Adds an entry's term and each of its aliases, all naming the term. */
  private static void addNames(Map<String, Known> byKey, String term, List<String> aliases) {
    add(byKey, term, term);
    for (String alias : aliases) {
      add(byKey, alias, term);
    }
  }

  private static GlossaryEntry labelledAi(GlossaryEntry entry) {
    Provenance p = entry.provenance();
    return p.kind() == SourceKind.AI
        ? entry
        : entry.withProvenance(new Provenance(SourceKind.AI, p.name(), null, null, null));
  }
}
