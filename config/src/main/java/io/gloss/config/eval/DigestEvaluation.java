package io.gloss.config.eval;

import io.gloss.core.digest.DigestPlanner;
import io.gloss.core.digest.StoryCandidate;
import io.gloss.core.digest.StoryGrouper;
import io.gloss.core.digest.view.Digest;
import io.gloss.core.domain.Article;
import io.gloss.core.domain.Bullet;
import io.gloss.core.domain.ChannelRef;
import io.gloss.core.domain.SharedLink;
import io.gloss.core.domain.Summary;
import io.gloss.core.domain.SummaryMode;
import io.gloss.core.domain.SummaryStyle;
import io.gloss.core.render.ReplyLanguage;
import io.gloss.core.store.StoreSettings;
import io.gloss.core.store.Stores;
import io.gloss.core.text.KoreanWords;
import io.gloss.core.text.Words;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * {@code gloss eval digest}: precision and recall of the digest's story grouping on our own
 * same-story / different-story pairs (Korean and English, with hard negatives such as two quarters'
 * earnings of one company, or one company on two days), and the time to plan a digest of 500 shared
 * links on a temporary SQLite store.
 */
public final class DigestEvaluation {
  static final String PAIRS = "/eval/story-pairs.tsv";

  /** Pairs written after the thresholds were set, never used to tune them. */
  static final String HELD_OUT = "/eval/story-pairs-heldout.tsv";

  static final int LINKS = 500;

  private DigestEvaluation() {}

  /** One labelled pair. */
  record Pair(boolean same, StoryCandidate a, StoryCandidate b) {
    boolean korean() {
      return Words.hasHangul(a.title());
    }
  }

  /** Counts of one evaluation. */
  record Scores(int truePositives, int falsePositives, int falseNegatives, int trueNegatives) {
    double precision() {
      int predicted = truePositives + falsePositives;
      return predicted == 0 ? 1.0 : (double) truePositives / predicted;
    }

    double recall() {
      int actual = truePositives + falseNegatives;
      return actual == 0 ? 1.0 : (double) truePositives / actual;
    }

    int pairs() {
      return truePositives + falsePositives + falseNegatives + trueNegatives;
    }
  }

  public static void evaluate(String[] args, PrintStream out) throws IOException {
    StoryGrouper grouper = new StoryGrouper(new KoreanWords());
    boolean all = Arrays.asList(args).contains("--all");
    report(grouper, PAIRS, "tuning set", all, out);
    report(grouper, HELD_OUT, "held out", all, out);
    out.printf(Locale.ROOT, "Planning a digest of %d shared links: %s%n", LINKS, planTime(grouper));
  }

  private static void report(
      StoryGrouper grouper, String resource, String name, boolean all, PrintStream out)
      throws IOException {
    List<Pair> pairs = pairs(resource);
    out.println(
        "Story grouping on " + pairs.size() + " labelled pairs, " + name + " (" + resource + ")");
    for (String language : List.of("ko", "en", "all")) {
      List<Pair> subset =
          pairs.stream()
              .filter(p -> language.equals("all") || p.korean() == language.equals("ko"))
              .toList();
      Scores scores = score(grouper, subset);
      out.printf(
          Locale.ROOT,
          "  %-3s pairs %2d  precision %.3f  recall %.3f  (tp %d fp %d fn %d tn %d)%n",
          language,
          scores.pairs(),
          scores.precision(),
          scores.recall(),
          scores.truePositives(),
          scores.falsePositives(),
          scores.falseNegatives(),
          scores.trueNegatives());
    }
    for (Pair pair : pairs) {
      boolean wrong = grouper.sameStory(pair.a(), pair.b()) != pair.same();
      if (wrong || all) {
        StoryGrouper.Explanation why = grouper.explain(pair.a(), pair.b());
        out.printf(
            Locale.ROOT,
            "  %s%s: %s | %s (similarity %.2f, shared names/numbers %d%s)%n",
            wrong ? "wrong, " : "",
            pair.same() ? "same" : "different",
            pair.a().title(),
            pair.b().title(),
            why.similarity(),
            why.sharedKeys(),
            why.contradiction() ? ", contradicted" : "");
      }
    }
  }

  static Scores score(StoryGrouper grouper, List<Pair> pairs) {
    int tp = 0;
    int fp = 0;
    int fn = 0;
    int tn = 0;
    for (Pair pair : pairs) {
      boolean predicted = grouper.sameStory(pair.a(), pair.b());
      if (predicted && pair.same()) {
        tp++;
      } else if (predicted) {
        fp++;
      } else if (pair.same()) {
        fn++;
      } else {
        tn++;
      }
    }
    return new Scores(tp, fp, fn, tn);
  }

