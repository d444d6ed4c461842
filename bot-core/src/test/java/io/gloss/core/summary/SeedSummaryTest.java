package io.gloss.core.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.gloss.core.domain.Article;
import io.gloss.core.domain.Bullet;
import io.gloss.core.domain.FetchedPage;
import io.gloss.core.domain.RequestOrigin;
import io.gloss.core.domain.SummaryDraft;
import io.gloss.core.domain.SummaryStyle;
import io.gloss.core.extract.JsoupArticleExtractor;
import io.gloss.core.text.DefaultTextAnalyzer;
import io.gloss.core.text.Words;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The seed page's bullets carry its news: the US request and the unanimous declaration. */
class SeedSummaryTest {
  private static final Path SEED = Path.of("../../shared/seed/000_de1c2da22072e404.txt");

  @Test
  void summarize_seed_bulletsCarryTheRequestAndTheUnanimousDeclaration() throws Exception {
    Path seed = Files.exists(SEED) ? SEED : Path.of("../").resolve(SEED);
    assumeTrue(Files.exists(seed), "seed document not present");
    String url = "https://v.daum.net/v/20250804185331304";
    Article article =
        new JsoupArticleExtractor()
            .extract(new FetchedPage(url, url, null, Files.readAllBytes(seed)));

    SummaryDraft draft =
        new ExtractiveSummarizer(new Words())
            .summarize(
                new DefaultTextAnalyzer().analyze(article),
                SummaryStyle.BRIEF,
                "ko",
                RequestOrigin.CLI);

    assertThat(draft.bullets()).hasSize(3);
    assertThat(draft.bullets())
        .extracting(Bullet::text)
        .anyMatch(t -> t.contains("미국이") && t.contains("협조를 요청했다"));
    assertThat(draft.bullets()).extracting(Bullet::text).anyMatch(t -> t.contains("전원 합의"));
    assertThat(draft.bullets()).extracting(Bullet::text).noneMatch(t -> t.contains("브리핑했다"));
  }
}
