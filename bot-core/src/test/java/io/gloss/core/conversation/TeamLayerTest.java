package io.gloss.core.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import io.gloss.core.domain.Bullet;
import io.gloss.core.domain.GlossaryEntry;
import io.gloss.core.domain.Provenance;
import io.gloss.core.domain.SourceKind;
import io.gloss.core.domain.Summary;
import io.gloss.core.domain.SummaryMode;
import io.gloss.core.domain.SummaryStyle;
import java.util.List;
import org.junit.jupiter.api.Test;

class TeamLayerTest {
  private static GlossaryEntry entry(String term, String definition, SourceKind kind) {
    return new GlossaryEntry(term, List.of(), definition, "ko", Provenance.of(kind));
  }

  private static Summary summary(String bullet, List<GlossaryEntry> glossary) {
    return new Summary(
        "https://n/1",
        "APEC 정상회의 개막",
        null,
        null,
        List.of(),
        1,
        "ko",
        SummaryStyle.BRIEF,
        SummaryMode.EXTRACTIVE,
        null,
        List.of(new Bullet(bullet, List.of(0))),
        glossary,
        List.of(),
        "h");
  }

  @Test
  void apply_replacesTheSameTermAndAddsMentionedTeamTerms_only() {
    Summary shared =
        summary(
            "정부는 소버린 AI와 핀테크를 키운다고 said 했다.",
            List.of(entry("소버린AI", "기사 설명", SourceKind.ARTICLE_BOX)));
    List<GlossaryEntry> team =
        List.of(
            entry("소버린 AI", "팀 설명", SourceKind.TEAM),
            entry("핀테크", "팀의 핀테크", SourceKind.TEAM),
            entry("AI", "짧은 말", SourceKind.TEAM),
            entry("APEC", "아시아태평양경제협력체", SourceKind.TEAM),
            entry("블록체인", "언급 안 됨", SourceKind.TEAM));

    Summary applied = TeamLayer.apply(shared, team);

    assertThat(applied.glossary())
        .extracting(GlossaryEntry::definition)
        .containsExactly("팀 설명", "팀의 핀테크", "짧은 말", "아시아태평양경제협력체");
    assertThat(shared.glossary()).extracting(GlossaryEntry::definition).containsExactly("기사 설명");
  }

  @Test
  void mentions_latinTermsAsWholeWords_hangulWithParticles() {
    String text = "the rapid rise of fintech said 소버린ai가 apec은";

    assertThat(TeamLayer.mentions(text, entry("AI", "-", SourceKind.TEAM))).isFalse();
    assertThat(TeamLayer.mentions(text, entry("said", "-", SourceKind.TEAM))).isTrue();
    assertThat(TeamLayer.mentions(text, entry("소버린 AI", "-", SourceKind.TEAM))).isTrue();
    assertThat(TeamLayer.mentions(text, entry("APEC", "-", SourceKind.TEAM))).isTrue();
    assertThat(TeamLayer.mentions(text, entry("tech", "-", SourceKind.TEAM))).isFalse();
  }

  @Test
  void apply_withoutTeamTerms_returnsTheSharedSummaryItself() {
    Summary shared = summary("내용", List.of(entry("APEC", "기사", SourceKind.ARTICLE_BOX)));

    assertThat(TeamLayer.apply(shared, List.of())).isSameAs(shared);
  }
}
