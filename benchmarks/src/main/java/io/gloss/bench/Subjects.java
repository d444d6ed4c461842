package io.gloss.bench;

import io.gloss.config.Wiring;
import io.gloss.config.settings.Settings;
import io.gloss.core.domain.ArticleUnavailableException;
import io.gloss.core.extract.JsoupArticleExtractor;
import io.gloss.core.glossary.InMemoryGlossaryStore;
import io.gloss.core.port.in.SummarizeArticleUseCase;
import io.gloss.core.port.out.GlossaryStore;
import io.gloss.core.store.Database;
import io.gloss.core.store.JdbcGlossaryStore;
import io.gloss.core.store.StoreSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import net.dankito.readability4j.Readability4J;
import org.jsoup.Jsoup;

/**
 * The code under measurement, built once per JVM. Gloss's parts come from the real wiring with the
 * default settings (no file, no environment: no language model), so the figures are those of {@code
 * gloss extract} and {@code gloss summarize FILE}, minus the app's hop to its extraction worker
 * pool, which would hide the work from the thread's CPU and allocation counters.
 */
final class Subjects {
  private final JsoupArticleExtractor extractor;
  private final SummarizeArticleUseCase replies;
  private final SummarizeArticleUseCase storedReplies;

  Subjects() {
    Settings defaults = Settings.load(null, Map.of());
    this.extractor = Wiring.extractor(defaults);
    // In memory rather than SQLite: the reply learns terms into the glossary as the bot's does,
    // but a store round trip is not what this measures.
    this.replies = Wiring.offlineReplies(defaults, new InMemoryGlossaryStore());
    this.storedReplies = Wiring.offlineReplies(defaults, sqliteGlossary());
  }

  /** A glossary store in a fresh SQLite database, removed when the JVM exits. */
  private static GlossaryStore sqliteGlossary() {
    try {
      Path dir = Files.createTempDirectory("gloss-bench-");
      Database database = Database.open(StoreSettings.sqlite(dir));
      Runtime.getRuntime()
          .addShutdownHook(
              new Thread(
                  () -> {
                    database.close();
                    try (Stream<Path> files = Files.walk(dir)) {
                      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                    } catch (IOException e) {
                      // A temporary directory: left for the system to clean.
                    }
                  }));
      return new JdbcGlossaryStore(database, Clock.systemUTC());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot create the benchmark's SQLite store", e);
    }
  }

  /** Runs {@code step} on {@code page} once; the result, for the caller to consume. */
  Object run(Step step, Page page) {
    return switch (step) {
      case PARSE -> Jsoup.parse(page.html(), page.url());
      case GLOSS -> extract(page);
      case READABILITY -> new Readability4J(page.url(), page.html()).parse();
      case REPLY -> replies.summarizePage(page.fetched(), page.request());
      case REPLY_SQLITE -> storedReplies.summarizePage(page.fetched(), page.request());
    };
  }

  /** A refused page is an answer too (the bot replies with the reason), not an error here. */
  private Object extract(Page page) {
    try {
      return extractor.extract(page.fetched());
    } catch (ArticleUnavailableException e) {
      return e.reason();
    }
  }
}
