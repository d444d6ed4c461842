package io.gloss.slack.fake;

import io.gloss.core.domain.Bullet;
import io.gloss.core.domain.GlossaryEntry;
import io.gloss.core.domain.Note;
import io.gloss.core.domain.Provenance;
import io.gloss.core.domain.SourceKind;
import io.gloss.core.domain.Summary;
import io.gloss.core.domain.SummaryMode;
import io.gloss.core.domain.SummaryStyle;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/** Summaries written for the tests (original text). */
public final class Summaries {
  private Summaries() {}

  public static Summary korean(String url) {
    Provenance box =
        new Provenance(
            SourceKind.ARTICLE_BOX,
            "가상일보",
            url,
            "정부, 소버린AI 전략 발표",
            OffsetDateTime.of(2025, 8, 4, 9, 0, 0, 0, ZoneOffset.ofHours(9)));
    return new Summary(
        url,
        "정부, 소버린AI 전략 발표…국산 모델 키운다",
        "가상일보",
        OffsetDateTime.of(2025, 8, 4, 9, 0, 0, 0, ZoneOffset.ofHours(9)),
        List.of("김기자"),
        3,
        "ko",
        SummaryStyle.BRIEF,
        SummaryMode.EXTRACTIVE,
        null,
        List.of(
            new Bullet("정부가 국산 AI 모델을 키우는 소버린AI 전략을 내놓았다.", List.of(0)),
            new Bullet("데이터센터 지원과 인재 양성에 예산을 배정했다.", List.of(2)),
            new Bullet("업계는 실행 속도가 관건이라고 평가했다.", List.of(5))),
        List.of(
            new GlossaryEntry(
                "소버린AI", List.of("소버린 AI"), "한 나라가 외부에 기대지 않고 스스로 만들고 운영하는 AI.", "ko", box)),
        List.of(),
        "hash-ko");
  }

  public static Summary withText(
      String url, String title, List<String> bullets, String term, String definition) {
    return new Summary(
        url,
        title,
        "Site",
        null,
        List.of(),
        1,
        "ko",
        SummaryStyle.BRIEF,
        SummaryMode.LLM,
        "fake-model",
        bullets.stream().map(b -> new Bullet(b, List.of(0))).toList(),
        List.of(new GlossaryEntry(term, List.of(), definition, "ko", Provenance.of(SourceKind.AI))),
        List.of(new Note("llm_fallback", "요약 모델이 느려 추출 요약을 보여 드립니다.")),
        "hash-x");
  }
}
