package io.gloss.config.bench;

import com.github.benmanes.caffeine.cache.Ticker;
import io.gloss.core.cache.CachingSummarizeArticleUseCase;
import io.gloss.core.cache.SummaryCacheSettings;
import io.gloss.core.domain.AnalyzedArticle;
import io.gloss.core.domain.Article;
import io.gloss.core.domain.Bullet;
import io.gloss.core.domain.FetchedPage;
import io.gloss.core.domain.Sentence;
import io.gloss.core.domain.SummaryDraft;
import io.gloss.core.domain.SummaryMode;
import io.gloss.core.domain.SummaryRequest;
import io.gloss.core.domain.SummaryResult;
import io.gloss.core.port.in.ExtractArticleUseCase;
import io.gloss.core.service.SummarizeArticleService;
import io.gloss.core.store.Database;
import io.gloss.core.store.JdbcArticleStore;
import io.gloss.core.store.StoreSettings;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Measures the latency of {@code summarize} when the answer is in memory (a cache hit): the cost
 * every repeated paste pays. Prints median, p99 and p99.9 in microseconds. Not a test: it asserts
 * nothing and is run by hand ({@code gloss eval cache}).
 *
 * <p>The pipeline behind the cache is a stand-in (no network, no model): only hits are measured.
 * The store is a real SQLite database in a temporary directory, deleted afterwards.
 */
public final class CacheHitBenchmark {
  private static final String URL = "https://n.news.naver.com/mnews/article/001/0012345678";

  private CacheHitBenchmark() {}

  /**
   * @param args optional: number of measured calls (default 200000)
   */
  public static void evaluate(String[] args, PrintStream out) throws IOException {
    int calls = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
    run(calls, out);
  }

  /** Runs the benchmark and prints the result to {@code out}. */
  public static void run(int calls, PrintStream out) throws IOException {
    try (Fixture fixture = Fixture.open()) {
      for (int i = 0; i < Math.max(50_000, calls / 4); i++) {
        fixture.hit();
      }
      long[] nanos = new long[calls];
      for (int i = 0; i < calls; i++) {
        long start = System.nanoTime();
        fixture.hit();
        nanos[i] = System.nanoTime() - start;
      }
      Arrays.sort(nanos);
      out.printf(
          Locale.ROOT,
          "cache hit latency of summarize over %d calls: median %.2f us, p99 %.2f us,"
              + " p99.9 %.2f us, max %.2f us%n",
          calls,
          micros(nanos, 0.50),
          micros(nanos, 0.99),
          micros(nanos, 0.999),
          nanos[calls - 1] / 1000.0);
      out.println("cache stats: " + fixture.cache.stats());
    }
  }

  /**
   * What is measured: the real cache on a real SQLite store in a temporary directory, holding one
   * summary; {@link #hit} asks for it again. Shared with the JMH module ({@code benchmarks}), so
   * that both measure the same set-up.
   */
  public static final class Fixture implements AutoCloseable {
    private final Path dataDir;
    private final Database database;
    private final CachingSummarizeArticleUseCase cache;
    private final SummaryRequest request = SummaryRequest.of(URL);

    private Fixture(Path dataDir, Database database) {
      this.dataDir = dataDir;
      this.database = database;
      this.cache =
          new CachingSummarizeArticleUseCase(
              standInExtraction(),
              standInPipeline(),
              new JdbcArticleStore(database, Clock.systemUTC()),
              SummaryCacheSettings.defaults("extractive"),
              Clock.systemUTC(),
              Ticker.systemTicker(),
              Runnable::run);
    }

    /** Opens the store and primes the cache with one summary. */
    public static Fixture open() throws IOException {
      Path dataDir = Files.createTempDirectory("gloss-bench");
      Fixture fixture = new Fixture(dataDir, Database.open(StoreSettings.sqlite(dataDir)));
      if (!(fixture.hit() instanceof SummaryResult.Success)) {
        fixture.close();
        throw new IllegalStateException("The stand-in pipeline failed");
      }
      return fixture;
    }

    /** One summarize call for the primed URL: a hit after {@link #open}. */
    public SummaryResult hit() {
      return cache.summarize(request);
    }

    @Override
    public void close() {
      database.close();
      deleteQuietly(dataDir);
    }
  }

  private static double micros(long[] sorted, double quantile) {
    int index = (int) Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - 1);
    return sorted[Math.max(0, index)] / 1000.0;
  }

  private static ExtractArticleUseCase standInExtraction() {
    return new ExtractArticleUseCase() {
      @Override
      public Article extract(String url) {
        return new Article(
            url,
            URL,
            null,
            "벤치마크용 기사",
            "가상일보",
            List.of(),
            null,
            null,
            "ko",
            null,
            null,
            List.of("첫 문단이다.", "둘째 문단이다.", "셋째 문단이다."),
            List.of());
      }

      @Override
      public Article extractPage(FetchedPage page) {
        return extract(page.finalUrl());
      }
    };
  }

  private static SummarizeArticleService standInPipeline() {
    return new SummarizeArticleService(
        standInExtraction(),
        article -> {
          List<Sentence> sentences = new ArrayList<>();
          for (int i = 0; i < article.paragraphs().size(); i++) {
            sentences.add(new Sentence(i, i, article.paragraphs().get(i)));
          }
          return new AnalyzedArticle(article, sentences, List.of());
        },
        (analyzed, style, language, origin) ->
            new SummaryDraft(
                List.of(new Bullet(analyzed.sentences().get(0).text(), List.of(0))),
                SummaryMode.EXTRACTIVE,
                null,
                List.of(),
                List.of()),
        (analyzed, explanations) -> List.of());
  }

  static void deleteQuietly(Path dir) {
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException e) {
      // A temporary directory; the OS cleans it up eventually.
    }
  }
}
