package io.gloss.core.summary;

import io.gloss.core.domain.AnalyzedArticle;
import io.gloss.core.domain.Bullet;
import io.gloss.core.domain.Note;
import io.gloss.core.domain.RequestOrigin;
import io.gloss.core.domain.Sentence;
import io.gloss.core.domain.SummaryDraft;
import io.gloss.core.domain.SummaryMode;
import io.gloss.core.domain.SummaryStyle;
import io.gloss.core.port.out.Summarizer;
import io.gloss.core.text.QuestionsAndAnswers;
import io.gloss.core.text.WireCopy;
import io.gloss.core.text.Words;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The offline summarizer: picks whole sentences of the article for what they say. Each candidate is
 * scored by {@link SentenceSignals} (coverage of the headline's terms and numbers, of the article's
 * central terms, quantities, centrality in the sentence-similarity graph, with position as one
 * signal among them and the genre shifting the weights); bullets are then chosen by maximal
 * marginal relevance so that no two say the same thing, most important first. Captions, bylines,
 * datelines, labels, teasers, quote fragments and sentences that lean on an unseen antecedent are
 * never candidates ({@link BulletRules}). Thread-safe.
 */
public final class ExtractiveSummarizer implements Summarizer {
  private static final Logger log = LoggerFactory.getLogger(ExtractiveSummarizer.class);

  /**
   * Tuning.
   *
   * @param briefBullets bullets of the {@code brief} style (and of the styles that need an LLM)
   * @param centralityWeight weight of graph centrality
   * @param positionWeight weight of the lead/position prior
   * @param titleWeight weight of similarity to the title
   * @param mmrLambda relevance versus novelty in MMR (1 = relevance only)
   * @param duplicateSimilarity a candidate this similar to a chosen sentence is never chosen
   */
  public record Settings(
      int briefBullets,
      double centralityWeight,
      double positionWeight,
      double titleWeight,
      double mmrLambda,
      double duplicateSimilarity) {
    public static final Settings DEFAULTS = new Settings(3, 0.0, 0.4, 0.1, 0.65, 0.6);

    public Settings {
      if (briefBullets < 1) {
        throw new IllegalArgumentException("briefBullets must be at least 1");
      }
    }
  }

  /**
   * Weights of the signals beside the core ones in {@link ExtractiveSummarizer.Settings}. Chosen on
   * the FRANK validation split and our own fixtures, never on the set they are reported on.
   *
   * @param keyword coverage of the article's central terms
   * @param quantity a number with a unit (money, percent, counts, dates)
   * @param headlineNumber a number that the headline also has
   * @param paragraphLead first sentence of its paragraph (later ones often lean on it)
   * @param quotePenalty opens with a quotation
   * @param lengthPenalty longer than a reader takes in at once
   * @param outcome says what happened or comes next (agreed, approved, a first, a plan) rather than
   *     that a meeting was held or a briefing given; in a column, what the columnist argues for
   */
  public record Weights(
      double keyword,
      double quantity,
      double headlineNumber,
      double paragraphLead,
      double quotePenalty,
      double lengthPenalty,
      double outcome,
      double headlessPosition,
      double headlessQuantity) {
    public static final Weights DEFAULTS =
        new Weights(0.0, 0.8, 0.2, 0.1, 0.3, 0.1, 0.3, 1.2, 0.45);
  }

  /** Korean, Chinese and Japanese sentences are measured in characters. */
  private static final int MIN_KOREAN_CHARS = 12;

  private static final int MAX_KOREAN_CHARS = 300;

  /** Where a Korean interview sets its scene: "지난 18일 연구소에서 만난 X 대표는 …". */
  private static final Pattern INTERVIEW_SCENE = Pattern.compile("에서 만난 |을 만나 |를 만나 ");

  /** The longest sentence read as completing the one before it. */
  private static final int MAX_COMPLETION_CHARS = 45;

  private static final int MAX_COMPLETION_WORDS = 12;
  private static final int MIN_ENGLISH_WORDS = 6;
  private static final int MAX_ENGLISH_WORDS = 70;
  private static final double DAMPING = 0.85;

