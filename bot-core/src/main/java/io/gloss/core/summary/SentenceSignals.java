package io.gloss.core.summary;

import io.gloss.core.domain.AnalyzedArticle;
import io.gloss.core.domain.Sentence;
import io.gloss.core.text.Words;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What each candidate sentence says, as one relevance score: coverage of the headline's terms and
 * numbers, of the article's central terms (those many sentences return to), a quantity, graph
 * centrality, and position as one signal among them; quotes and overlong sentences cost a little.
 * The genre moves the position signal: a column argues towards its end, a broadcast script opens
 * with the anchor's framing.
 */
final class SentenceSignals {

  /** How many of the article's most recurrent terms count as its central terms. */
  private static final int CENTRAL_TERMS = 8;

  private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,]\\d+)*");
  private static final Pattern QUANTITY =
      Pattern.compile(
          "\\d(?:[\\d.,]*)\\s?(?:%|퍼센트|조|억|만|천|원|달러|유로|엔|위안|명|개|곳|건|가구|대|배|년|개월|주|일|시간|분"
              + "|톤|㎞|km|kg|m\\b|percent|per cent|million|billion|trillion|thousand|people"
              + "|years?|months?|weeks?|days?|hours?|points?|cents?)|[$€£¥₩]\\s?\\d",
          Pattern.CASE_INSENSITIVE);

  /**
   * Outcomes and next steps in Korean copy: the news itself. (An English list of the same kind
   * lowered ROUGE on the FRANK validation split, so English goes without.)
   */
  private static final Pattern OUTCOME =
      Pattern.compile(
          "합의|타결|체결|확정|결정했|결정됐|승인|통과|가결|부결|선고|판결|구속|기소|사퇴|사임|당선|취임|인상|인하|동결"
              + "|최초|처음|사상|역대|최대|최고|최저|만장일치|전원|요청했|요구했|촉구했|계획이다|예정이다|방침이다|할 계획");

  /** The endings of a Korean columnist's claim: what must or should be done. */
  private static final Pattern THESIS =
      Pattern.compile("야 한다|야 할 것이다|야 하지 않을까|기 바란다|할 때다|필요하다\\.|필요한 것은");

  private static final Pattern DAY = Pattern.compile("([1-9]|[12]\\d|3[01])\\s?일");

  /**
   * What makes a count of minutes a moment rather than an amount: a clock time ("오후 6시 30분") or the
   * minute of a match ("전반 12분", "연장 후반 7분").
   */
  private static final Pattern MOMENT_BEFORE_MINUTES = Pattern.compile("(?:\\d\\s?시|[전후]반)\\s?$");

  /**
   * A match score in Korean copy, the result a sports story is about ("포항을 3-2로 꺾었다", "3대 2로 이겼다",
   * "1-0의 승리"). English sports copy has a score in nearly every sentence of a round-up: there it
   * told nothing (on the public pages it traded a story's result for another match's).
   */
  private static final Pattern SCORE =
      Pattern.compile(
          "(?<![\\d.,:/-])\\d{1,3}\\s?(?:-|–|대)\\s?\\d{1,3}(?![\\d.,:/-])"
              + "(?=\\s?(?:으?로 |의 (?:승리|완승|역전승|패배|완패)))");

  /** What makes a count of days a span rather than a date: "3일간", "5일 만에", "10일째". */
  private static final Pattern SPAN_AFTER_DAYS =
      Pattern.compile("간|째|치|\\s?(?:동안|만에|이내|연속|이상|넘게|가량|정도)");

  /** A meeting held, a briefing given: the frame of the news, not the news. */
  private static final Pattern FRAME =
      Pattern.compile("(?:브리핑|개최|진행|참석)했다\\.$|(?:회의|간담회|기자회견|행사|설명회)를 (?:열었|가졌)다\\.$");

  private final Words words;
  private final ExtractiveSummarizer.Settings settings;
  private final ExtractiveSummarizer.Weights weights;

  SentenceSignals(
      Words words, ExtractiveSummarizer.Settings settings, ExtractiveSummarizer.Weights weights) {
    this.words = Objects.requireNonNull(words, "words");
    this.settings = Objects.requireNonNull(settings, "settings");
    this.weights = Objects.requireNonNull(weights, "weights");
  }

  /** One relevance score per candidate, same order. */
  double[] score(
      AnalyzedArticle article,
      List<Sentence> candidates,
      List<Map<String, Double>> vectors,
      double[] centrality,
      Genre genre) {
    int n = candidates.size();
    Map<String, Integer> documentFrequency = new HashMap<>();
    for (Map<String, Double> vector : vectors) {
      for (String term : vector.keySet()) {
        documentFrequency.merge(term, 1, Integer::sum);
      }
    }
    Map<String, Double> title =
        idfWeights(words.terms(article.article().title()), documentFrequency, n);
    Map<String, Double> central = centralTerms(documentFrequency, n);
    Set<String> titleNumbers = numbers(article.article().title());
    Set<Integer> paragraphLeads = paragraphLeads(article.sentences());
    boolean headless = title.isEmpty();
    double positionWeight =
        (headless ? weights.headlessPosition() : settings.positionWeight())
            * (genre == Genre.OPINION ? 0.3 : 1.0);
    double quantityWeight = headless ? weights.headlessQuantity() : weights.quantity();

    double[] score = new double[n];
    for (int i = 0; i < n; i++) {
      Sentence sentence = candidates.get(i);
      Map<String, Double> vector = vectors.get(i);
      String text = sentence.text();
      double value =
          settings.centralityWeight() * centrality[i]
              + positionWeight * position(i, n, sentence, genre)
              + settings.titleWeight() * coverage(vector, title)
              + weights.keyword() * coverage(vector, central)
              + quantityWeight * quantities(text)
              + weights.headlineNumber() * sharedNumber(text, titleNumbers)
              + weights.paragraphLead() * (paragraphLeads.contains(sentence.id()) ? 1 : 0)
              - weights.quotePenalty() * (BulletRules.quoteLed(text) ? 1 : 0)
              - weights.lengthPenalty() * overLength(text)
              + weights.outcome() * (genre == Genre.OPINION ? thesis(text) : outcome(text));
      score[i] = value;
    }
    double min = Double.POSITIVE_INFINITY;
    for (double v : score) {
      min = Math.min(min, v);
    }
    for (int i = 0; i < n; i++) {
      score[i] -= Math.min(0, min); // keep scores non-negative for normalization
    }
    return score;
  }

  /**
   * How much of the headline each candidate says (IDF-weighted share of its terms): the bullet that
   * says most of it is shown first, the headline being the editors' own ranking.
   */
  double[] headline(AnalyzedArticle article, List<Map<String, Double>> vectors) {
    Map<String, Integer> documentFrequency = new HashMap<>();
    for (Map<String, Double> vector : vectors) {
      for (String term : vector.keySet()) {
        documentFrequency.merge(term, 1, Integer::sum);
      }
    }
    Map<String, Double> title =
        idfWeights(words.terms(article.article().title()), documentFrequency, vectors.size());
    double[] out = new double[vectors.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = coverage(vectors.get(i), title);
    }
    return out;
  }

  /**
   * The lead prior by rank among the candidates; a column's thesis sits in its closing paragraphs
   * and a broadcast script's first paragraph is the anchor's framing, not the report.
   */
  private static double position(int rank, int n, Sentence sentence, Genre genre) {
    double lead = 1.0 / Math.sqrt(1.0 + rank);
    return switch (genre) {
      case OPINION -> rank >= n - Math.max(2, n / 5) ? 0.8 : lead;
      case BROADCAST -> sentence.paragraph() == 0 ? 0.3 : lead;
      default -> lead;
    };
  }

  /** Terms weighted by inverse sentence frequency. */
  private static Map<String, Double> idfWeights(
      List<String> terms, Map<String, Integer> documentFrequency, int n) {
    Map<String, Double> out = new HashMap<>();
    for (String term : terms) {
      int df = documentFrequency.getOrDefault(term, 0);
      out.put(term, Math.log(1.0 + (double) n / Math.max(1, df)));
    }
    return out;
  }

  /** The terms that several sentences return to, weighted by how often and how specific. */
  private static Map<String, Double> centralTerms(Map<String, Integer> documentFrequency, int n) {
    List<Map.Entry<String, Integer>> recurring = new ArrayList<>();
    for (Map.Entry<String, Integer> e : documentFrequency.entrySet()) {
      if (e.getValue() >= 2) {
        recurring.add(e);
      }
    }
    recurring.sort(
        (a, b) -> {
          int byCount = Integer.compare(b.getValue(), a.getValue());
          return byCount != 0 ? byCount : a.getKey().compareTo(b.getKey());
        });
    Map<String, Double> out = new HashMap<>();
    for (Map.Entry<String, Integer> e :
        recurring.subList(0, Math.min(CENTRAL_TERMS, recurring.size()))) {
      out.put(e.getKey(), e.getValue() * Math.log(1.0 + (double) n / e.getValue()));
    }
    return out;
  }

  /** The weighted share of {@code terms} that the sentence contains. */
  private static double coverage(Map<String, Double> sentence, Map<String, Double> terms) {
    double total = 0;
    double covered = 0;
    for (Map.Entry<String, Double> e : terms.entrySet()) {
      total += e.getValue();
      if (sentence.containsKey(e.getKey())) {
        covered += e.getValue();
      }
    }
    return total == 0 ? 0 : covered / total;
  }

  /** Distinct quantities in the sentence, as a share of three: facts with numbers are news. */
  private static double quantities(String text) {
    if (!Words.hasDigit(text)) {
      return 0; // every quantity has a digit: most sentences skip the pattern's scan
    }
    int count = Words.hasHangul(text) && SCORE.matcher(text).find() ? 1 : 0;
    Matcher m = QUANTITY.matcher(text);
    while (m.find() && count < 3) {
      if (!dayOfMonth(text, m) && !momentInMinutes(text, m)) {
        count++;
      }
    }
    return Math.min(count, 3) / 3.0;
  }

  /** "30분" of "오후 6시 30분" or "전반 12분": when it happened, as a day of the month is. */
  private static boolean momentInMinutes(String text, Matcher m) {
    String quantity = m.group();
    return quantity.endsWith("분")
        && MOMENT_BEFORE_MINUTES.matcher(text).region(0, m.start()).find();
  }

  /**
   * "12일" as the day a Korean story happened ("12일 오후 6시 국회에서"): nearly every lead has one, and it
   * says when, not how much. "3일간", "5일 만에", "90일" are spans and still count.
   */
  private static boolean dayOfMonth(String text, Matcher m) {
    Matcher day = DAY.matcher(m.group());
    return day.matches()
        && Integer.parseInt(day.group(1)) <= 31
        && !SPAN_AFTER_DAYS.matcher(text).region(m.end(), text.length()).lookingAt();
  }

  private static Set<String> numbers(String text) {
    Set<String> out = new HashSet<>();
    if (!Words.hasDigit(text)) {
      return out;
    }
    Matcher m = NUMBER.matcher(text);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  private static double sharedNumber(String text, Set<String> titleNumbers) {
    if (titleNumbers.isEmpty()) {
      return 0;
    }
    for (String number : numbers(text)) {
      if (titleNumbers.contains(number)) {
        return 1;
      }
    }
    return 0;
  }

  private static Set<Integer> paragraphLeads(List<Sentence> sentences) {
    Set<Integer> leads = new HashSet<>();
    int paragraph = -1;
    for (Sentence sentence : sentences) {
      if (sentence.paragraph() != paragraph) {
        leads.add(sentence.id());
        paragraph = sentence.paragraph();
      }
    }
    return leads;
  }

  /**
   * 1 for what a column argues for ("…이 첫 조항이 돼야 한다고 본다", "…는 한 묶음이어야 한다", "…만들기 바란다", "… should
   * …"): its thesis, which a reader wants before its anecdotes; else 0.
   */
  private static double thesis(String text) {
    if (Words.hasHangul(text)) {
      return THESIS.matcher(text).find() ? 1 : 0;
    }
    return ENGLISH_THESIS.matcher(text).find() ? 1 : 0;
  }

  /**
   * The same in an English column: "Lam should take the time …", "we need …", "it is time to …".
   */
  private static final Pattern ENGLISH_THESIS =
      Pattern.compile("\\b(?:should|must|needs? to|ought to|it is time|it's time|we need)\\b");

  /** 1 for an outcome, -1 for a sentence that only frames the news, else 0. */
  private static double outcome(String text) {
    if (!Words.hasHangul(text)) {
      return 0; // the lists are Korean
    }
    if (FRAME.matcher(text).find()) {
      return -1;
    }
    return OUTCOME.matcher(text).find() ? 1 : 0;
  }

  /** 0 up to a comfortable length, rising to 1 at twice that. */
  private static double overLength(String text) {
    double excess;
    if (Words.hasHangul(text) || Words.writtenWithoutSpaces(text)) {
      excess = (text.length() - 120) / 120.0;
    } else {
      excess = (ExtractiveSummarizer.wordCount(text) - 35) / 35.0;
    }
    return Math.max(0, Math.min(1, excess));
  }
}
