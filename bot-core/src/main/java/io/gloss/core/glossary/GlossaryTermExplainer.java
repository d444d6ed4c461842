package io.gloss.core.glossary;

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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Explains an article's terms from the glossary, best source first: team override, the article's
 * own box, a definition in the article text, what earlier articles taught (shown as {@link
 * SourceKind#LEARNED}), an imported dictionary, AI. Stores what the article teaches (box entries
 * and in-text definitions, with the article as provenance), links aliases, records where each term
 * appeared, and feeds new terms to the Nori user dictionary. A term nobody explains is not shown:
 * no explanation is ever invented. Thread-safe if the store is.
 */
public final class GlossaryTermExplainer implements TermExplainer {
  /** How many entries a reply shows by default. */
  public static final int DEFAULT_MAX_ENTRIES = 8;

  private final GlossaryStore store;
  private final UserTerms userTerms;
  private final int maxEntries;

  public GlossaryTermExplainer(GlossaryStore store, UserTerms userTerms, int maxEntries) {
    this.store = Objects.requireNonNull(store, "store");
    this.userTerms = Objects.requireNonNull(userTerms, "userTerms");
    this.maxEntries = maxEntries;
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
    for (GlossaryEntry entry : taught) {
      store.upsert(entry);
      newTerms.add(entry.term());
      newTerms.addAll(entry.aliases());
    }
    userTerms.addAll(newTerms);

    // 2. The terms to explain: the box's, then the hard terms.
    Map<String, String> wanted = new LinkedHashMap<>();
    for (GlossaryEntry entry : article.glossary()) {
      wanted.putIfAbsent(TermKey.of(entry.term()), entry.term());
    }
    for (String term : analyzed.hardTerms()) {
      wanted.putIfAbsent(TermKey.of(term), term);
    }

    // 3. The best explanation of each; a term already shown under another name is skipped.
    Provenance appearance = fromText;
    List<GlossaryEntry> shown = new ArrayList<>();
    Set<String> shownKeys = new HashSet<>();
    for (Map.Entry<String, String> term : wanted.entrySet()) {
      String key = term.getKey();
      if (key.isEmpty()) {
        continue;
      }
      store.recordAppearance(key, appearance);
      if (shownKeys.contains(key) || shown.size() >= maxEntries) {
        continue;
      }
      GlossaryEntry best = best(store.findByKey(key), article.canonicalUrl());
      if (best == null) {
        continue;
      }
      String bestKey = TermKey.of(best.term());
      if (shownKeys.contains(bestKey)) {
        continue;
      }
      if (!bestKey.equals(key)) {
        store.recordAppearance(bestKey, appearance);
      }
      shown.add(best);
      shownKeys.add(bestKey);
      for (String alias : best.aliases()) {
        shownKeys.add(TermKey.of(alias));
      }
    }
    return shown;
  }

  /**
   * The winner by precedence; an article entry from another article counts as learned. The store
   * gives entries best precedence first, then newest.
   */
  static @org.jspecify.annotations.Nullable GlossaryEntry best(
      List<GlossaryEntry> candidates, String articleUrl) {
    return candidates.stream()
        .map(entry -> asSeenFrom(entry, articleUrl))
        .min(Comparator.comparingInt(e -> e.provenance().kind().precedence()))
        .orElse(null);
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