  /**
   * Only the first sentences compete: news puts its point first, and the similarity graph is
   * quadratic in the number of candidates.
   */
  static final int MAX_CANDIDATES = 150;

  private final Words words;
  private final Settings settings;
  private final Weights weights;

  public ExtractiveSummarizer(Words words, Settings settings, Weights weights) {
    this.words = Objects.requireNonNull(words, "words");
    this.settings = Objects.requireNonNull(settings, "settings");
    this.weights = Objects.requireNonNull(weights, "weights");
  }

  public ExtractiveSummarizer(Words words, Settings settings) {
    this(words, settings, Weights.DEFAULTS);
  }

  public ExtractiveSummarizer(Words words) {
    this(words, Settings.DEFAULTS);
  }

  @Override
  public SummaryDraft summarize(
      AnalyzedArticle article, SummaryStyle style, String language, RequestOrigin origin) {
    int count = style == SummaryStyle.SHORT ? 1 : settings.briefBullets();
    List<Bullet> bullets = pick(article, count);
    return new SummaryDraft(
        bullets, SummaryMode.EXTRACTIVE, null, List.of(), notes(article, style, language));
  }

  /**
   * The bullets, most important first: each is a chosen sentence without a leading dateline or
   * trailing wire credit, with the short sentence that completes it if there is one, and carries
   * their ids. A sentence that leans on the one before it ("He", "But", "그는", "이어") is chosen only
   * right after that one.
   */
  public List<Bullet> pick(AnalyzedArticle article, int count) {
    Pool pool = candidates(article);
    List<Sentence> candidates = pool.sentences();
    if (candidates.isEmpty()) {
      return List.of();
    }
    Genre genre = Genre.of(article.article());
    List<Map<String, Double>> vectors = tfIdf(candidates);
    int n = candidates.size();
    double[][] similarity = similarities(vectors);
    SentenceSignals signals = new SentenceSignals(words, settings, weights);
    double[] relevance =
        normalize(signals.score(article, candidates, vectors, centrality(similarity), genre));
    Map<Integer, Integer> indexOfId = new HashMap<>();
    for (int i = 0; i < n; i++) {
      indexOfId.put(candidates.get(i).id(), i);
    }
    if (log.isDebugEnabled()) {
      logScores(article, candidates, relevance, pool.dangling(), genre);
    }

    // A short sentence completing the one before it ("11년 만이다.", "네 번째 동결이다.") is read as
    // part of it: it takes no bullet of its own, and what it says counts for the bullet they make.
    Map<Integer, Integer> completion = completions(candidates, pool.dangling());
    for (Map.Entry<Integer, Integer> e : completion.entrySet()) {
      relevance[e.getKey()] = Math.max(relevance[e.getKey()], relevance[e.getValue()]);
    }
    Set<Integer> completing = new HashSet<>(completion.values());
    List<Integer> chosen = new ArrayList<>();
    List<Integer> read = new ArrayList<>(); // the chosen sentences and those completing them
    boolean storyLead = count > 1 && isKoreanStoryLead(candidates.get(0), pool, genre, article);
    if (storyLead) {
      // Korean straight news states the story in its lead (리드), and readers look for it first;
      // the other bullets are chosen for what they add to it.
      chosen.add(0);
      read.add(0);
      if (completion.containsKey(0)) {
        read.add(completion.get(0));
      }
    }
    while (chosen.size() < Math.min(count, n)) {
      int best = -1;
      double bestValue = Double.NEGATIVE_INFINITY;
      for (int i = 0; i < n; i++) {
        if (chosen.contains(i)
            || completing.contains(i)
            || !pool.standsAlone(candidates.get(i), read, indexOfId)) {
          continue;
        }
        double redundancy = 0;
        for (int j : chosen) {
          redundancy = Math.max(redundancy, similarity[i][j]);
        }
        if (redundancy >= settings.duplicateSimilarity() && !vectors.get(i).isEmpty()) {
          continue;
        }
        double value =
            settings.mmrLambda() * relevance[i] - (1 - settings.mmrLambda()) * redundancy;
        if (value > bestValue) {
          bestValue = value;
          best = i;
        }
      }
      if (best < 0) {
        break;
      }
      chosen.add(best);
      read.add(best);
      if (completion.containsKey(best)) {
        read.add(completion.get(best));
      }
    }
    if (!storyLead) {
      leadWithTheHeadline(chosen, signals.headline(article, vectors), pool, candidates);
    }
    List<Bullet> picked = new ArrayList<>();
    for (int i : chosen) {
      Sentence sentence = candidates.get(i);
      String text = BulletRules.trim(sentence.text());
      List<Integer> ids = new ArrayList<>(List.of(sentence.id()));
      Integer completed = completion.get(i);
      if (completed != null) {
        text = text + " " + BulletRules.trim(candidates.get(completed).text());
        ids.add(candidates.get(completed).id());
      }
      int after = -1;
      if (pool.dangling().contains(sentence.id())) {
        for (int k = 0; k < picked.size(); k++) {
          if (picked.get(k).sentenceIds().contains(sentence.id() - 1)) {
            after = k;
          }
        }
      }
      // A sentence leaning on its antecedent is read right after it.
      picked.add(after < 0 ? picked.size() : after + 1, new Bullet(text, ids));
    }
    return picked;
  }

