package io.gloss.core.glossary;

import io.gloss.core.domain.GlossaryEntry;
import io.gloss.core.domain.Provenance;
import io.gloss.core.domain.SourceKind;
import io.gloss.core.domain.TermKey;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * The news glossary that ships in the jar ({@code /glossary/index.txt} lists TSV files {@code
 * term<TAB>aliases|…<TAB>category<TAB>definition<TAB>level}, the level a {@link Familiarity} 1–3; a
 * file named {@code en…} is English, {@code ko…} Korean). Written by us; provenance {@value #NAME},
 * below the article box, the team glossary and imported dictionaries. Read once, on first use, into
 * an index by {@link TermKey} of every term and alias and a {@link TermMatcher} for finding its
 * terms in articles. Immutable and thread-safe.
 */
public final class BuiltinGlossary {
  /** The provenance name shown with its explanations. */
  public static final String NAME = "Gloss 기본 용어집 / Gloss glossary";

  /** The categories an entry may have. */
  public static final Set<String> CATEGORIES =
      Set.of(
          "economy",
          "markets",
          "finance",
          "business",
          "realestate",
          "labor",
          "trade",
          "sports",
          "politics",
          "law",
          "energy",
          "society",
          "diplomacy",
          "defense",
          "climate",
          "it",
          "semiconductor",
          "bio",
          "ai",
          "mobility",
          "health",
          "science",
          "telecom",
          "space");

  /** Longest definition accepted: one or two plain sentences. */
  public static final int MAX_DEFINITION_CHARS = 300;

  private static final Provenance PROVENANCE =
      new Provenance(SourceKind.BUILTIN, NAME, null, null, null);

  /** An empty glossary, for tests and for wiring without the built-in terms. */
  public static final BuiltinGlossary EMPTY = new BuiltinGlossary(List.of(), Map.of());

  /** One line of a glossary file. */
  public record Line(
      String file, int number, GlossaryEntry entry, String category, Familiarity familiarity) {}

  private final List<Line> lines;
  private final Map<String, List<GlossaryEntry>> byKey;

  /** Built at the first article to match: {@code gloss define} never needs it. */
  private volatile @Nullable TermMatcher<String> matcher;

  private final Map<GlossaryEntry, Line> lineOf = new IdentityHashMap<>();

  private BuiltinGlossary(List<Line> lines, Map<String, List<GlossaryEntry>> byKey) {
    this.lines = List.copyOf(lines);
    this.byKey = byKey;
    for (Line line : lines) {
      lineOf.put(line.entry(), line);
    }
  }

  private TermMatcher<String> buildMatcher() {
    Map<String, String> spellings = new LinkedHashMap<>(lines.size() * 4);
    for (Line line : lines) {
      for (String spelling : spellings(line.entry())) {
        spellings.putIfAbsent(spelling, TermKey.of(spelling));
      }
    }
    return new TermMatcher<>(spellings);
  }

  private static final class KoreanHolder {
    static final BuiltinGlossary SHARED = fromClasspath(file -> !file.startsWith("en"));
  }

  private static final class EnglishHolder {
    static final BuiltinGlossary SHARED = fromClasspath(file -> file.startsWith("en"));
  }

  private static final class Holder {
    static final BuiltinGlossary SHARED = combined(KoreanHolder.SHARED, EnglishHolder.SHARED);
  }

  /** The whole glossary in the jar, both languages, read on first use. */
  public static BuiltinGlossary shared() {
    return Holder.SHARED;
  }

  /**
   * The glossary a reply to an article in this language reads: the Korean or the English entries
   * alone (a reply shows entries in its article's language only), every entry otherwise (the
   * explainer reads it for an article of unknown language, not for one in a third language). Each
   * half is read on first use, so a one-shot summary of an English page never reads the Korean
   * entries.
   */
  public static BuiltinGlossary forLanguage(@Nullable String language) {
    if ("ko".equals(language)) {
      return KoreanHolder.SHARED;
    }
    if ("en".equals(language)) {
      return EnglishHolder.SHARED;
    }
    return shared();
  }

  private static BuiltinGlossary fromClasspath(Predicate<String> files) {
    List<Line> lines = new ArrayList<>();
    try (InputStream index = BuiltinGlossary.class.getResourceAsStream("/glossary/index.txt")) {
      if (index == null) {
        return EMPTY;
      }
      for (String file : new String(index.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        String name = file.strip();
        if (name.isEmpty() || name.startsWith("#") || !files.test(name)) {
          continue;
        }
        try (InputStream in = BuiltinGlossary.class.getResourceAsStream("/glossary/" + name)) {
          if (in == null) {
            throw new IllegalStateException("glossary file missing from the jar: " + name);
          }
          lines.addAll(parse(name, in));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return of(lines);
  }

  /** Both halves as one glossary; the entries are shared, not read again. */
  private static BuiltinGlossary combined(BuiltinGlossary korean, BuiltinGlossary english) {
    List<Line> lines = new ArrayList<>(korean.lines);
    lines.addAll(english.lines);
    return of(lines);
  }

  /**
   * The lines of one file that have the right shape; a bad line is skipped (the shape tests keep
   * the shipped files free of them).
   */
  public static List<Line> parse(String file, InputStream in) throws IOException {
    String language = file.startsWith("en") ? "en" : "ko";
    List<Line> out = new ArrayList<>();
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    String raw;
    int number = 0;
    while ((raw = reader.readLine()) != null) {
      number++;
      String[] fields = raw.split("\t", -1);
      if (fields.length < 4 || fields.length > 5 || fields[0].isBlank() || fields[3].isBlank()) {
        continue;
      }
      Familiarity familiarity =
          fields.length == 5 ? Familiarity.ofLevel(fields[4]) : Familiarity.UNRATED;
      if (familiarity == null) {
        continue;
      }
      List<String> aliases = new ArrayList<>();
      for (String alias : fields[1].split("\\|")) {
        if (!alias.isBlank()) {
          aliases.add(alias.strip());
        }
      }
      GlossaryEntry entry =
          new GlossaryEntry(fields[0].strip(), aliases, fields[3].strip(), language, PROVENANCE);
      out.add(new Line(file, number, entry, fields[2].strip(), familiarity));
    }
    return out;
  }

  /** A glossary of these lines; a term or alias already taken by an earlier line stays with it. */
  public static BuiltinGlossary of(List<Line> lines) {
    // Sized for about three spellings a line: thousands of lines, read at every start.
    Map<String, List<GlossaryEntry>> byKey = new HashMap<>(lines.size() * 4);
    Map<String, String> keyLanguage = new HashMap<>(lines.size() * 4);
    List<Line> kept = new ArrayList<>();
    for (Line line : lines) {
      GlossaryEntry entry = line.entry();
      String language = entry.language() == null ? "ko" : entry.language();
      String termKey = TermKey.of(entry.term());
      if (termKey.isEmpty() || language.equals(keyLanguage.get(termKey + "|" + language))) {
        continue; // a duplicate term in the same language: the first wins
      }
      kept.add(line);
      for (String spelling : spellings(entry)) {
        String key = TermKey.of(spelling);
        if (!key.isEmpty() && keyLanguage.putIfAbsent(key + "|" + language, language) == null) {
          byKey.computeIfAbsent(key, k -> new ArrayList<>(1)).add(entry);
        }
      }
    }
    byKey.replaceAll((k, v) -> List.copyOf(v));
    return new BuiltinGlossary(kept, Collections.unmodifiableMap(byKey));
  }

  private static List<String> spellings(GlossaryEntry entry) {
    List<String> all = new ArrayList<>();
    all.add(entry.term());
    all.addAll(entry.aliases());
    return all;
  }

  /** Entries whose term or alias has this key; the entry in the term's own script first. */
  public List<GlossaryEntry> find(String termKey) {
    List<GlossaryEntry> found = byKey.getOrDefault(termKey, List.of());
    if (found.size() < 2) {
      return found;
    }
    boolean latin = termKey.chars().allMatch(c -> c < 0x3000);
    List<GlossaryEntry> ordered = new ArrayList<>(found);
    ordered.sort(
        java.util.Comparator.comparing((GlossaryEntry e) -> "en".equals(e.language()) != latin));
    return ordered;
  }

  /**
   * How familiar the thing this key names is to a general reader: the rating of its entry in this
   * language (of any entry when none is in it), {@link Familiarity#UNRATED} when no entry has the
   * key.
   */
  public Familiarity familiarity(String termKey, String language) {
    List<GlossaryEntry> found = byKey.getOrDefault(termKey, List.of());
    GlossaryEntry pick =
        found.stream()
            .filter(e -> e.language() != null && e.language().equals(language))
            .findFirst()
            .orElse(found.isEmpty() ? null : found.get(0));
    Line line = pick == null ? null : lineOf.get(pick);
    return line == null ? Familiarity.UNRATED : line.familiarity();
  }

  /** The category of one of this glossary's entries, or null for an entry from elsewhere. */
  public @Nullable String category(GlossaryEntry entry) {
    Line line = lineOf.get(entry);
    return line == null ? null : line.category();
  }

  /** Every line kept, in file order. */
  public List<Line> lines() {
    return lines;
  }

  /** Every entry, in file order. */
  public List<GlossaryEntry> entries() {
    return lines.stream().map(Line::entry).toList();
  }

  /** Finds this glossary's terms in a text; each match's value is a key for {@link #find}. */
  public TermMatcher<String> matcher() {
    TermMatcher<String> built = matcher;
    if (built == null) {
      synchronized (this) {
        built = matcher;
        if (built == null) {
          built = buildMatcher();
          matcher = built;
        }
      }
    }
    return built;
  }

  public int size() {
    return lines.size();
  }
}
