package io.gloss.core.store;

import io.gloss.core.domain.Article;
import io.gloss.core.domain.Bullet;
import io.gloss.core.domain.GlossaryEntry;
import io.gloss.core.domain.Note;
import io.gloss.core.domain.Provenance;
import io.gloss.core.domain.SourceKind;
import io.gloss.core.domain.Summary;
import io.gloss.core.domain.SummaryMode;
import io.gloss.core.domain.SummaryStyle;
import java.time.OffsetDateTime;
import java.util.List;

/** Articles and summaries written for the store tests (invented text). */
final class StoreFixtures {
  static final OffsetDateTime PUBLISHED = OffsetDateTime.parse("2026-03-02T09:30:00+09:00");

  private StoreFixtures() {}

  static Article article(String canonicalUrl, String... paragraphs) {
    GlossaryEntry box =
        new GlossaryEntry(
            "소버린 AI",
            List.of("Sovereign AI"),
            "한 나라가 자체 인프라와 데이터로 운영하는 인공지능.",
            "ko",
            new Provenance(SourceKind.ARTICLE_BOX, "가상일보", canonicalUrl, "AI 주권 논의", PUBLISHED));
    return new Article(
        canonicalUrl + "?from=share",
        canonicalUrl,
        canonicalUrl,
        "AI 주권 논의 본격화",
        "가상일보",
        List.of("김가상"),
        PUBLISHED,
        null,
        "ko",
        "정부가 소버린 AI 전략을 내놓았다.",
        null,
        List.of(paragraphs),
        List.of(box));
  }

  static Summary summary(Article article, SummaryStyle style, String language, String bullet) {
    return new Summary(
        article.canonicalUrl(),
        article.title(),
        article.site(),
        article.published(),
        article.authors(),
        article.readingMinutes(),
        language,
        style,
        SummaryMode.EXTRACTIVE,
        null,
        List.of(new Bullet(bullet, List.of(0, 2))),
        article.glossary(),
        List.of(new Note("truncated", "본문 일부만 요약했습니다.")),
        article.contentHash());
  }
}
