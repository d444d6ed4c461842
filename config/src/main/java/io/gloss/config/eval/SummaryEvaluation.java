package io.gloss.config.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gloss.core.domain.AnalyzedArticle;
import io.gloss.core.domain.Article;
import io.gloss.core.domain.Bullet;
import io.gloss.core.domain.Sentence;
import io.gloss.core.glossary.GlossaryTermExplainer;
import io.gloss.core.glossary.InMemoryGlossaryStore;
import io.gloss.core.port.out.TermExplainer;
import io.gloss.core.summary.ExtractiveSummarizer;
import io.gloss.core.text.DefaultTextAnalyzer;
import io.gloss.core.text.EnglishWords;
import io.gloss.core.text.KoreanWords;
import io.gloss.core.text.UserTerms;
import io.gloss.core.text.Words;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Measures the extractive summarizer on the FRANK articles: ROUGE-1/2/L F1 against the reference
 * highlights, next to the Lead-k baseline computed in the same run from the same sentences, and the
 * median time per article (analysis + ranking + glossary, in-memory store) on a warm JVM.
 *
 * <p>Usage: {@code SummaryEvaluation <frank dir>} (the directory holding {@code
 * articles-wbertscore-json}). CNN/DailyMail articles: 3 bullets against Lead-3; XSum articles: 1
 * bullet against Lead-1. ROUGE here: lower-cased alphanumeric tokens, no stemming, no stopword
 * removal; ROUGE-L is the longest common subsequence over the whole summary. The CNN/DM rows are
 * repeated for FRANK's test split (the weights were chosen on its validation split), and our
 * annotated fixture pages are read by {@link CorpusEvaluation} (third argument, default {@code
 * bot-core/src/test/resources/corpus}).
 */
public final class SummaryEvaluation {
  private SummaryEvaluation() {}

  /** One article of the set. */
  record Item(String id, String text, String reference) {}

  /** Averages of one system. */
  record Scores(double rouge1, double rouge2, double rougeL) {}

  /**
   * Runs the evaluation with {@code args} (FRANK directory, seed file), printing to {@code out}.
   */
  public static void evaluate(String[] args, PrintStream out) throws IOException {
    Path dir = Path.of(args.length > 0 ? args[0] : "../../shared/eval/frank");
    Path json = dir.resolve("articles-wbertscore-json");
    List<Item> cnndm = new ArrayList<>();
    List<Item> xsum = new ArrayList<>();
    ObjectMapper mapper = new ObjectMapper();
    try (Stream<Path> files = Files.list(json)) {
      for (Path file : files.sorted().toList()) {
        JsonNode node = mapper.readTree(Files.readString(file, StandardCharsets.UTF_8));
        String article = text(node, "article");
        if (article.isBlank()) {
          continue;
        }
        String id = file.getFileName().toString();
        if (node.has("bart_reference")) {
          cnndm.add(new Item(id, article, text(node, "bart_reference")));
        } else if (node.has("Gold")) {
          xsum.add(new Item(id, article, text(node, "Gold")));
        }
      }
    }
    DefaultTextAnalyzer analyzer = new DefaultTextAnalyzer();
    ExtractiveSummarizer summarizer = new ExtractiveSummarizer(new Words());
    // Warm up the JIT and Nori's dictionaries before timing.
    run(cnndm, 3, analyzer, summarizer);
    out.println("| set | articles | system | ROUGE-1 F | ROUGE-2 F | ROUGE-L F |");
    out.println("|---|---:|---|---:|---:|---:|");
    Result cnn = run(cnndm, 3, analyzer, summarizer);
    print(out, "FRANK CNN/DM", cnndm.size(), "Gloss extractive (3 sentences)", cnn.extractive);
    print(out, "FRANK CNN/DM", cnndm.size(), "Lead-3", cnn.lead);
    // The summarizer's weights were chosen on the validation split: the test split is unseen.
    List<Item> test = split(dir.resolve("test_split.txt"), cnndm);
    if (!test.isEmpty()) {
      Result held = run(test, 3, analyzer, summarizer);
      print(out, "FRANK CNN/DM test split", test.size(), "Gloss extractive", held.extractive);
      print(out, "FRANK CNN/DM test split", test.size(), "Lead-3", held.lead);
    }
    Result bbc = run(xsum, 1, analyzer, summarizer);
    print(out, "FRANK XSum", xsum.size(), "Gloss extractive (1 sentence)", bbc.extractive);
    print(out, "FRANK XSum", xsum.size(), "Lead-1", bbc.lead);
    out.printf(
        Locale.ROOT,
        "%nMedian time per article (analysis + ranking + glossary, warm JVM): CNN/DM %.2f ms, XSum %.2f ms"
            + " (mean article length %d chars)%n",
        cnn.medianMillis,
        bbc.medianMillis,
        (int) cnndm.stream().mapToInt(i -> i.text().length()).average().orElse(0));
    Path seed =
        args.length > 1 ? Path.of(args[1]) : dir.resolveSibling("../seed/000_de1c2da22072e404.txt");
    if (Files.exists(seed)) {
      koreanTiming(out, seed);
    }
    Path corpus = Path.of(args.length > 2 ? args[2] : "bot-core/src/test/resources/corpus");
    if (Files.exists(corpus.resolve("annotations.jsonl"))) {
      CorpusEvaluation.evaluate(corpus, out);
    }
  }

