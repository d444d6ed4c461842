package io.gloss.config;

import io.gloss.core.domain.Article;
import io.gloss.core.domain.FetchedPage;
import io.gloss.core.glossary.BuiltinGlossary;
import io.gloss.core.port.in.ExtractArticleUseCase;
import io.gloss.core.port.out.TextAnalyzer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads and analyzes one small built-in page so that the first user's link does not pay for loading
 * Nori's dictionary, the jsoup parser and the site rules (seconds on a cold JVM, the reason a fixed
 * extraction budget once refused pages right after start-up), and reads the built-in glossary.
 * Never fails the start.
 */
final class Warmup implements Runnable {
  private static final Logger log = LoggerFactory.getLogger(Warmup.class);

  /** Our own text: a Korean and an English paragraph, with a term box, on a news-like page. */
  private static final String PAGE =
      "<html lang=\"ko\"><head><title>시립도서관, 평일 밤 10시까지 문 연다</title>"
          + "<meta property=\"og:site_name\" content=\"글로스일보\"></head><body><article>"
          + "<p>시립도서관이 다음 달부터 평일 운영 시간을 밤 10시까지 늘린다. 주민들이 퇴근 뒤에도"
          + " 책을 빌릴 수 있게 해 달라고 요청한 데 따른 것이다.</p>"
          + "<p>도서관은 반년 동안 이용 현황을 살펴본 뒤 연장 운영을 계속할지 정하기로 했다.</p>"
          + "<p>The city library will stay open until ten on weekday evenings from next month.</p>"
          + "<p>&lt;용어설명&gt; 연장 운영: 정해진 시간보다 더 오래 문을 여는 것.</p>"
          + "</article></body></html>";

  private static final String URL = "https://warmup.gloss.invalid/article/1";

  private final ExtractArticleUseCase articles;
  private final TextAnalyzer analyzer;

  Warmup(ExtractArticleUseCase articles, TextAnalyzer analyzer) {
    this.articles = articles;
    this.analyzer = analyzer;
  }

  /**
   * How long {@code gloss run} waits after its first warm-up step before reading the glossary: on
   * two cores, reading it beside the platforms' start delayed the first answered request by 0.3 s.
   */
  static final Duration GLOSSARY_DELAY = Duration.ofSeconds(5);

  /** Everything at once, for a caller that waits for it. */
  @Override
  public void run() {
    if (readPageAndText()) {
      readGlossary();
    }
  }

  /**
   * For {@code gloss run}, on a thread of its own: the page and the text beside the platforms'
   * start, the glossary {@link #GLOSSARY_DELAY} later, when they are likely ready.
   */
  void runBesideStartUp() {
    if (!readPageAndText()) {
      return;
    }
    try {
      Thread.sleep(GLOSSARY_DELAY.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return;
    }
    readGlossary();
  }

  private boolean readPageAndText() {
    long start = System.nanoTime();
    try {
      FetchedPage page =
          new FetchedPage(
              URL, URL, "text/html; charset=utf-8", PAGE.getBytes(StandardCharsets.UTF_8));
      Article article = articles.extractPage(page);
      analyzer.analyze(article);
      log.info("Warmed up in {} ms", (System.nanoTime() - start) / 1_000_000);
      return true;
    } catch (Exception | LinkageError e) {
      log.warn("Warm-up failed (the first link will be slower): {}", e.toString());
      return false;
    }
  }

  /** Both halves and their matchers, so that no first reply pays for reading them. */
  private static void readGlossary() {
    long start = System.nanoTime();
    try {
      BuiltinGlossary.forLanguage("ko").matcher();
      BuiltinGlossary.forLanguage("en").matcher();
      BuiltinGlossary.shared();
      log.info("Read the built-in glossary in {} ms", (System.nanoTime() - start) / 1_000_000);
    } catch (RuntimeException | LinkageError e) {
      log.warn("Reading the built-in glossary failed: {}", e.toString());
    }
  }
}
