package io.gloss.config.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gloss.core.domain.Article;
import io.gloss.core.domain.ArticleUnavailableException;
import io.gloss.core.domain.FetchedPage;
import io.gloss.core.extract.JsoupArticleExtractor;
import io.gloss.core.port.out.ArticleExtractor;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;

/**
 * Measures extraction against public benchmarks read at run time from the shared evaluation folder
 * (never copied into the repository): the Zyte article-extraction benchmark, the Fundus benchmark
 * and the Korean Fundus publisher fixtures. Prints precision, recall and F1 per set (Zyte's shingle
 * metric), the weakest pages and the median extraction time per page.
 *
 * <p>Usage: {@code ExtractionEvaluation [evalRoot] [--show <page id prefix>]}, evalRoot defaulting
 * to {@code ../shared/eval}. System properties: {@code weakest} (how many weak pages to list),
 * {@code gloss.eval.tsv} (per-page scores to a file), {@code gloss.eval.predictions} (Zyte
 * predictions as JSON in the benchmark's output format).
 */
public final class ExtractionEvaluation {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** CPU time, not wall time: the machine is shared, and waiting for a core is not our cost. */
  private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

  /** One page: its set, id, URL, file and expected body. */
  record Case(String set, String id, String url, Path html, String truth) {}

  /** One measured page. */
  record Result(
      Case page,
      ShingleMetric.Counts counts,
      double millis,
      String failure,
      String text,
      int glossaryEntries) {}

  private final ArticleExtractor extractor;
  private final PrintStream out;

  ExtractionEvaluation(ArticleExtractor extractor, PrintStream out) {
    this.extractor = extractor;
    this.out = out;
  }

  /**
   * Runs the evaluation with {@code args} (root directory, {@code --show ID}), printing to {@code
   * out}.
   */
  public static void evaluate(String[] args, PrintStream out) throws IOException {
    Path root = Path.of(args.length > 0 && !args[0].startsWith("--") ? args[0] : "../shared/eval");
    String show = null;
    for (int i = 0; i < args.length - 1; i++) {
      if (args[i].equals("--show")) {
        show = args[i + 1];
      }
    }
    ExtractionEvaluation evaluation = new ExtractionEvaluation(new JsoupArticleExtractor(), out);
    Map<String, List<Case>> sets = new TreeMap<>();
    sets.put("zyte", zyte(root.resolve("zyte")));
    sets.put("fundus", fundus(root.resolve("fundus")));
    sets.put("fundus-kr", fundusKorean(root.resolve("fundus-fixtures/kr")));
    if (show != null) {
      for (List<Case> cases : sets.values()) {
        for (Case c : cases) {
          if (c.id().startsWith(show)) {
            evaluation.show(c);
          }
        }
      }
      return;
    }
    evaluation.run(sets);
  }

  void run(Map<String, List<Case>> sets) throws IOException {
    // Warm the JVM so that the timed pass measures steady-state extraction.
    for (List<Case> cases : sets.values()) {
      for (Case c : cases) {
        measure(c);
      }
    }
    List<Result> all = new ArrayList<>();
    List<Double> times = new ArrayList<>();
    List<Result> korean = new ArrayList<>();
    for (Map.Entry<String, List<Case>> set : sets.entrySet()) {
      List<Result> results = new ArrayList<>();
      for (Case c : set.getValue()) {
        Result result = measure(c);
        results.add(result);
        times.add(result.millis());
        if (isKorean(c)) {
          korean.add(result);
        }
      }
      all.addAll(results);
      print(set.getKey(), results);
    }
    print("korean (fundus-kr + Korean zyte pages)", korean);
    String predictions = System.getProperty("gloss.eval.predictions");
    if (predictions != null) {
      // Zyte's own output format, so that its evaluate.py can score the same predictions.
      var json = JSON.createObjectNode();
      for (Result r : all) {
        if (r.page().set().equals("zyte")) {
          json.putObject(r.page().id()).put("articleBody", r.text());
        }
      }
      JSON.writeValue(Path.of(predictions).toFile(), json);
    }
    String tsv = System.getProperty("gloss.eval.tsv");
    if (tsv != null) {
      StringBuilder lines = new StringBuilder();
      for (Result r : all) {
        lines.append(
            String.format(
                Locale.ROOT,
                "%s\t%s\t%.4f\t%.4f\t%.4f\t%d%n",
                r.page().set(),
                r.page().id(),
                r.counts().f1(),
                r.counts().precision(),
                r.counts().recall(),
                r.glossaryEntries()));
      }
      Files.writeString(Path.of(tsv), lines);
    }
    out.println();
    out.println("Weakest pages:");
    all.stream()
        .sorted(Comparator.comparingDouble(r -> r.counts().f1()))
        .limit(Integer.getInteger("weakest", 10))
        .forEach(
            r ->
                out.printf(
                    Locale.ROOT,
                    "  %-10s F1=%.3f P=%.3f R=%.3f %s %s %s%n",
                    r.page().set(),
                    r.counts().f1(),
                    r.counts().precision(),
                    r.counts().recall(),
                    r.page().id(),
                    r.page().url(),
                    r.failure()));
    times.sort(Double::compare);
    out.printf(
        Locale.ROOT,
        "%nMedian extraction CPU time: %.2f ms per page (%d pages, p90 %.2f ms, max %.2f ms)%n",
        times.get(times.size() / 2),
        times.size(),
        times.get((int) (times.size() * 0.9)),
        times.get(times.size() - 1));
  }

