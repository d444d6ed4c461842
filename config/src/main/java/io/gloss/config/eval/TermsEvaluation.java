package io.gloss.config.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gloss.core.domain.AnalyzedArticle;
import io.gloss.core.domain.Article;
import io.gloss.core.domain.ArticleUnavailableException;
import io.gloss.core.domain.FetchedPage;
import io.gloss.core.domain.GlossaryEntry;
import io.gloss.core.domain.SourceKind;
import io.gloss.core.domain.TermKey;
import io.gloss.core.extract.ExtractionSettings;
import io.gloss.core.extract.JsoupArticleExtractor;
import io.gloss.core.glossary.BuiltinGlossary;
import io.gloss.core.glossary.GlossaryTermExplainer;
import io.gloss.core.glossary.InMemoryGlossaryStore;
import io.gloss.core.text.DefaultTextAnalyzer;
import io.gloss.core.text.KoreanWords;
import io.gloss.core.text.PrintedTerm;
import io.gloss.core.text.UserTerms;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code gloss eval terms}: the term explanations of our annotated fixture pages ({@code
 * annotations.jsonl} with {@code boxEntries} and {@code hardTerms} per page) read as an editor
 * would: are the box entries found exactly as printed (precision, recall), do the hard terms of
 * pages without a box get an entry in the reply, how many entries of a reply are neither (noise),
 * and how long ranking takes. Offline: no LLM; the built-in glossary; a fresh store per page, so
 * nothing is learned from earlier pages.
 */
public final class TermsEvaluation {
  private TermsEvaluation() {}

  /** One annotated page. */
  record Page(String file, String url, String lang, List<String> box, List<String> hard) {}

  /** What one page scored. */
  record Result(
      Page page,
      List<String> extractedBox,
      List<GlossaryEntry> shown,
      List<String> hardCovered,
      List<String> noise,
      double rankMillis) {}

