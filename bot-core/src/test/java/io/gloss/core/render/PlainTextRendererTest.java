package io.gloss.core.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.gloss.core.domain.Bullet;
import io.gloss.core.domain.DefineResult;
import io.gloss.core.domain.FailureReason;
import io.gloss.core.domain.GlossaryEntry;
import io.gloss.core.domain.Note;
import io.gloss.core.domain.Provenance;
import io.gloss.core.domain.SourceKind;
import io.gloss.core.domain.Summary;
import io.gloss.core.domain.SummaryMode;
import io.gloss.core.domain.SummaryResult;
import io.gloss.core.domain.SummaryStyle;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlainTextRendererTest {
  private final PlainTextRenderer renderer = new PlainTextRenderer();

  private static Summary summary(String language, List<Note> notes) {
    return new Summary(
        "https://v.daum.net/v/1",
        "바닷바람 전기, 주민과 나눈다",
        "글로스뉴스",
        OffsetDateTime.of(2025, 9, 15, 14, 30, 0, 0, ZoneOffset.ofHours(9)),
        List.of("한바다"),
        2,
        language,
        SummaryStyle.BRIEF,
        SummaryMode.EXTRACTIVE,
        null,
        List.of(new Bullet("첫 문장이다.", List.of(0)), new Bullet("둘째 문장이다.", List.of(3))),
        List.of(
            new GlossaryEntry(
                "해상풍력", List.of(), "바다 위 풍력 발전.", "ko", Provenance.of(SourceKind.ARTICLE_BOX))),
        notes,
        "hash");
  }

  @Test
  void render_koreanSummary_showsHeaderBulletsGlossaryWithBadge() {
    String text = renderer.render(summary("ko", List.of()));

    assertThat(text.lines())
        .containsExactly(
            "바닷바람 전기, 주민과 나눈다",
            "https://v.daum.net/v/1",
            "글로스뉴스 · 2025-09-15 · 한바다 기자 · 2분 분량",
            "",
            "• 첫 문장이다.",
            "• 둘째 문장이다.",
            "",
            "용어 풀이",
            "해상풍력 — 바다 위 풍력 발전. [기사 제공]");
  }

  @Test
  void render_englishSummaryWithNote_usesEnglishLabelsAndShowsTheNote() {
    String text =
        renderer.render(summary("en", List.of(new Note("llm_fallback", "The model failed."))));

    assertThat(text)
        .contains("2 min read", "Glossary", "[from the article]", "※ The model failed.");
    assertThat(text).doesNotContain("기자");
  }

  @Test
  void render_failure_isTheHonestOneLinerInTheAskedLanguage() {
    SummaryResult failure =
        new SummaryResult.Failure("https://x.example/a.pdf", FailureReason.NOT_HTML, "pdf");

    assertThat(renderer.render(failure, null)).startsWith("본문을 가져오지 못했습니다: ");
    assertThat(renderer.render(failure, "en")).startsWith("Could not read the article: ");
  }

  @Test
  void render_unknownTerm_saysSoAndSuggests() {
    String text = renderer.render(new DefineResult.NotFound("소버린", List.of("소버린 AI")), "ko");

    assertThat(text).contains("'소버린'에 대한 설명이 아직 없습니다.", "소버린 AI");
  }
}
