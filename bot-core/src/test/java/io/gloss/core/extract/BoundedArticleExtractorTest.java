package io.gloss.core.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.gloss.core.domain.Article;
import io.gloss.core.domain.ArticleUnavailableException;
import io.gloss.core.domain.FailureReason;
import io.gloss.core.domain.FetchedPage;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class BoundedArticleExtractorTest {
  private static final String URL = "https://news.example.com/a";
  private static final FetchedPage PAGE =
      new FetchedPage(
          URL,
          URL,
          "text/html",
          ("<html><body><article><p>The council voted on Tuesday to keep the library open until ten"
                  + " in the evening on weekdays, after residents asked for more time.</p><p>The"
                  + " extra hours start next month and will be reviewed after half a year of use.</p>"
                  + "</article></body></html>")
              .getBytes(StandardCharsets.UTF_8));

  private final ExecutorService workers = Executors.newSingleThreadExecutor();

  @AfterEach
  void stopWorkers() {
    workers.shutdownNow();
  }

  @Test
  void stalledExtraction_isAnsweredWithExtractionTimeout() throws Exception {
    CountDownLatch interrupted = new CountDownLatch(1);
    BoundedArticleExtractor bounded =
        new BoundedArticleExtractor(
            page -> {
              try {
                new CountDownLatch(1).await();
              } catch (InterruptedException e) {
                interrupted.countDown();
              }
              throw new ArticleUnavailableException(FailureReason.EXTRACTION_FAILED, "stopped");
            },
            workers,
            Duration.ofMillis(100));

    ArticleUnavailableException e =
        catchThrowableOfType(ArticleUnavailableException.class, () -> bounded.extract(PAGE));

    assertThat(e.reason()).isEqualTo(FailureReason.EXTRACTION_TIMEOUT);
    interrupted.await();
    assertThat(interrupted.getCount()).isZero();
  }

  @Test
  void innerFailure_keepsItsReason() {
    BoundedArticleExtractor bounded =
        new BoundedArticleExtractor(
            page -> {
              throw new ArticleUnavailableException(FailureReason.PAYWALL, "paywall");
            },
            workers,
            Duration.ofSeconds(5));

    ArticleUnavailableException e =
        catchThrowableOfType(ArticleUnavailableException.class, () -> bounded.extract(PAGE));

    assertThat(e.reason()).isEqualTo(FailureReason.PAYWALL);
  }

  @Test
  void normalPage_passesThrough() throws Exception {
    BoundedArticleExtractor bounded =
        new BoundedArticleExtractor(new JsoupArticleExtractor(), workers, Duration.ofSeconds(30));

    Article article = bounded.extract(PAGE);

    assertThat(article.paragraphs()).hasSize(2);
    assertThat(article.language()).isEqualTo("en");
  }
}