  /** The items whose id is listed in a FRANK split file (one hash per line). */
  static List<Item> split(Path file, List<Item> items) throws IOException {
    if (!Files.exists(file)) {
      return List.of();
    }
    java.util.Set<String> ids = new java.util.HashSet<>(Files.readAllLines(file));
    return items.stream().filter(i -> ids.contains(i.id().replace(".json", ""))).toList();
  }

  /**
   * Times the Korean pipeline (Nori analysis, ranking, glossary with the article's box) on the seed
   * page, whose body paragraphs are taken with one selector (the real extractor is elsewhere).
   */
  static void koreanTiming(PrintStream out, Path seed) throws IOException {
    String page = Files.readString(seed, StandardCharsets.UTF_8);
    List<String> paragraphs = new ArrayList<>();
    for (org.jsoup.nodes.Element p : org.jsoup.Jsoup.parse(page).select("p[dmcf-ptype=general]")) {
      paragraphs.add(p.text());
    }
    String url = "https://eval.invalid/seed";
    KoreanWords korean = new KoreanWords(new UserTerms());
    DefaultTextAnalyzer analyzer =
        new DefaultTextAnalyzer(korean, DefaultTextAnalyzer.DEFAULT_MAX_HARD_TERMS);
    ExtractiveSummarizer summarizer =
        new ExtractiveSummarizer(new Words(korean, new EnglishWords()));
    TermExplainer explainer = new GlossaryTermExplainer(new InMemoryGlossaryStore());
    int runs = 300;
    double[] millis = new double[runs];
    for (int warm = 0; warm < 2; warm++) {
      for (int k = 0; k < runs; k++) {
        // Every sentence differs each time, so none comes from the word cache.
        String mark = warm + "회" + k + "번 ";
        List<String> marked =
            paragraphs.stream().map(p -> mark + p.replace("다. ", "다. " + mark)).toList();
        Article article =
            new Article(
                url, url, null, "", null, List.of(), null, null, "ko", null, null, marked,
                List.of());
        long start = System.nanoTime();
        AnalyzedArticle analyzed = analyzer.analyze(article);
        summarizer.pick(analyzed, 3);
        explainer.explain(analyzed, List.of());
        millis[k] = (System.nanoTime() - start) / 1e6;
      }
    }
    Arrays.sort(millis);
    out.printf(
        Locale.ROOT,
        "Korean seed article (%d chars, Nori): median %.2f ms per article (analysis + ranking +"
            + " glossary)%n",
        paragraphs.stream().mapToInt(String::length).sum(),
        millis[runs / 2]);
  }

  /** The scores of one run. */
  record Result(Scores extractive, Scores lead, double medianMillis) {}

