package io.gloss.core.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.github.benmanes.caffeine.cache.Ticker;
import io.gloss.core.domain.DefineResult;
import io.gloss.core.domain.FetchedPage;
import io.gloss.core.domain.SourceKind;
import io.gloss.core.domain.SummaryRequest;
import io.gloss.core.domain.SummaryResult;
import io.gloss.core.extract.JsoupArticleExtractor;
import io.gloss.core.glossary.DefineTermService;
import io.gloss.core.glossary.GlossaryTermExplainer;
import io.gloss.core.port.out.PageFetcher;
import io.gloss.core.service.ExtractArticleService;
import io.gloss.core.service.SummarizeArticleService;
import io.gloss.core.store.StoreSettings;
import io.gloss.core.store.Stores;
import io.gloss.core.summary.ExtractiveSummarizer;
import io.gloss.core.text.DefaultTextAnalyzer;
import io.gloss.core.text.Words;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What one process learns, the next one knows: summarizing the seed article (the real pipeline, the
 * page served by a counting fake fetcher) stores the article, its summary and its glossary box; a
 * second process on the same data directory answers {@code define 소버린AI} from the box with its
 * source, and summarizes the URL again without fetching.
 */
class CrossProcessMemoryTest {
  private static final Path SEED =
      Stream.of(
              "../../shared/seed/000_de1c2da22072e404.txt",
              "../../../shared/seed/000_de1c2da22072e404.txt")
          .map(Path::of)
          .filter(Files::exists)
          .findFirst()
          .orElse(Path.of("../../shared/seed/000_de1c2da22072e404.txt"));

  private static final String DAUM_URL = "https://v.daum.net/v/20250804185331304";

  @TempDir Path dataDir;

  private final AtomicInteger fetches = new AtomicInteger();

  private SummaryResult summarizeInANewProcess(byte[] seed) {
    PageFetcher fetcher =
        url -> {
          fetches.incrementAndGet();
          return new FetchedPage(url, url, "text/html; charset=utf-8", seed);
        };
    try (Stores stores = Stores.open(StoreSettings.sqlite(dataDir), Clock.systemUTC())) {
      ExtractArticleService extract =
          new ExtractArticleService(fetcher, new JsoupArticleExtractor());
      SummarizeArticleService pipeline =
          new SummarizeArticleService(
              extract,
              new DefaultTextAnalyzer(),
              new ExtractiveSummarizer(new Words()),
              new GlossaryTermExplainer(stores.glossary()));
      CachingSummarizeArticleUseCase cache =
          new CachingSummarizeArticleUseCase(
              extract,
              pipeline,
              stores.articles(),
              SummaryCacheSettings.defaults("extractive"),
              Clock.systemUTC(),
              Ticker.systemTicker(),
              Runnable::run);
      return cache.summarize(SummaryRequest.of(DAUM_URL));
    }
  }

  @Test
  void summarizeThenDefine_inASecondProcess_answersFromTheArticleBox() throws Exception {
    assumeTrue(Files.exists(SEED), "seed document not present");
    byte[] seed = Files.readAllBytes(SEED);

    SummaryResult first = summarizeInANewProcess(seed);
    assertThat(first).isInstanceOf(SummaryResult.Success.class);

    DefineResult defined;
    try (Stores stores = Stores.open(StoreSettings.sqlite(dataDir), Clock.systemUTC())) {
      defined = new DefineTermService(stores.glossary()).define("소버린AI");
    }
    assertThat(defined).isInstanceOf(DefineResult.Found.class);
    DefineResult.Found found = (DefineResult.Found) defined;
    assertThat(found.entry().provenance().kind()).isEqualTo(SourceKind.ARTICLE_BOX);
    assertThat(found.entry().provenance().url()).contains("daum.net");
    assertThat(found.entry().provenance().name()).isEqualTo("뉴스1");

    SummaryResult again = summarizeInANewProcess(seed);
    assertThat(fetches).hasValue(1);
    assertThat(again)
        .isEqualTo(new SummaryResult.Success(((SummaryResult.Success) first).summary(), true));
  }
}
