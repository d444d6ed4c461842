package io.gloss.discord;

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
import java.util.ArrayList;
import java.util.List;

/** Summaries written for tests (invented text). */
final class Summaries {

  static final String URL = "https://news.example.kr/article/123";

  private Summaries() {}

  static Summary korean() {
    return summary(
        "정부, 소버린AI 전략 발표…국산 모델 키운다",
        List.of(
            "정부가 소버린 AI 전략을 발표하고 국산 모델 개발을 지원하기로 했다.",
            "전략은 데이터센터와 반도체 투자를 함께 묶었다.",
            "업계는 예산 집행 속도가 관건이라고 평가했다."),
        List.of(entry("소버린 AI", "한 나라가 외부에 기대지 않고 스스로 개발하고 운영하는 AI.")));
  }

  static Summary summary(String title, List<String> bullets, List<GlossaryEntry> glossary) {
    List<Bullet> lines = new ArrayList<>();
    for (String bullet : bullets) {
      lines.add(new Bullet(bullet, List.of(0)));
    }
    return new Summary(
        URL,
        title,
        "가상일보",
        OffsetDateTime.of(2026, 11, 20, 9, 0, 0, 0, ZoneOffset.ofHours(9)),
        List.of("김기자"),
        3,
        "ko",
        SummaryStyle.BRIEF,
        SummaryMode.EXTRACTIVE,
        null,
        lines,
        glossary,
        List.of(new Note("extractive", "기사에서 고른 문장입니다.")),
        "hash");
  }

  static GlossaryEntry entry(String term, String definition) {
    return new GlossaryEntry(
        term,
        List.of(),
        definition,
        "ko",
        new Provenance(SourceKind.ARTICLE_BOX, "가상일보", URL, "기사 제목", null));
  }
}
