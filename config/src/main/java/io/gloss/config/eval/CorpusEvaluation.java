package io.gloss.config.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gloss.core.domain.AnalyzedArticle;
import io.gloss.core.domain.Article;
import io.gloss.core.domain.Bullet;
import io.gloss.core.domain.FetchedPage;
import io.gloss.core.domain.Sentence;
import io.gloss.core.extract.ExtractionSettings;
import io.gloss.core.extract.JsoupArticleExtractor;
import io.gloss.core.summary.ExtractiveSummarizer;
import io.gloss.core.text.DefaultTextAnalyzer;
import io.gloss.core.text.Words;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reads our annotated fixture pages ({@code annotations.jsonl} beside {@code ko/} and {@code en/})
 * as a demanding reader would: do the three bullets carry the key facts (each fact a list of
 * strings that must all appear in one bullet), more often than Lead-3 and than the first three
 * paragraphs; how often are they just sentences 0–2; is any a caption, dateline, label, teaser,
 * fragment or dangling pronoun; are author, date, outlet and reading time right.
 */
public final class CorpusEvaluation {
  private CorpusEvaluation() {}

  /** One annotated page. */
  record Page(
      String file,
      String url,
      String lang,
      String outlet,
      String genre,
      List<String> authors,
      String published,
      int readingMinutes,
      List<List<String>> keyFacts) {}

  /** What one page scored. */
  record PageResult(
      Page page,
      int facts,
      int bulletFacts,
      int leadFacts,
      int paragraphFacts,
      boolean firstThree,
      List<String> flaws,
      boolean authorRight,
      boolean dateRight,
      boolean outletRight,
      boolean readingRight,
      String extracted,
      double millis) {}

  /** The totals. */
  record Totals(
      int pages,
      int facts,
      int bulletFacts,
      int leadFacts,
      int paragraphFacts,
      int firstThree,
      int flawed,
      int authorRight,
      int dateRight,
      int outletRight,
      int readingRight) {
    double share(int part) {
      return pages == 0 ? 0 : 100.0 * part / pages;
    }

    double factShare(int part) {
      return facts == 0 ? 0 : 100.0 * part / facts;
    }
  }