  /**
   * Whether the first candidate is the lead of a Korean news story: the first sentence of one of
   * the first two paragraphs, standing alone, and no interview's scene-setting ("…에서 만난 X 대표는").
   * English leads are not forced: on our English pages that lost key facts to the lead's framing.
   */
  private static boolean isKoreanStoryLead(
      Sentence first, Pool pool, Genre genre, AnalyzedArticle article) {
    List<Sentence> sentences = article.sentences();
    return genre == Genre.NEWS
        && Words.hasHangul(first.text())
        && !pool.dangling().contains(first.id())
        && first.paragraph() <= sentences.get(0).paragraph() + 1
        && (first.id() == 0 || sentences.get(first.id() - 1).paragraph() != first.paragraph())
        && !INTERVIEW_SCENE.matcher(first.text()).find();
  }

  /**
   * Candidate index of a sentence → index of the short sentence right after it, in its paragraph,
   * that leans on it and only completes it (a count, a comparison, an aim).
   */
  private static Map<Integer, Integer> completions(
      List<Sentence> candidates, Set<Integer> dangling) {
    Map<Integer, Integer> out = new HashMap<>();
    for (int i = 1; i < candidates.size(); i++) {
      Sentence before = candidates.get(i - 1);
      Sentence sentence = candidates.get(i);
      if (dangling.contains(sentence.id())
          && !dangling.contains(before.id())
          && sentence.id() == before.id() + 1
          && sentence.paragraph() == before.paragraph()
          && completes(BulletRules.trim(sentence.text()))) {
        out.put(i - 1, i);
      }
    }
    return out;
  }

  private static boolean completes(String text) {
    if (Words.hasHangul(text) || Words.writtenWithoutSpaces(text)) {
      return text.length() <= MAX_COMPLETION_CHARS;
    }
    return wordCount(text) <= MAX_COMPLETION_WORDS;
  }