  static List<Pair> pairs() throws IOException {
    return pairs(PAIRS);
  }

  static List<Pair> pairs(String resource) throws IOException {
    List<Pair> pairs = new ArrayList<>();
    try (InputStream in =
            Objects.requireNonNull(
                DigestEvaluation.class.getResourceAsStream(resource), "missing " + resource);
        BufferedReader reader =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      int number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cells = line.split("\t", -1);
        if (cells.length != 9 || !(cells[0].equals("same") || cells[0].equals("diff"))) {
          throw new IOException(resource + " line " + number + ": expected 9 columns");
        }
        pairs.add(
            new Pair(
                cells[0].equals("same"),
                candidate("https://a.example/" + number, Arrays.copyOfRange(cells, 1, 5)),
                candidate("https://b.example/" + number, Arrays.copyOfRange(cells, 5, 9))));
      }
    }
    return pairs;
  }

  private static StoryCandidate candidate(String url, String[] cells) {
    return new StoryCandidate(url, cells[0], cells[1], cells[2], published(cells[3]));
  }

  private static @Nullable OffsetDateTime published(String cell) {
    return cell.equals("-") ? null : OffsetDateTime.parse(cell.replace("Z", "+00:00"));
  }

  /** Median of five plans of 500 shared links (200 articles summarized), after one warm-up. */
  static String planTime(StoryGrouper grouper) throws IOException {
    Path dir = Files.createTempDirectory("gloss-digest-eval");
    Clock clock = Clock.systemUTC();
    ChannelRef channel = new ChannelRef("slack", "TEVAL", "CEVAL");
    Instant start = clock.instant().minusSeconds(3600);
    try (Stores stores = Stores.open(StoreSettings.sqlite(dir), clock)) {
      OffsetDateTime published = OffsetDateTime.now(clock);
      for (int i = 0; i < LINKS; i++) {
        String url = "https://n" + (i % 40) + ".example/a" + (i % 250);
        if (i < 250 && i % 5 != 4) {
          String title = "기사 " + i + "번: 지역 " + (i % 17) + " 소식과 예산 " + i + "억원";
          String lead = "지역 " + (i % 17) + "에서 " + i + "억원 규모의 사업이 발표됐다.";
          Article article =
              new Article(
                  url,
                  url,
                  url,
                  title,
                  "매체" + (i % 40),
                  List.of(),
                  published,
                  null,
                  "ko",
                  null,
                  null,
                  List.of(lead),
                  List.of());
          stores.articles().saveArticle(article, clock.instant());
          stores
              .articles()
              .saveSummary(
                  new Summary(
                      url,
                      title,
                      article.site(),
                      published,
                      List.of(),
                      1,
                      "ko",
                      SummaryStyle.BRIEF,
                      SummaryMode.EXTRACTIVE,
                      null,
                      List.of(new Bullet(lead, List.of(0))),
                      List.of(),
                      List.of(),
                      article.contentHash()),
                  "extractive",
                  clock.instant());
        }
        stores
            .sharedLinks()
            .record(
                new SharedLink(
                    channel, "m" + i, null, "U" + (i % 9), url, url, start.plusSeconds(i), 0, 0));
      }
      DigestPlanner planner =
          new DigestPlanner(
              stores.sharedLinks(), stores.articles(), stores.digestSources(), grouper);
      ZoneId seoul = ZoneId.of("Asia/Seoul");
      Digest digest = planner.plan(channel, ReplyLanguage.KO, seoul, start, clock.instant());
      List<Long> millis = new ArrayList<>();
      for (int run = 0; run < 5; run++) {
        long began = System.nanoTime();
        digest = planner.plan(channel, ReplyLanguage.KO, seoul, start, clock.instant());
        millis.add((System.nanoTime() - began) / 1_000_000);
      }
      millis.sort(Comparator.naturalOrder());
      return String.format(
          Locale.ROOT,
          "median %d ms (min %d, max %d) for %d stories shown (+%d more), %d unsummarized listed",
          millis.get(millis.size() / 2),
          millis.get(0),
          millis.get(millis.size() - 1),
          digest.stories().size(),
          digest.moreStories(),
          digest.unsummarized().size());
    } finally {
      try (var files = Files.walk(dir)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }
}