  static Result run(
      List<Item> items, int count, DefaultTextAnalyzer analyzer, ExtractiveSummarizer summarizer) {
    TermExplainer explainer = new GlossaryTermExplainer(new InMemoryGlossaryStore());
    double[] ours = new double[3];
    double[] lead = new double[3];
    double[] millis = new double[items.size()];
    for (int k = 0; k < items.size(); k++) {
      Item item = items.get(k);
      Article article = article(item);
      long start = System.nanoTime();
      AnalyzedArticle analyzed = analyzer.analyze(article);
      List<Bullet> picked = summarizer.pick(analyzed, count);
      explainer.explain(analyzed, List.of());
      millis[k] = (System.nanoTime() - start) / 1e6;
      String summary = String.join(" ", picked.stream().map(Bullet::text).toList());
      String leadSummary =
          String.join(" ", analyzed.sentences().stream().limit(count).map(Sentence::text).toList());
      add(ours, scores(summary, item.reference()));
      add(lead, scores(leadSummary, item.reference()));
    }
    Arrays.sort(millis);
    double median = millis.length == 0 ? 0 : millis[millis.length / 2];
    int n = Math.max(1, items.size());
    return new Result(
        new Scores(ours[0] / n, ours[1] / n, ours[2] / n),
        new Scores(lead[0] / n, lead[1] / n, lead[2] / n),
        median);
  }

  private static Article article(Item item) {
    String url = "https://eval.invalid/" + item.id();
    return new Article(
        url,
        url,
        null,
        "",
        null,
        List.of(),
        null,
        null,
        "en",
        null,
        null,
        List.of(item.text()),
        List.of());
  }

  private static void add(double[] sum, double[] value) {
    for (int i = 0; i < sum.length; i++) {
      sum[i] += value[i];
    }
  }

  private static void print(PrintStream out, String set, int n, String system, Scores s) {
    out.printf(
        Locale.ROOT,
        "| %s | %d | %s | %.2f | %.2f | %.2f |%n",
        set,
        n,
        system,
        100 * s.rouge1(),
        100 * s.rouge2(),
        100 * s.rougeL());
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? "" : value.asText();
  }

  /** ROUGE-1, ROUGE-2 and ROUGE-L F1 of a candidate against one reference. */
  static double[] scores(String candidate, String reference) {
    List<String> c = tokens(candidate);
    List<String> r = tokens(reference);
    return new double[] {ngramF1(c, r, 1), ngramF1(c, r, 2), lcsF1(c, r)};
  }

  static List<String> tokens(String text) {
    List<String> out = new ArrayList<>();
    for (String token : text.toLowerCase(Locale.ROOT).split("[^a-z0-9]+")) {
      if (!token.isEmpty()) {
        out.add(token);
      }
    }
    return out;
  }

  static double ngramF1(List<String> candidate, List<String> reference, int n) {
    Map<String, Integer> c = ngrams(candidate, n);
    Map<String, Integer> r = ngrams(reference, n);
    int overlap = 0;
    for (Map.Entry<String, Integer> e : c.entrySet()) {
      overlap += Math.min(e.getValue(), r.getOrDefault(e.getKey(), 0));
    }
    int cTotal = Math.max(0, candidate.size() - n + 1);
    int rTotal = Math.max(0, reference.size() - n + 1);
    return f1(overlap, cTotal, rTotal);
  }

  private static Map<String, Integer> ngrams(List<String> tokens, int n) {
    Map<String, Integer> out = new HashMap<>();
    for (int i = 0; i + n <= tokens.size(); i++) {
      out.merge(String.join(" ", tokens.subList(i, i + n)), 1, Integer::sum);
    }
    return out;
  }

  static double lcsF1(List<String> candidate, List<String> reference) {
    int[] previous = new int[reference.size() + 1];
    for (String token : candidate) {
      int[] current = new int[reference.size() + 1];
      for (int j = 1; j <= reference.size(); j++) {
        current[j] =
            token.equals(reference.get(j - 1))
                ? previous[j - 1] + 1
                : Math.max(previous[j], current[j - 1]);
      }
      previous = current;
    }
    return f1(previous[reference.size()], candidate.size(), reference.size());
  }

  private static double f1(int overlap, int candidateTotal, int referenceTotal) {
    if (overlap == 0 || candidateTotal == 0 || referenceTotal == 0) {
      return 0;
    }
    double precision = (double) overlap / candidateTotal;
    double recall = (double) overlap / referenceTotal;
    return 2 * precision * recall / (precision + recall);
  }
}