  static List<Page> read(Path dir) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<Page> pages = new ArrayList<>();
    for (String line : Files.readAllLines(dir.resolve("annotations.jsonl"))) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode n = json.readTree(line);
      List<List<String>> facts = new ArrayList<>();
      for (JsonNode fact : n.path("keyFacts")) {
        List<String> parts = new ArrayList<>();
        fact.forEach(part -> parts.add(part.asText()));
        facts.add(parts);
      }
      List<String> authors = new ArrayList<>();
      n.path("authors").forEach(a -> authors.add(a.asText()));
      pages.add(
          new Page(
              n.path("file").asText(),
              n.path("url").asText(),
              n.path("lang").asText(),
              n.path("outlet").asText(),
              n.path("genre").asText(),
              authors,
              n.path("published").asText(),
              n.path("readingMinutes").asInt(),
              facts));
    }
    return pages;
  }

  /** Scores every page; pages whose file is missing are skipped. */
  public static List<PageResult> measure(Path dir) throws IOException {
    // A generous budget: this measures quality; the speed figure is printed separately.
    JsoupArticleExtractor extractor =
        new JsoupArticleExtractor(
            new ExtractionSettings(
                60_000,
                1_000,
                2_000_000,
                Duration.ofSeconds(20),
                120,
                java.time.ZoneId.of("Asia/Seoul")),
            Clock.systemUTC());
    DefaultTextAnalyzer analyzer = new DefaultTextAnalyzer();
    ExtractiveSummarizer summarizer = new ExtractiveSummarizer(new Words());
    List<PageResult> results = new ArrayList<>();
    for (Page page : read(dir)) {
      Path file = dir.resolve(page.file());
      if (!Files.exists(file)) {
        continue;
      }
      byte[] bytes = Files.readAllBytes(file);
      FetchedPage fetched = new FetchedPage(page.url(), page.url(), "text/html", bytes);
      Article article;
      AnalyzedArticle analyzed;
      List<Bullet> bullets;
      long start = System.nanoTime();
      try {
        article = extractor.extract(fetched);
        analyzed = analyzer.analyze(article);
        bullets = summarizer.pick(analyzed, 3);
      } catch (Exception e) {
        results.add(failed(page, e));
        continue;
      }
      double millis = (System.nanoTime() - start) / 1e6;
      results.add(score(page, article, analyzed, bullets, millis));
    }
    return results;
  }

  private static PageResult failed(Page page, Exception e) {
    return new PageResult(
        page,
        page.keyFacts().size(),
        0,
        0,
        0,
        false,
        List.of(),
        false,
        false,
        false,
        false,
        "failed: " + e.getMessage(),
        0);
  }

  static PageResult score(
      Page page, Article article, AnalyzedArticle analyzed, List<Bullet> bullets, double millis) {
    List<String> bulletTexts = bullets.stream().map(Bullet::text).toList();
    List<String> lead = analyzed.sentences().stream().limit(3).map(Sentence::text).toList();
    List<String> paragraphs =
        article.paragraphs().subList(0, Math.min(3, article.paragraphs().size()));
    Set<Integer> ids = new HashSet<>();
    bullets.forEach(b -> ids.addAll(b.sentenceIds()));
    List<String> flaws = new ArrayList<>();
    for (int i = 0; i < bullets.size(); i++) {
      boolean follows =
          i > 0
              && bullets.get(i - 1).sentenceIds().contains(bullets.get(i).sentenceIds().get(0) - 1);
      String flaw = ExtractiveSummarizer.flaw(bullets.get(i), analyzed.sentences(), follows);
      if (flaw != null) {
        flaws.add(flaw + ": " + bullets.get(i).text());
      }
    }
    String date = article.published() == null ? "" : article.published().toLocalDate().toString();
    return new PageResult(
        page,
        page.keyFacts().size(),
        covered(page.keyFacts(), bulletTexts),
        covered(page.keyFacts(), lead),
        covered(page.keyFacts(), paragraphs),
        bullets.size() == 3 && ids.equals(Set.of(0, 1, 2)),
        flaws,
        names(article.authors()).equals(names(page.authors())),
        date.equals(page.published()),
        page.outlet().equals(article.site()),
        article.readingMinutes() == page.readingMinutes(),
        article.site()
            + " · "
            + date
            + " · "
            + article.authors()
            + " · "
            + article.readingMinutes()
            + " min",
        millis);
  }

  /** How many facts have all their strings in one unit (spaces ignored: 2만 장 = 2만장). */
  static int covered(List<List<String>> facts, List<String> units) {
    int covered = 0;
    for (List<String> fact : facts) {
      for (String unit : units) {
        String u = squeeze(unit);
        if (fact.stream().allMatch(part -> u.contains(squeeze(part)))) {
          covered++;
          break;
        }
      }
    }
    return covered;
  }

  private static String squeeze(String text) {
    return text.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
  }

  /** Author names without the columnist's tag and job: {@code 칼럼 · 이름 직함} → {@code 이름}. */
  static Set<String> names(List<String> authors) {
    Set<String> out = new HashSet<>();
    for (String author : authors) {
      String name = author.startsWith("칼럼 · ") ? author.substring(5).split(" ")[0] : author;
      out.add(name.strip().toLowerCase(Locale.ROOT));
    }
    return out;
  }

  static Totals totals(List<PageResult> results) {
    int[] t = new int[10];
    for (PageResult r : results) {
      t[0] += r.facts();
      t[1] += r.bulletFacts();
      t[2] += r.leadFacts();
      t[3] += r.paragraphFacts();
      t[4] += r.firstThree() ? 1 : 0;
      t[5] += r.flaws().isEmpty() ? 0 : 1;
      t[6] += r.authorRight() ? 1 : 0;
      t[7] += r.dateRight() ? 1 : 0;
      t[8] += r.outletRight() ? 1 : 0;
      t[9] += r.readingRight() ? 1 : 0;
    }
    return new Totals(results.size(), t[0], t[1], t[2], t[3], t[4], t[5], t[6], t[7], t[8], t[9]);
  }

  /** Prints the figures, per language and genre, and every miss for the reader to check. */
  public static void evaluate(Path dir, PrintStream out) throws IOException {
    List<PageResult> results = measure(dir);
    out.println();
    out.println(
        "| fixture pages | key facts | in bullets | in Lead-3 | in first 3 paragraphs |"
            + " bullets = sentences 0-2 | pages with a flawed bullet | author | date | outlet |"
            + " reading time |");
    out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    TreeMap<String, List<PageResult>> groups = new TreeMap<>();
    groups.put("all", results);
    for (PageResult r : results) {
      groups.computeIfAbsent(r.page().lang(), k -> new ArrayList<>()).add(r);
      groups
          .computeIfAbsent(r.page().lang() + " " + r.page().genre(), k -> new ArrayList<>())
          .add(r);
    }
    for (var group : groups.entrySet()) {
      Totals t = totals(group.getValue());
      out.printf(
          Locale.ROOT,
          "| %s (%d) | %d | %.1f%% | %.1f%% | %.1f%% | %.0f%% | %d | %.0f%% | %.0f%% | %.0f%% | %.0f%% |%n",
          group.getKey(),
          t.pages(),
          t.facts(),
          t.factShare(t.bulletFacts()),
          t.factShare(t.leadFacts()),
          t.factShare(t.paragraphFacts()),
          t.share(t.firstThree()),
          t.flawed(),
          t.share(t.authorRight()),
          t.share(t.dateRight()),
          t.share(t.outletRight()),
          t.share(t.readingRight()));
    }
    double[] millis = results.stream().mapToDouble(PageResult::millis).filter(m -> m > 0).toArray();
    Arrays.sort(millis);
    if (millis.length > 0) {
      out.printf(
          Locale.ROOT,
          "%nFixture pages: median %.1f ms per page cold-ish (extraction + analysis + bullets, first"
              + " pass of the JVM)%n",
          millis[millis.length / 2]);
    }
    out.println("\nMisses (expected → got):");
    for (PageResult r : results) {
      Page p = r.page();
      List<String> misses = new ArrayList<>(r.flaws());
      if (!r.authorRight() || !r.dateRight() || !r.outletRight() || !r.readingRight()) {
        misses.add(
            "meta: "
                + p.outlet()
                + " · "
                + p.published()
                + " · "
                + p.authors()
                + " · "
                + p.readingMinutes()
                + " min → "
                + r.extracted());
      }
      if (r.bulletFacts() < r.facts()) {
        misses.add("facts " + r.bulletFacts() + "/" + r.facts());
      }
      if (!misses.isEmpty()) {
        out.println("  " + p.file() + ": " + String.join(" | ", misses));
      }
    }
  }

  public static void main(String[] args) throws IOException {
    evaluate(Path.of(args.length > 0 ? args[0] : "bot-core/src/test/resources/corpus"), System.out);
  }
}