  private void print(String name, List<Result> results) {
    ShingleMetric.Score score = ShingleMetric.score(results.stream().map(Result::counts).toList());
    long failures = results.stream().filter(r -> !r.failure().isEmpty()).count();
    // None of these pages has a glossary box: any entry found is a false glossary.
    long withGlossary = results.stream().filter(r -> r.glossaryEntries() > 0).count();
    out.printf(
        Locale.ROOT,
        "%-40s pages=%3d  precision=%.3f  recall=%.3f  F1=%.3f  failures=%d  glossary=%d%n",
        name,
        results.size(),
        score.precision(),
        score.recall(),
        score.f1(),
        failures,
        withGlossary);
  }

  private Result measure(Case c) throws IOException {
    byte[] bytes = read(c.html());
    FetchedPage page = new FetchedPage(c.url(), c.url(), "text/html", bytes);
    long start = CPU.getCurrentThreadCpuTime();
    String text;
    String failure = "";
    int glossary = 0;
    try {
      Article article = extractor.extract(page);
      text = article.text();
      glossary = article.glossary().size();
    } catch (ArticleUnavailableException e) {
      text = "";
      failure = e.reason().code();
    }
    double millis = (CPU.getCurrentThreadCpuTime() - start) / 1e6;
    return new Result(c, ShingleMetric.compare(c.truth(), text), millis, failure, text, glossary);
  }

  private void show(Case c) throws IOException {
    Result result = measure(c);
    out.printf(
        Locale.ROOT,
        "== %s %s F1=%.3f P=%.3f R=%.3f %s%n",
        c.id(),
        c.url(),
        result.counts().f1(),
        result.counts().precision(),
        result.counts().recall(),
        result.failure());
    try {
      Article article =
          extractor.extract(new FetchedPage(c.url(), c.url(), "text/html", read(c.html())));
      out.println(
          "title: "
              + article.title()
              + " | site: "
              + article.site()
              + " | authors: "
              + article.authors()
              + " | published: "
              + article.published()
              + " | lang: "
              + article.language());
      out.println("--- extracted:");
      out.println(article.text());
      out.println("--- glossary: " + article.glossary());
    } catch (ArticleUnavailableException e) {
      out.println("failure: " + e.reason().code() + " " + e.detail());
    }
    out.println("--- expected:");
    out.println(c.truth());
  }

  private static boolean isKorean(Case c) {
    if (c.set().equals("fundus-kr")) {
      return true;
    }
    long hangul = c.truth().chars().filter(ch -> ch >= 0xAC00 && ch <= 0xD7A3).count();
    return hangul * 3 > c.truth().length();
  }

  static List<Case> zyte(Path dir) throws IOException {
    List<Case> cases = new ArrayList<>();
    JsonNode truth = JSON.readTree(dir.resolve("ground-truth.json").toFile());
    for (Iterator<Map.Entry<String, JsonNode>> it = truth.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> entry = it.next();
      Path html = dir.resolve("html").resolve(entry.getKey() + ".html.gz");
      if (Files.exists(html)) {
        cases.add(
            new Case(
                "zyte",
                entry.getKey(),
                entry.getValue().path("url").asText(),
                html,
                entry.getValue().path("articleBody").asText("")));
      }
    }
    return cases;
  }

  static List<Case> fundus(Path dir) throws IOException {
    List<Case> cases = new ArrayList<>();
    JsonNode truth = JSON.readTree(dir.resolve("ground_truth.json").toFile());
    for (Iterator<Map.Entry<String, JsonNode>> it = truth.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> entry = it.next();
      Path html = dir.resolve("html").resolve(entry.getKey());
      List<String> body = new ArrayList<>();
      entry.getValue().path("body").forEach(p -> body.add(p.asText()));
      if (Files.exists(html)) {
        cases.add(
            new Case(
                "fundus",
                entry.getKey(),
                entry.getValue().path("url").asText(),
                html,
                String.join("\n\n", body)));
      }
    }
    return cases;
  }

  /**
   * The Korean Fundus fixtures: each publisher's JSON holds one expected output per parser version
   * (V1, V2, ...), matched to the HTML files in date order. Expected text = section headlines and
   * paragraphs; the summary (subtitles above the body) is left out, as Gloss leaves it out.
   */
  static List<Case> fundusKorean(Path dir) throws IOException {
    List<Case> cases = new ArrayList<>();
    if (!Files.isDirectory(dir)) {
      return cases;
    }
    JsonNode meta = JSON.readTree(dir.resolve("meta.info").toFile());
    try (var files = Files.list(dir)) {
      for (Path json : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
        String publisher = json.getFileName().toString().replace(".json", "");
        List<String> pages =
            new ArrayList<>(
                meta.properties().stream()
                    .map(Map.Entry::getKey)
                    .filter(name -> name.startsWith(publisher + "_"))
                    .sorted()
                    .toList());
        JsonNode versions = JSON.readTree(json.toFile());
        List<String> versionNames = new ArrayList<>();
        versions.fieldNames().forEachRemaining(versionNames::add);
        versionNames.sort(Comparator.naturalOrder());
        for (int i = 0; i < Math.min(pages.size(), versionNames.size()); i++) {
          JsonNode body = versions.path(versionNames.get(i)).path("body");
          List<String> text = new ArrayList<>();
          for (JsonNode section : body.path("sections")) {
            section.path("headline").forEach(h -> text.add(h.asText()));
            section.path("paragraphs").forEach(p -> text.add(p.asText()));
          }
          String name = pages.get(i);
          cases.add(
              new Case(
                  "fundus-kr",
                  name,
                  meta.path(name).path("url").asText(),
                  dir.resolve(name),
                  String.join("\n\n", text)));
        }
      }
    }
    return cases;
  }

  private static byte[] read(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      if (file.toString().endsWith(".gz")) {
        try (InputStream gz = new GZIPInputStream(in)) {
          return gz.readAllBytes();
        }
      }
      return in.readAllBytes();
    }
  }
}