  /** Why a sentence was or was not a bullet: the ten most relevant, "id=score" ("~" leans). */
  private static void logScores(
      AnalyzedArticle article,
      List<Sentence> candidates,
      double[] relevance,
      Set<Integer> dangling,
      Genre genre) {
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < candidates.size(); i++) {
      order.add(i);
    }
    order.sort((a, b) -> Double.compare(relevance[b], relevance[a]));
    List<String> top = new ArrayList<>();
    for (int i : order.subList(0, Math.min(10, order.size()))) {
      int id = candidates.get(i).id();
      top.add(
          String.format(
              Locale.ROOT, "%d=%.3f%s", id, relevance[i], dangling.contains(id) ? "~" : ""));
    }
    log.debug(
        "Sentence relevance for {} ({}, {} candidates of {} sentences): {}",
        article.article().canonicalUrl(),
        genre,
        candidates.size(),
        article.sentences().size(),
        top);
  }

  /**
   * Moves the chosen sentence that says most of the headline to the front; the others stay in order
   * of relevance. A sentence that leans on its antecedent never leads.
   */
  private static void leadWithTheHeadline(
      List<Integer> chosen, double[] headline, Pool pool, List<Sentence> candidates) {
    int best = -1;
    for (int k = 0; k < chosen.size(); k++) {
      int i = chosen.get(k);
      if (pool.dangling().contains(candidates.get(i).id()) || headline[i] <= 0) {
        continue;
      }
      if (best < 0 || leadKey(headline, i) > leadKey(headline, chosen.get(best))) {
        best = k;
      }
    }
    if (best > 0) {
      chosen.add(0, chosen.remove(best));
    }
  }

  /** Headline coverage, with an earlier sentence winning a near tie. */
  private static double leadKey(double[] headline, int i) {
    return headline[i] + 0.15 / Math.sqrt(1.0 + i);
  }

  /**
   * The sentences that may become bullets.
   *
   * @param sentences candidates in article order
   * @param dangling ids of those that need the sentence before them as the bullet before them
   */
  record Pool(List<Sentence> sentences, Set<Integer> dangling) {
    boolean standsAlone(Sentence sentence, List<Integer> chosen, Map<Integer, Integer> indexOf) {
      if (!dangling.contains(sentence.id())) {
        return true;
      }
      Integer antecedent = indexOf.get(sentence.id() - 1);
      return antecedent != null && chosen.contains(antecedent);
    }
  }

  /**
   * Sentences that can be bullets: those that stand alone, and those that lean on the sentence
   * before them (usable only after it); when none qualifies, the body's sentences that are no
   * caption, stamp or label, else all of them.
   */
  static Pool candidates(AnalyzedArticle article) {
    List<String> paragraphs = article.article().paragraphs();
    // An answer marked "▲" is no photo caption (the analyzer took the mark off its sentences).
    Set<Integer> answers = QuestionsAndAnswers.answers(paragraphs);
    Set<Integer> captionParagraphs = new HashSet<>();
    for (int p = 0; p < paragraphs.size(); p++) {
      String paragraph =
          answers.contains(p) ? QuestionsAndAnswers.unmarked(paragraphs.get(p)) : paragraphs.get(p);
      if (WireCopy.isCaption(paragraph) || WireCopy.isBylineOrBoilerplate(paragraph)) {
        captionParagraphs.add(p);
      }
    }
    List<Sentence> out = new ArrayList<>();
    Set<Integer> dangling = new HashSet<>();
    List<Sentence> fallback = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Sentence sentence : article.sentences()) {
      String text = sentence.text();
      if (!seen.add(text) || WireCopy.isBylineOrBoilerplate(text)) {
        continue; // repeated lines (e.g. a caption echoed in the body) and credits
      }
      if (fallback.size() < MAX_CANDIDATES) {
        fallback.add(sentence);
      }
      String trimmed = BulletRules.trim(text);
      if (captionParagraphs.contains(sentence.paragraph())
          || !WireCopy.endsLikeSentence(text)
          || !reasonableLength(trimmed)) {
        continue;
      }
      BulletRules.Reject reject = BulletRules.reject(trimmed);
      if (reject == BulletRules.Reject.DANGLING) {
        dangling.add(sentence.id());
      } else if (reject != BulletRules.Reject.NONE) {
        continue;
      }
      out.add(sentence);
      if (out.size() >= MAX_CANDIDATES) {
        break;
      }
    }
    if (out.size() > dangling.size()) {
      return new Pool(out, dangling);
    }
    // Text without sentence punctuation (Thai, a list, a transcript): the sentences are taken as
    // they are, but a caption, a date stamp or a label is still no bullet when anything else is
    // there.
    List<Sentence> unpunctuated = new ArrayList<>();
    for (Sentence sentence : fallback) {
      if (!captionParagraphs.contains(sentence.paragraph())
          && BulletRules.reject(BulletRules.trim(sentence.text())) == BulletRules.Reject.NONE) {
        unpunctuated.add(sentence);
      }
    }
    return new Pool(unpunctuated.isEmpty() ? fallback : unpunctuated, Set.of());
  }

  /**
   * What is wrong with a shown bullet (caption, dateline, label, teaser, fragment, or a pronoun
   * whose antecedent is not the bullet before it), or null: the evaluation's check. The bullet's
   * first sentence is judged; a sentence completing it leans on it by design.
   */
  public static @Nullable String flaw(
      Bullet bullet, List<Sentence> sentences, boolean followsItsAntecedent) {
    int first = bullet.sentenceIds().isEmpty() ? -1 : bullet.sentenceIds().get(0);
    String text =
        first >= 0 && first < sentences.size() && bullet.sentenceIds().size() > 1
            ? BulletRules.trim(sentences.get(first).text())
            : bullet.text();
    BulletRules.Reject reject = BulletRules.reject(text);
    if (reject == BulletRules.Reject.NONE
        || (reject == BulletRules.Reject.DANGLING && followsItsAntecedent)) {
      return null;
    }
    return reject.name().toLowerCase(Locale.ROOT);
  }

  private static boolean reasonableLength(String text) {
    if (Words.hasHangul(text) || Words.writtenWithoutSpaces(text)) {
      return text.length() >= MIN_KOREAN_CHARS && text.length() <= MAX_KOREAN_CHARS;
    }
    int wordCount = wordCount(text);
    return wordCount >= MIN_ENGLISH_WORDS && wordCount <= MAX_ENGLISH_WORDS;
  }

  /** Words separated by (ASCII) white space, counted without splitting the text. */
  static int wordCount(String text) {
    int words = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); i++) {
      boolean space = isSpace(text.charAt(i));
      if (!space && !inWord) {
        words++;
      }
      inWord = !space;
    }
    return words;
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  private List<Map<String, Double>> tfIdf(List<Sentence> sentences) {
    List<Map<String, Double>> tfs = new ArrayList<>();
    Map<String, Integer> documentFrequency = new HashMap<>();
    for (Sentence sentence : sentences) {
      Map<String, Double> tf = termFrequencies(words.terms(sentence.text()));
      tfs.add(tf);
      for (String term : tf.keySet()) {
        documentFrequency.merge(term, 1, Integer::sum);
      }
    }
    int n = sentences.size();
    for (Map<String, Double> tf : tfs) {
      tf.replaceAll(
          (term, f) ->
              (1 + Math.log(f))
                  * (1 + Math.log((double) n / documentFrequency.getOrDefault(term, 1))));
    }
    return tfs;
  }

  private static Map<String, Double> termFrequencies(List<String> terms) {
    Map<String, Double> tf = new HashMap<>();
    for (String term : terms) {
      tf.merge(term, 1.0, Double::sum);
    }
    return tf;
  }

  /**
   * Cosine similarity of every pair of sentences. Quadratic in the candidates (up to {@link
   * #MAX_CANDIDATES}), so each vector is first turned into term ids in ascending order with its
   * norm computed once: a pair is then one merge of two short arrays, with no hashing.
   */
  static double[][] similarities(List<Map<String, Double>> vectors) {
    int n = vectors.size();
    Map<String, Integer> ids = new HashMap<>();
    SparseVector[] sparse = new SparseVector[n];
    for (int i = 0; i < n; i++) {
      sparse[i] = SparseVector.of(vectors.get(i), ids);
    }
    double[][] similarity = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        double s = sparse[i].cosine(sparse[j]);
        similarity[i][j] = s;
        similarity[j][i] = s;
      }
    }
    return similarity;
  }

  /** A sentence's term weights by term id, ids ascending, with the vector's norm. */
  private record SparseVector(int[] ids, double[] weights, double norm) {
    static SparseVector of(Map<String, Double> vector, Map<String, Integer> ids) {
      int[] own = new int[vector.size()];
      double[] weights = new double[vector.size()];
      int k = 0;
      double sum = 0;
      for (Map.Entry<String, Double> term : vector.entrySet()) {
        own[k] = ids.computeIfAbsent(term.getKey(), t -> ids.size());
        weights[k] = term.getValue();
        sum += weights[k] * weights[k];
        k++;
      }
      // Insertion sort, weights alongside: a sentence has tens of terms.
      for (int x = 1; x < own.length; x++) {
        int id = own[x];
        double weight = weights[x];
        int y = x - 1;
        while (y >= 0 && own[y] > id) {
          own[y + 1] = own[y];
          weights[y + 1] = weights[y];
          y--;
        }
        own[y + 1] = id;
        weights[y + 1] = weight;
      }
      return new SparseVector(own, weights, Math.sqrt(sum));
    }

    double cosine(SparseVector other) {
      if (ids.length == 0 || other.ids.length == 0) {
        return 0;
      }
      double dot = 0;
      int a = 0;
      int b = 0;
      while (a < ids.length && b < other.ids.length) {
        if (ids[a] == other.ids[b]) {
          dot += weights[a++] * other.weights[b++];
        } else if (ids[a] < other.ids[b]) {
          a++;
        } else {
          b++;
        }
      }
      return dot == 0 ? 0 : dot / (norm * other.norm);
    }
  }

  /** Graph centrality, normalized; not computed when its weight is zero (the default). */
  private double[] centrality(double[][] similarity) {
    return settings.centralityWeight() > 0
        ? normalize(textRank(similarity))
        : new double[similarity.length];
  }

  /** PageRank over the weighted similarity graph. */
  static double[] textRank(double[][] similarity) {
    int n = similarity.length;
    double[] rowSum = new double[n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        rowSum[i] += similarity[i][j];
      }
    }
    double[] rank = new double[n];
    java.util.Arrays.fill(rank, 1.0 / n);
    for (int iteration = 0; iteration < 50; iteration++) {
      double[] next = new double[n];
      double delta = 0;
      for (int i = 0; i < n; i++) {
        double sum = 0;
        for (int j = 0; j < n; j++) {
          if (rowSum[j] > 0 && similarity[j][i] > 0) {
            sum += similarity[j][i] / rowSum[j] * rank[j];
          }
        }
        next[i] = (1 - DAMPING) / n + DAMPING * sum;
        delta += Math.abs(next[i] - rank[i]);
      }
      rank = next;
      if (delta < 1e-6) {
        break;
      }
    }
    return rank;
  }

  static double[] normalize(double[] values) {
    double max = 0;
    for (double v : values) {
      max = Math.max(max, v);
    }
    double[] out = new double[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = max > 0 ? values[i] / max : 0;
    }
    return out;
  }

  /** Honest notes, in the reply's language (the one asked for), not the article's. */
  private static List<Note> notes(AnalyzedArticle article, SummaryStyle style, String language) {
    String articleLanguage = article.article().language();
    String wanted = language.toLowerCase(Locale.ROOT);
    boolean korean = "und".equals(wanted) ? "ko".equals(articleLanguage) : "ko".equals(wanted);
    List<Note> notes = new ArrayList<>();
    if (style == SummaryStyle.SIMPLE || style == SummaryStyle.FIVE_W_ONE_H) {
      notes.add(
          new Note(
              "style_needs_llm",
              korean
                  ? "'" + style.id() + "' 요약에는 언어 모델이 필요해 기본 요약을 보여 드립니다."
                  : "The '"
                      + style.id()
                      + "' style needs a language model; showing the brief"
                      + " summary."));
    }
    if (!wanted.equals(articleLanguage)
        && !"und".equals(articleLanguage)
        && !"und".equals(wanted)) {
      notes.add(
          new Note(
              "translation_needs_llm",
              korean
                  ? "번역에는 언어 모델이 필요해 기사 원문 언어로 요약했습니다."
                  : "Translation needs a language model; the summary is in the article's"
                      + " language."));
    }
    return notes;
  }
}
