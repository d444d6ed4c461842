package io.gloss.core.glossary;

import static org.assertj.core.api.Assertions.assertThat;

import io.gloss.core.text.KoreanWords;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Nori, not the text match, decides whether 지적도 is a map or 지적 + 도. */
class ParticleReadingsTest {
  private final KoreanWords korean = new KoreanWords();

  @Test
  void onlyKoreanTermsEndingInAParticleSyllable_areChecked() {
    assertThat(ParticleReadings.mayBeWordAndParticle("지적도")).isTrue();
    assertThat(ParticleReadings.mayBeWordAndParticle("신고가")).isTrue();
    assertThat(ParticleReadings.mayBeWordAndParticle("기준금리")).isFalse();
    assertThat(ParticleReadings.mayBeWordAndParticle("전세"))
        .isFalse(); // two syllables: the matcher's rule
    assertThat(ParticleReadings.mayBeWordAndParticle("ai가")).isFalse();
  }

  @Test
  void aWordAndItsParticle_isNotTheTerm() {
    assertThat(ParticleReadings.readAsWordAndParticle("지적도", List.of("과태료가 과하다는 지적도 나왔다."), korean))
        .isTrue();
    assertThat(ParticleReadings.readAsWordAndParticle("신고가", List.of("보험사기 신고가 접수됐다."), korean))
        .isTrue();
  }

  @Test
  void theTermWrittenAsItself_orNowhere_isKept() {
    assertThat(ParticleReadings.readAsWordAndParticle("지적도", List.of("토지의 지적도를 확인했다."), korean))
        .isFalse();
    // Once as the term is enough to keep it.
    assertThat(
            ParticleReadings.readAsWordAndParticle(
                "지적도", List.of("지적도 나왔다.", "토지의 지적도를 확인했다."), korean))
        .isFalse();
    assertThat(ParticleReadings.readAsWordAndParticle("지적도", List.of("지적 도면"), korean)).isFalse();
  }
}
