package io.gloss.core.glossary;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import io.gloss.core.domain.AnalyzedArticle;
import io.gloss.core.domain.Article;
import io.gloss.core.domain.GlossaryEntry;
import io.gloss.core.domain.Provenance;
import io.gloss.core.domain.Sentence;
import io.gloss.core.domain.SourceKind;
import io.gloss.core.domain.TermKey;
import io.gloss.core.port.out.GlossaryStore;
import io.gloss.core.port.out.TermExplainer;
import io.gloss.core.text.Parenthetical;
import io.gloss.core.text.Parentheticals;
import io.gloss.core.text.UserTerms;
import io.gloss.core.text.Words;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Explains an article's terms, best source first: team override, the article's own box, a
 * definition in the article text, what earlier articles taught (shown as {@link
 * SourceKind#LEARNED}), an imported dictionary, the built-in glossary, AI. Stores what the article
 * teaches (box entries and in-text definitions, with the article as provenance), links aliases,
 * records where each term appeared, and feeds new terms to the Nori user dictionary.
 *
 * <p>What a reply shows: the box's entries in page order, then the other candidates that appear in
 * this article (its in-text definitions, the analyzer's hard terms, and every team, dictionary,
 * learned or built-in term found in the text) ranked by {@link TermRanking}: hard for a general
 * reader and relevant here, at most {@link #DEFAULT_MAX_ENTRIES}, each thing once. A term nobody
 * explains is not shown: no explanation is ever invented. Thread-safe if the store is.
 */
public final class GlossaryTermExplainer implements TermExplainer {
  private static final Logger log = LoggerFactory.getLogger(GlossaryTermExplainer.class);

  /** How many entries a reply shows by default. */
  public static final int DEFAULT_MAX_ENTRIES = 5;

  /**
   * How long the index of stored terms is reused before it is read again. The reread runs in the
   * background (Caffeine's refresh-after-write): replies go on with the previous index meanwhile,
   * and keep it when the reread fails, so a large imported dictionary or a store outage never holds
   * up a reply.
   */
  static final Duration INDEX_TTL = Duration.ofSeconds(30);

  /**
   * How many stored entries (all kinds but a dictionary's) are held as a matcher; past this many
   * the stored terms are looked up by key in each article as a dictionary's are ({@link
   * StoredTermLookup}). The terms learned from articles grow with every article a busy instance
   * reads: 50,000 of them cost seconds and hundreds of megabytes at each start and each reread.
   * Looked up, a term is found as held, unless it is longer than {@link
   * StoredTermLookup#MAX_KEY_LETTERS} letters (a name, not a term a reply explains).
   */
  static final int HELD_LIMIT = 20_000;

  /** What separates the words of a term: spaces and hyphens ("multi-cancer"). */
  private static final Pattern PHRASE_BREAK = Pattern.compile("[\\s\\-]+");

  static final Pattern FLAGGED =
      Pattern.compile(
          "이른바\\s*['‘\"“]?([^'’\"”,.]{2,20}?)['’\"”]|['‘]([^'‘’]{2,20})['’]|(?i:so-called)"
              + " ((?:[A-Za-z][\\w\\-]*)(?: [a-z][\\w\\-]*){0,3})");

  private final GlossaryStore store;
  private final UserTerms userTerms;
  private final int maxEntries;
  private final Function<String, BuiltinGlossary> builtin;
  private final Clock clock;
  private final LoadingCache<Boolean, StoredTerms> stored;
  private final int heldLimit;

  public GlossaryTermExplainer(
      GlossaryStore store,
      UserTerms userTerms,
      int maxEntries,
      BuiltinGlossary builtin,
      Clock clock) {
    this(store, userTerms, maxEntries, constant(builtin), clock);
  }

  /**
   * @param builtin the glossary shipped with Gloss for an article's language, read at the first
   *     article that needs it (e.g. {@code BuiltinGlossary::forLanguage}: not in the service's
   *     start-up)
   */
  public GlossaryTermExplainer(
      GlossaryStore store,
      UserTerms userTerms,
      int maxEntries,
      Function<String, BuiltinGlossary> builtin,
      Clock clock) {
    this(store, userTerms, maxEntries, builtin, clock, HELD_LIMIT);
  }

  /** As above, with the number of stored entries held as a matcher before they are looked up. */
  GlossaryTermExplainer(
      GlossaryStore store,
      UserTerms userTerms,
      int maxEntries,
      Function<String, BuiltinGlossary> builtin,
      Clock clock,
      int heldLimit) {
    this.heldLimit = heldLimit;
    this.store = Objects.requireNonNull(store, "store");
    this.userTerms = Objects.requireNonNull(userTerms, "userTerms");
    this.maxEntries = maxEntries;
    this.builtin = Objects.requireNonNull(builtin, "builtin");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.stored =
        Caffeine.newBuilder()
            .ticker(() -> TimeUnit.MILLISECONDS.toNanos(this.clock.millis()))
            .refreshAfterWrite(INDEX_TTL)
            .build(key -> loadStoredTerms());
  }

  private static Function<String, BuiltinGlossary> constant(BuiltinGlossary builtin) {
    Objects.requireNonNull(builtin, "builtin");
    return language -> builtin;
  }

  public GlossaryTermExplainer(GlossaryStore store, UserTerms userTerms, int maxEntries) {
    this(store, userTerms, maxEntries, BuiltinGlossary.EMPTY, Clock.systemUTC());
  }

  public GlossaryTermExplainer(GlossaryStore store, UserTerms userTerms) {
    this(store, userTerms, DEFAULT_MAX_ENTRIES);
  }

  public GlossaryTermExplainer(GlossaryStore store) {
    this(store, new UserTerms());
  }

  @Override
  public List<GlossaryEntry> explain(AnalyzedArticle analyzed, List<GlossaryEntry> aiExplanations) {
    Article article = analyzed.article();
    List<String> sentences = analyzed.sentences().stream().map(Sentence::text).toList();
    Provenance fromText =
        new Provenance(
            SourceKind.ARTICLE_TEXT,
            article.site(),
            article.canonicalUrl(),
            article.title(),
            article.published());
    ArticleDefinitions.Found found =
        ArticleDefinitions.find(sentences, fromText, article.language());

    // 1. Learn: the box first, then the text, with alias links from both.
    // Names the text links to a term: "풀스택(Full Stack)", and "아시아태평양경제협력체(APEC)" for APEC.
    Map<String, Set<String>> aliases = new LinkedHashMap<>();
    found
        .aliases()
        .forEach(
            (key, names) -> aliases.computeIfAbsent(key, k -> new LinkedHashSet<>()).addAll(names));
    for (GlossaryEntry entry : found.entries()) {
      aliases
          .computeIfAbsent(TermKey.of(entry.term()), k -> new LinkedHashSet<>())
          .addAll(entry.aliases());
    }
    List<GlossaryEntry> taught = new ArrayList<>();
    Set<String> boxKeys = new HashSet<>();
    for (GlossaryEntry entry : article.glossary()) {
      if (boxKeys.add(TermKey.of(entry.term()))) {
        taught.add(boxEntry(entry, article, aliases));
      }
    }
    for (GlossaryEntry entry : found.entries()) {
      taught.add(withAliases(entry, aliases));
    }
    for (GlossaryEntry entry : aiExplanations) {
      taught.add(labelledAi(entry));
    }
    List<String> newTerms = new ArrayList<>();
    store.upsertAll(taught); // one write for the article, not one per term
    for (GlossaryEntry entry : taught) {
      newTerms.add(entry.term());
      newTerms.addAll(entry.aliases());
    }
    userTerms.addAll(newTerms);

    Map<String, Set<String>> linked = links(aliases);

    // 2. The box, in page order; a team override of a box term wins.
    Provenance appearance = fromText;
    // The terms this article used, recorded in one write once the reply is chosen.
    List<String> appeared = new ArrayList<>();
    List<GlossaryEntry> shown = new ArrayList<>();
    Set<String> shownKeys = new HashSet<>();
    for (GlossaryEntry entry : article.glossary()) {
      String key = TermKey.of(entry.term());
      appeared.add(key);
      GlossaryEntry best = best(store.findByKey(key), article.canonicalUrl());
      if (best != null && shown.size() < maxEntries) {
        show(best, shown, shownKeys, linked);
      }
    }

    // 3. Every other candidate that appears in this article, ranked.
    String body = String.join("\n", sentences);
    Candidates candidates = new Candidates(body, article.title());
    for (GlossaryEntry entry : found.entries()) {
      candidates.add(TermKey.of(entry.term()), 1, true);
    }
    for (GlossaryEntry entry : aiExplanations) {
      candidates.add(TermKey.of(entry.term()), 1, true);
    }
    List<String> hard = analyzed.hardTerms();
    for (String term : hard) {
      candidates.add(TermKey.of(term), 1, false);
    }
    for (String name : flaggedNames(body)) {
      candidates.flag(TermKey.of(name));
    }
    // The shipped glossary is Korean and English: in German or Spanish, "die", "Esta" or "ETH" is
    // a word or a name of that language, not the term. An unknown language reads all of it.
    boolean otherLanguage = !isKoOrEn(article.language()) && !"und".equals(article.language());
    BuiltinGlossary shipped =
        otherLanguage ? BuiltinGlossary.EMPTY : builtin.apply(article.language());
    StoredTerms snapshot = storedTerms();
    // Each hard term's key and its first place in the analyzer's list, computed once.
    Map<String, Integer> hardPlaces = new HashMap<>();
    for (int i = 0; i < hard.size(); i++) {
      hardPlaces.putIfAbsent(TermKey.of(hard.get(i)), i);
    }
    Set<String> hardKeys = hardPlaces.keySet();
    TermMatcher.Text text = TermMatcher.Text.of(body); // read once for both matchers
    Set<String> matchedKeys = new HashSet<>();
    List<TermMatcher.Match<String>> held =
        snapshot.lookedUp()
            ? StoredTermLookup.find(store, text, GlossaryStore.HELD_KINDS, key -> true)
            : snapshot.matcher().find(text);
    for (TermMatcher.Match<String> match : held) {
      matchedKeys.add(match.key());
      candidates.add(match.key(), match.count(), false);
    }
    // A dictionary holds every word: a short plain one is not worth a lookup.
    for (TermMatcher.Match<String> match :
        StoredTermLookup.find(
            store,
            text,
            snapshot.hasDictionary() ? Set.of(SourceKind.DICTIONARY) : Set.of(),
            key -> hardKeys.contains(key) || TermRanking.hardShapedKey(key))) {
      if (!matchedKeys.contains(match.key())) {
        candidates.add(match.key(), match.count(), false);
      }
    }
    for (TermMatcher.Match<String> match : shipped.matcher().find(text)) {
      candidates.add(match.key(), match.count(), false);
    }

    List<Ranked> ranked = new ArrayList<>();
    List<Candidate> pending = new ArrayList<>();
    for (Candidate c : candidates.all()) {
      if (!c.key().isEmpty() && !shownKeys.contains(c.key())) {
        pending.add(c);
      }
    }
    // The snapshot finds stored terms in the text; their entries are read fresh, in one query.
    Map<String, List<GlossaryEntry>> stored =
        store.findByKeys(pending.stream().map(Candidate::key).toList());
    for (Candidate c : pending) {
      List<GlossaryEntry> entries = new ArrayList<>();
      for (GlossaryEntry e : stored.getOrDefault(c.key(), List.of())) {
        if (suits(e, c.key(), article.language())) {
          entries.add(e);
        }
      }
      for (GlossaryEntry e : shipped.find(c.key())) {
        if (article.language().equals(e.language()) || !isKoOrEn(article.language())) {
          entries.add(e);
        }
      }
      GlossaryEntry best = best(entries, article.canonicalUrl());
      if (best == null
          || (best.provenance().kind() == SourceKind.BUILTIN && Topics.elsewhere(c.key(), body))) {
        continue;
      }
      int hardRank = rankIn(hardPlaces, best, c.key());
      boolean inTitle = candidates.inTitle(best);
      boolean flagged = c.flagged() || candidates.flagged(best);
      double score =
          TermRanking.score(
              best,
              best.term(),
              c.count(),
              candidates.firstShare(c.key()),
              inTitle,
              hardRank,
              flagged,
              shipped.familiarity(c.key(), article.language()));
      // Every acronym is on the analyzer's list of hard terms: for one with other senses (COBRA,
      // a US health law and Britain's emergency committee) that says nothing of the sense.
      boolean leanedOn =
          (hardRank >= 0 && !Topics.namedByAcronym(best, c.key())) || inTitle || flagged;
      boolean senseInDoubt =
          best.provenance().kind() == SourceKind.BUILTIN
              && ((Topics.hasOtherSenses(best, c.key()) && !leanedOn)
                  || (Topics.isShortAcronym(best, c.key()) && !spelledOut(best, candidates)));
      ranked.add(new Ranked(best, c.key(), score, senseInDoubt));
    }
    ranked = inTheirSense(ranked, shipped);
    ranked.sort(Comparator.comparingDouble(Ranked::score).reversed());
    // An article with a box has chosen its terms: another one must clear a higher bar.
    double bar =
        TermRanking.THRESHOLD + (article.glossary().isEmpty() ? 0 : TermRanking.BOX_MARGIN);
    ranked = withoutGeneralPhrases(ranked, bar);
    if (log.isDebugEnabled()) {
      // Why a term was or was not shown: the ranking a maintainer asks about first.
      log.debug(
          "Term ranking for {} (bar {}): {}",
          article.canonicalUrl(),
          bar,
          ranked.stream()
              .map(
                  r ->
                      String.format(
                          Locale.ROOT,
                          "%s=%.2f%s",
                          r.key(),
                          r.score(),
                          r.senseInDoubt() ? "?" : ""))
              .toList());
    }
    // Below the bar, a reply left sparse takes moderately hard terms too
    // (TermRanking.SPARSE_REPLY).
    int sparseReply =
        article.glossary().isEmpty() ? Math.min(maxEntries, TermRanking.SPARSE_REPLY) : 0;
    for (Ranked r : ranked) {
      boolean clears = r.score() >= bar;
      if (shown.size() >= (clears ? maxEntries : sparseReply)
          || r.score() < TermRanking.SPARSE_FLOOR) {
        break;
      }
      if (!clears && shipped.familiarity(r.key(), article.language()) == Familiarity.EVERYDAY) {
        continue;
      }
      if (!restatesShown(r.entry(), shown, shownKeys)
          && show(r.entry(), shown, shownKeys, linked)) {
        appeared.add(TermKey.of(r.entry().term()));
      }
    }
    appeared.addAll(hardKeys);
    store.recordAppearances(appeared, appearance);
    return shown;
  }

  /**
   * Adds the entry unless it or one of its names is already shown; the names this article links to
   * it ("고대역폭메모리(HBM)") count as its names, so one thing is shown once.
   */
  private static boolean show(
      GlossaryEntry entry,
      List<GlossaryEntry> shown,
      Set<String> shownKeys,
      Map<String, Set<String>> linked) {
    Set<String> names = new HashSet<>();
    names.add(TermKey.of(entry.term()));
    entry.aliases().forEach(a -> names.add(TermKey.of(a)));
    for (String name : List.copyOf(names)) {
      names.addAll(linked.getOrDefault(name, Set.of()));
    }
    names.remove("");
    if (names.stream().anyMatch(shownKeys::contains)) {
      return false;
    }
    shown.add(entry);
    shownKeys.addAll(names);
    return true;
  }

  /**
   * The ranking without the terms whose words are inside a longer term that clears the bar and
   * comes from a source that takes precedence: the built-in "스와프" when the article itself defines
   * "외환 스와프". Otherwise the general entry, ranked first, would keep out the phrase the article is
   * about.
   */
  private static List<Ranked> withoutGeneralPhrases(List<Ranked> ranked, double bar) {
    List<Ranked> specific = new ArrayList<>();
    List<List<String>> specificWords = new ArrayList<>();
    for (Ranked r : ranked) {
      List<String> words = words(r.entry().term());
      if (r.score() >= bar && words.size() > 1) {
        specific.add(r);
        specificWords.add(words);
      }
    }
    if (specific.isEmpty()) {
      return ranked;
    }
    List<Ranked> kept = new ArrayList<>(ranked.size());
    for (Ranked general : ranked) {
      List<String> words = words(general.entry().term());
      int precedence = general.entry().provenance().kind().precedence();
      boolean inside = false;
      for (int k = 0; k < specific.size() && !inside; k++) {
        List<String> longer = specificWords.get(k);
        inside =
            longer.size() > words.size()
                && specific.get(k).entry().provenance().kind().precedence() < precedence
                && Collections.indexOfSubList(longer, words) >= 0;
      }
      if (!inside) {
        kept.add(general);
      }
    }
    return kept;
  }

  /** Whether the entry would say again what a shown one says: a version of it or a phrase on it. */
  private static boolean restatesShown(
      GlossaryEntry entry, List<GlossaryEntry> shown, Set<String> shownKeys) {
    return versionOfShown(entry, shownKeys) || phraseOnShown(entry, shown);
  }

  /**
   * Whether the entry's term is a shown term with words added, or a shown term's words without
   * some, or its words in another order: "labor productivity" once "productivity" is explained,
   * "전력망" once "전력망 특별법" is, "추력 조절" after "추력", "부동산 신탁" after "신탁 부동산". The reader has the
   * meaning from the shown one; a second line would be noise.
   */
  static boolean phraseOnShown(GlossaryEntry entry, List<GlossaryEntry> shown) {
    List<String> words = words(entry.term());
    for (GlossaryEntry other : shown) {
      List<String> shownWords = words(other.term());
      if (words.size() != shownWords.size()
          ? Collections.indexOfSubList(words, shownWords) >= 0
              || Collections.indexOfSubList(shownWords, words) >= 0
          : words.size() > 1 && Set.copyOf(words).equals(Set.copyOf(shownWords))) {
        return true;
      }
    }
    return false;
  }

  private static List<String> words(String term) {
    return List.of(PHRASE_BREAK.split(term.strip().toLowerCase(Locale.ROOT)));
  }

  /**
   * Whether the entry names a version of a thing already shown, or the thing of a version shown:
   * "HBM4" and "HBM3E" once "HBM" is explained, "COVID-19" and "COVID". One of them is enough.
   */
  static boolean versionOfShown(GlossaryEntry entry, Set<String> shownKeys) {
    List<String> names = new ArrayList<>();
    names.add(TermKey.of(entry.term()));
    entry.aliases().forEach(a -> names.add(TermKey.of(a)));
    for (String name : names) {
      for (String shownKey : shownKeys) {
        if ((name.startsWith(shownKey) && isVersionTag(name, shownKey.length()))
            || (shownKey.startsWith(name) && isVersionTag(shownKey, name.length()))) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * A key's tail from {@code from} is a version: one to three letters and digits, a digit first.
   */
  private static boolean isVersionTag(String key, int from) {
    int length = key.length() - from;
    return from >= 2 && length >= 1 && length <= 3 && Character.isDigit(key.charAt(from));
  }

  /** Names the article links to each other, both ways: "HBM" and "고대역폭메모리". */
  private static Map<String, Set<String>> links(Map<String, Set<String>> aliases) {
    Map<String, Set<String>> linked = new HashMap<>();
    aliases.forEach(
        (key, names) -> {
          for (String name : names) {
            String other = TermKey.of(name);
            if (!other.isEmpty() && !other.equals(key)) {
              linked.computeIfAbsent(key, k -> new HashSet<>()).add(other);
              linked.computeIfAbsent(other, k -> new HashSet<>()).add(key);
            }
          }
        });
    return linked;
  }

  private static boolean isKoOrEn(String language) {
    return "ko".equals(language) || "en".equals(language);
  }

  /**
   * The entry's place among the hard-term candidates (the best place of any of its names), or -1.
   */
  private static int rankIn(
      Map<String, Integer> hardPlaces, GlossaryEntry entry, String matchedKey) {
    int best = place(hardPlaces, matchedKey, -1);
    best = place(hardPlaces, TermKey.of(entry.term()), best);
    for (String alias : entry.aliases()) {
      best = place(hardPlaces, TermKey.of(alias), best);
    }
    return best;
  }

  private static int place(Map<String, Integer> hardPlaces, String key, int best) {
    Integer place = hardPlaces.get(key);
    return place != null && (best < 0 || place < best) ? place : best;
  }

  /**
   * @param senseInDoubt whether the spelling the article uses has other meanings than the entry's:
   *     a word with other senses the article does not lean on, or a short acronym it never spells
   *     out ({@link #inTheirSense})
   */
  private record Ranked(GlossaryEntry entry, String key, double score, boolean senseInDoubt) {}

  /** Whether the article writes one of the entry's names that is not a short acronym. */
  private static boolean spelledOut(GlossaryEntry entry, Candidates candidates) {
    List<String> names = new ArrayList<>(entry.aliases());
    names.add(entry.term());
    for (String name : names) {
      String key = TermKey.of(name);
      if (key.length() > 3 && candidates.occurrences(key) > 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * The ranking without the built-in entries whose sense is in doubt in a story from another field:
   * "guidance" in a story about health rules is not a company's forecast, "SEC" in a football
   * report is not the Securities and Exchange Commission, "PB" in a recipe is not a personal best.
   * The field is known from the other built-in terms the article uses.
   */
  private static List<Ranked> inTheirSense(List<Ranked> ranked, BuiltinGlossary shipped) {
    Set<String> fields = new HashSet<>();
    for (Ranked r : ranked) {
      if (!r.senseInDoubt()) {
        String field = Topics.field(shipped.category(r.entry()));
        if (field != null) {
          fields.add(field);
        }
      }
    }
    List<Ranked> kept = new ArrayList<>(ranked.size());
    for (Ranked r : ranked) {
      String field = Topics.field(shipped.category(r.entry()));
      if (!r.senseInDoubt() || field == null || fields.contains(field)) {
        kept.add(r);
      }
    }
    return kept;
  }

  /** A candidate term: its key, how often it appears, whether the article defines or flags it. */
  private record Candidate(String key, int count, boolean fromText, boolean flagged) {}

  /**
   * The names the text sets apart (이른바 '…', '…', so-called …), as {@code FLAGGED.find()} finds them
   * one after the other: the pattern is tried only where one of its alternatives can start, not at
   * every position of the article.
   */
  static List<String> flaggedNames(String body) {
    List<String> names = new ArrayList<>();
    Matcher flagged = FLAGGED.matcher(body);
    int i = 0;
    while (i < body.length()) {
      if (mayStartFlag(body, i)) {
        flagged.region(i, body.length());
        if (flagged.lookingAt()) {
          for (int g = 1; g <= 3; g++) {
            if (flagged.group(g) != null) {
              names.add(flagged.group(g));
            }
          }
          i = flagged.end();
          continue;
        }
      }
      i++;
    }
    return names;
  }

  private static boolean mayStartFlag(String body, int i) {
    char c = body.charAt(i);
    return c == '이'
        || c == '\''
        || c == '‘'
        || ((c == 's' || c == 'S') && body.regionMatches(true, i, "so-called", 0, 9));
  }

  /** The candidates of one article, each key once, with where they appear. */
  private static final class Candidates {
    private final String squeezedBody;
    private final String squeezedTitle;
    private final Map<String, Candidate> byKey = new LinkedHashMap<>();
    private final Set<String> flags = new HashSet<>();

    Candidates(String body, String title) {
      this.squeezedBody = TermKey.of(body);
      this.squeezedTitle = TermKey.of(title);
    }

    void add(String key, int count, boolean fromText) {
      if (key.length() < 2) {
        return;
      }
      int seen = Math.max(count, occurrences(key));
      byKey.merge(
          key,
          new Candidate(key, seen, fromText, false),
          (a, b) ->
              new Candidate(
                  key, Math.max(a.count(), b.count()), a.fromText() || b.fromText(), false));
    }

    void flag(String key) {
      flags.add(key);
    }

    boolean flagged(GlossaryEntry entry) {
      if (flags.contains(TermKey.of(entry.term()))) {
        return true;
      }
      return entry.aliases().stream().anyMatch(a -> flags.contains(TermKey.of(a)));
    }

    List<Candidate> all() {
      List<Candidate> out = new ArrayList<>();
      for (Candidate c : byKey.values()) {
        out.add(new Candidate(c.key(), c.count(), c.fromText(), flags.contains(c.key())));
      }
      return out;
    }

    int occurrences(String key) {
      int n = 0;
      for (int i = squeezedBody.indexOf(key);
          i >= 0;
          i = squeezedBody.indexOf(key, i + key.length())) {
        n++;
      }
      return n;
    }

    double firstShare(String key) {
      int at = squeezedBody.indexOf(key);
      return at < 0 || squeezedBody.isEmpty() ? 1.0 : (double) at / squeezedBody.length();
    }

    boolean inTitle(GlossaryEntry entry) {
      if (squeezedTitle.isEmpty()) {
        return false;
      }
      String key = TermKey.of(entry.term());
      return (!key.isEmpty() && squeezedTitle.contains(key))
          || entry.aliases().stream()
              .map(TermKey::of)
              .anyMatch(a -> a.length() >= 2 && squeezedTitle.contains(a));
    }
  }

  /**
   * Whether a stored entry, found by this key, suits an article in this language. An import keeps a
   * word's original form as an alias ("트래블링" has "traveling", "멀티플" "multiple"): through it, a
   * Korean dictionary explained "traveling" and "multiple" in Korean on English travel and finance
   * stories. A dictionary entry is shown only on an article in the language of its explanation (or
   * of unknown language), as the shipped glossary is, except a Korean term found by itself (a
   * team's list of Korean terms explained in English, say). A Latin one is not: "Arm" explained in
   * Korean is not the "ARM" of an English mortgage story. {@code /define} finds every entry.
   */
  private static boolean suits(GlossaryEntry entry, String key, String language) {
    return entry.provenance().kind() != SourceKind.DICTIONARY
        || entry.language() == null
        || entry.language().equals(language)
        || "und".equals(language)
        || (Words.hasHangul(entry.term()) && TermKey.of(entry.term()).equals(key));
  }

  /**
   * The stored terms but the imported dictionary's as a matcher, or, when there are more than the
   * held limit, none and {@code lookedUp}; and whether there is a dictionary (looked up by key:
   * {@link StoredTermLookup}). Read at most every TTL.
   */
  private record StoredTerms(
      TermMatcher<String> matcher, boolean lookedUp, boolean hasDictionary) {}

  private StoredTerms storedTerms() {
    return stored.get(Boolean.TRUE);
  }

  private StoredTerms loadStoredTerms() {
    boolean hasDictionary = store.hasAny(SourceKind.DICTIONARY);
    // One more than the limit says whether there are too many, without reading them all.
    List<List<String>> held =
        store.names(
            GlossaryStore.HELD_KINDS, heldLimit == Integer.MAX_VALUE ? heldLimit : heldLimit + 1);
    if (held.size() > heldLimit) {
      return new StoredTerms(new TermMatcher<>(Map.of()), true, hasDictionary);
    }
    Map<String, String> spellings = new LinkedHashMap<>();
    for (List<String> names : held) {
      for (String name : names) {
        String key = TermKey.of(name);
        if (key.length() >= 2) {
          spellings.putIfAbsent(name, key);
        }
      }
    }
    return new StoredTerms(new TermMatcher<>(spellings), false, hasDictionary);
  }

  /**
   * The winner by precedence; an article entry from another article counts as learned. The store
   * gives entries best precedence first, then newest.
   */
  static @org.jspecify.annotations.Nullable GlossaryEntry best(
      List<GlossaryEntry> candidates, String articleUrl) {
    // The article's own "IEA — Institute for Economic Affairs" says which IEA it means: an entry
    // about another thing of the same letters (the International Energy Agency) is not it.
    List<List<String>> meant =
        candidates.stream()
            .filter(
                e -> ArticleDefinitions.isExpansion(e) && articleUrl.equals(e.provenance().url()))
            .map(e -> contentWords(e.definition()))
            .toList();
    List<GlossaryEntry> about =
        meant.isEmpty()
            ? candidates
            : candidates.stream()
                .filter(e -> ArticleDefinitions.isExpansion(e) || namesAnyOf(e, meant))
                .toList();
    // A bare expansion ("VAR — 비디오 판독") explains nothing when a real definition exists: the
    // definition is shown, and the expansion still names the term.
    boolean defined = about.stream().anyMatch(e -> !ArticleDefinitions.isExpansion(e));
    return about.stream()
        .filter(e -> !defined || !ArticleDefinitions.isExpansion(e))
        .map(entry -> asSeenFrom(entry, articleUrl))
        .min(Comparator.comparingInt(e -> e.provenance().kind().precedence()))
        .orElse(null);
  }

  /**
   * Whether the entry is about one of these expansions: half or more of the expansion's words are
   * in its names or definition ("U.S. Federal Reserve" and the entry "Federal Reserve"), however
   * spaced ("최혜국 대우" and "최혜국대우").
   */
  private static boolean namesAnyOf(GlossaryEntry entry, List<List<String>> expansions) {
    String about =
        NOT_A_LETTER
            .matcher(
                (entry.term() + " " + String.join(" ", entry.aliases()) + " " + entry.definition())
                    .toLowerCase(Locale.ROOT))
            .replaceAll("");
    for (List<String> expansion : expansions) {
      long known = expansion.stream().filter(about::contains).count();
      if (!expansion.isEmpty() && known * 2 >= expansion.size()) {
        return true;
      }
    }
    return false;
  }

  private static final Pattern NOT_A_LETTER = Pattern.compile("[^\\p{L}\\p{N}]+");

  /** The words that say what a name is about: three letters or more, two for Hangul. */
  private static List<String> contentWords(String text) {
    List<String> out = new ArrayList<>();
    for (String w : NOT_A_LETTER.split(text.toLowerCase(Locale.ROOT))) {
      if (w.length() >= 3 || (w.length() == 2 && Words.hasHangul(w))) {
        out.add(w);
      }
    }
    return out;
  }

  private static GlossaryEntry asSeenFrom(GlossaryEntry entry, String articleUrl) {
    Provenance p = entry.provenance();
    boolean fromArticle = p.kind() == SourceKind.ARTICLE_BOX || p.kind() == SourceKind.ARTICLE_TEXT;
    if (fromArticle && !articleUrl.equals(p.url())) {
      return entry.withProvenance(
          new Provenance(SourceKind.LEARNED, p.name(), p.url(), p.title(), p.published()));
    }
    return entry;
  }

  private static GlossaryEntry boxEntry(
      GlossaryEntry entry, Article article, Map<String, Set<String>> textAliases) {
    Provenance provenance =
        entry.provenance().kind() == SourceKind.ARTICLE_BOX && entry.provenance().url() != null
            ? entry.provenance()
            : Provenance.articleBox(article);
    Set<String> aliases = new LinkedHashSet<>(entry.aliases());
    // "풀스택(Full Stack)은 ...": the box names the term in another language.
    for (Parenthetical pair : Parentheticals.find(entry.definition())) {
      if (TermKey.of(pair.term()).equals(TermKey.of(entry.term()))) {
        aliases.add(pair.expansion());
      }
    }
    GlossaryEntry boxed =
        new GlossaryEntry(
            entry.term(), List.copyOf(aliases), entry.definition(), entry.language(), provenance);
    return withAliases(boxed, textAliases);
  }

  private static GlossaryEntry withAliases(GlossaryEntry entry, Map<String, Set<String>> aliases) {
    Set<String> more = aliases.get(TermKey.of(entry.term()));
    if (more == null) {
      return entry;
    }
    Set<String> all = new LinkedHashSet<>(entry.aliases());
    for (String alias : more) {
      if (!TermKey.of(alias).equals(TermKey.of(entry.term()))) {
        all.add(alias);
      }
    }
    return new GlossaryEntry(
        entry.term(), List.copyOf(all), entry.definition(), entry.language(), entry.provenance());
  }

  private static GlossaryEntry labelledAi(GlossaryEntry entry) {
    Provenance p = entry.provenance();
    return p.kind() == SourceKind.AI
        ? entry
        : entry.withProvenance(new Provenance(SourceKind.AI, p.name(), null, null, null));
  }
}