  static List<Page> read(Path dir) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<Page> pages = new ArrayList<>();
    for (String line : Files.readAllLines(dir.resolve("annotations.jsonl"))) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode n = json.readTree(line);
      List<String> box = new ArrayList<>();
      n.path("boxEntries").forEach(b -> box.add(b.path("term").asText()));
      List<String> hard = new ArrayList<>();
      n.path("hardTerms").forEach(h -> hard.add(h.asText()));
      pages.add(
          new Page(
              n.path("file").asText(), n.path("url").asText(), n.path("lang").asText(), box, hard));
    }
    return pages;
  }

  /** Every name of an annotated term: "DSR(총부채원리금상환비율)" is also "DSR" and the Korean name. */
  static Set<String> names(String printed) {
    PrintedTerm term = PrintedTerm.of(printed);
    Set<String> keys = new HashSet<>();
    keys.add(TermKey.of(term.term()));
    term.aliases().forEach(a -> keys.add(TermKey.of(a)));
    keys.remove("");
    return keys;
  }

  /** Whether a shown entry explains the annotated term: a shared name, plurals aside. */
  static boolean covers(GlossaryEntry entry, String annotated) {
    Set<String> entryKeys = new HashSet<>();
    entryKeys.add(TermKey.of(entry.term()));
    entry.aliases().forEach(a -> entryKeys.add(TermKey.of(a)));
    for (String a : names(annotated)) {
      for (String e : entryKeys) {
        if (a.equals(e) || plural(a, e) || plural(e, a)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean plural(String a, String b) {
    return b.length() >= 3 && (a.equals(b + "s") || a.equals(b + "es"));
  }

  public static List<Result> measure(Path dir) throws IOException {
    JsoupArticleExtractor extractor =
        new JsoupArticleExtractor(
            new ExtractionSettings(
                60_000, 1_000, 2_000_000, Duration.ofSeconds(20), 120, ZoneId.of("Asia/Seoul")),
            Clock.systemUTC());
    List<Result> results = new ArrayList<>();
    for (Page page : read(dir)) {
      Path file = dir.resolve(page.file());
      if (!Files.exists(file)) {
        continue;
      }
      FetchedPage fetched =
          new FetchedPage(page.url(), page.url(), "text/html", Files.readAllBytes(file));
      Article article;
      try {
        article = extractor.extract(fetched);
      } catch (ArticleUnavailableException e) {
        continue; // counted by gloss eval summaries; a page we cannot read has no terms to rank
      }
      UserTerms userTerms = new UserTerms();
      DefaultTextAnalyzer analyzer =
          new DefaultTextAnalyzer(
              new KoreanWords(userTerms), DefaultTextAnalyzer.DEFAULT_MAX_HARD_TERMS);
      AnalyzedArticle analyzed = analyzer.analyze(article);
      GlossaryTermExplainer explainer =
          new GlossaryTermExplainer(
              new InMemoryGlossaryStore(),
              userTerms,
              GlossaryTermExplainer.DEFAULT_MAX_ENTRIES,
              BuiltinGlossary::forLanguage,
              Clock.systemUTC());
      long start = System.nanoTime();
      List<GlossaryEntry> shown = explainer.explain(analyzed, List.of());
      double millis = (System.nanoTime() - start) / 1e6;
      List<String> covered = new ArrayList<>();
      for (String hard : page.hard()) {
        if (shown.stream().anyMatch(e -> covers(e, hard))) {
          covered.add(hard);
        }
      }
      List<String> noise = new ArrayList<>();
      for (GlossaryEntry entry : shown) {
        boolean annotated =
            page.hard().stream().anyMatch(h -> covers(entry, h))
                || page.box().stream().anyMatch(b -> covers(entry, b));
        if (!annotated) {
          noise.add(entry.term() + " [" + entry.provenance().kind().code() + "]");
        }
      }
      results.add(
          new Result(
              page,
              article.glossary().stream().map(GlossaryEntry::term).toList(),
              shown,
              covered,
              noise,
              millis));
    }
    return results;
  }

  /** Prints the figures and every miss, for the reader to check. */
  public static void evaluate(Path dir, PrintStream out) throws IOException {
    // Warm the JVM on the pages once: the time figure is steady-state ranking, not class loading.
    measure(dir);
    List<Result> results = measure(dir);
    out.println();
    out.println(
        "| pages | box entries | box found as printed: precision | recall | reply shows box as"
            + " printed | hard terms on pages without a box | with an entry | noise entries per"
            + " reply | entries per reply | rank ms per article (median / p90) |");
    out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    for (String lang : List.of("all", "ko", "en")) {
      List<Result> group =
          results.stream().filter(r -> lang.equals("all") || r.page().lang().equals(lang)).toList();
      row(out, lang, group);
    }
    out.println("\nPer page (hard terms covered on box-less pages; noise entries):");
    for (Result r : results) {
      List<String> missedBox = new ArrayList<>(r.page().box());
      missedBox.removeAll(r.extractedBox());
      List<String> extraBox = new ArrayList<>(r.extractedBox());
      extraBox.removeAll(r.page().box());
      List<String> missedHard = new ArrayList<>(r.page().hard());
      missedHard.removeAll(r.hardCovered());
      out.printf(
          Locale.ROOT,
          "  %s: shown %s%s%s%s%s%n",
          r.page().file(),
          r.shown().stream().map(e -> e.term() + "[" + e.provenance().kind().code() + "]").toList(),
          r.page().box().isEmpty() ? " | hard missed " + missedHard : "",
          r.noise().isEmpty() ? "" : " | noise " + r.noise(),
          missedBox.isEmpty() ? "" : " | box missed " + missedBox,
          extraBox.isEmpty() ? "" : " | not a box entry " + extraBox);
    }
  }

  private static void row(PrintStream out, String label, List<Result> group) {
    int expected = 0;
    int extracted = 0;
    int right = 0;
    int shownBoxRight = 0;
    int hard = 0;
    int hardCovered = 0;
    int noise = 0;
    int shown = 0;
    for (Result r : group) {
      expected += r.page().box().size();
      extracted += r.extractedBox().size();
      for (String term : r.extractedBox()) {
        if (r.page().box().contains(term)) {
          right++;
        }
      }
      for (String term : r.page().box()) {
        boolean asPrinted =
            r.shown().stream()
                .anyMatch(
                    e -> e.term().equals(term) && e.provenance().kind() == SourceKind.ARTICLE_BOX);
        if (asPrinted) {
          shownBoxRight++;
        }
      }
      if (r.page().box().isEmpty()) {
        hard += r.page().hard().size();
        hardCovered += r.hardCovered().size();
      }
      noise += r.noise().size();
      shown += r.shown().size();
    }
    double[] millis = group.stream().mapToDouble(Result::rankMillis).sorted().toArray();
    int n = Math.max(1, group.size());
    out.printf(
        Locale.ROOT,
        "| %s (%d) | %d | %.2f | %.2f | %d/%d | %d | %d (%.0f%%) | %.2f | %.2f | %.1f / %.1f |%n",
        label,
        group.size(),
        expected,
        extracted == 0 ? 1.0 : (double) right / extracted,
        expected == 0 ? 1.0 : (double) right / expected,
        shownBoxRight,
        expected,
        hard,
        hardCovered,
        hard == 0 ? 0 : 100.0 * hardCovered / hard,
        (double) noise / n,
        (double) shown / n,
        percentile(millis, 0.5),
        percentile(millis, 0.9));
  }

  private static double percentile(double[] sorted, double q) {
    if (sorted.length == 0) {
      return 0;
    }
    double[] copy = Arrays.copyOf(sorted, sorted.length);
    return copy[Math.min(copy.length - 1, (int) Math.floor(q * copy.length))];
  }

  public static void main(String[] args) throws IOException {
    evaluate(Path.of(args.length > 0 ? args[0] : "bot-core/src/test/resources/corpus"), System.out);
  }
}
