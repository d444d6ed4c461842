package io.gloss.core.llm;

import static org.assertj.core.api.Assertions.assertThat;

import io.gloss.core.domain.Bullet;
import io.gloss.core.domain.Sentence;
import java.util.List;
import org.junit.jupiter.api.Test;

class LlmFaithfulnessGuardTest {
  private static final List<Sentence> KOREAN =
      List.of(
          new Sentence(0, 0, "한빛전자가 내년까지 반도체 공장에 3조원을 투자한다."),
          new Sentence(1, 0, "김하늘 대표는 \"생산량을 10퍼센트 늘리겠다\"고 말했다."),
          new Sentence(2, 1, "공장은 2026년 3월 착공한다."));
  private static final List<Sentence> ENGLISH =
      List.of(
          new Sentence(0, 0, "Northwind Labs will hire 1,200 engineers in Busan."),
          new Sentence(1, 0, "Chief executive Dana Park said the plan costs $40 million."));

  private final FaithfulnessGuard korean = new FaithfulnessGuard(KOREAN, "한빛전자 3조 투자");
  private final FaithfulnessGuard english = new FaithfulnessGuard(ENGLISH, "Northwind expands");

  @Test
  void problem_faithfulBullet_passes() {
    Bullet bullet = new Bullet("한빛전자가 3조 원을 반도체 공장에 투자하고 생산량을 10% 늘린다.", List.of(0, 1));
    assertThat(korean.problem(bullet, true)).isEmpty();
  }

  @Test
  void problem_noCitation_fails() {
    assertThat(korean.problem(new Bullet("한빛전자가 투자한다.", List.of()), true)).isPresent();
  }

  @Test
  void problem_unknownSentenceId_fails() {
    assertThat(korean.problem(new Bullet("한빛전자가 투자한다.", List.of(7)), true))
        .hasValueSatisfying(p -> assertThat(p).contains("7"));
  }

  @Test
  void problem_numberNotInArticle_fails() {
    assertThat(korean.problem(new Bullet("한빛전자가 5조 원을 투자한다.", List.of(0)), true))
        .hasValueSatisfying(p -> assertThat(p).contains("numbers"));
  }

  @Test
  void problem_dateNotInArticle_fails() {
    assertThat(korean.problem(new Bullet("공장은 2027년 착공한다.", List.of(2)), true)).isPresent();
  }

  @Test
  void problem_inventedKoreanName_fails() {
    assertThat(korean.problem(new Bullet("박민수 대표가 투자를 발표했다.", List.of(1)), true))
        .hasValueSatisfying(p -> assertThat(p).contains("박민수"));
  }

  @Test
  void problem_knownKoreanName_passes() {
    assertThat(korean.problem(new Bullet("김하늘 대표가 증산을 약속했다.", List.of(1)), true)).isEmpty();
  }

  @Test
  void problem_inventedLatinName_fails() {
    Bullet bullet = new Bullet("The plan was approved by Mayor John Smith.", List.of(0));
    assertThat(english.problem(bullet, true))
        .hasValueSatisfying(p -> assertThat(p).contains("John"));
  }

  @Test
  void problem_sentenceInitialCapital_isNotAName() {
    Bullet bullet = new Bullet("Hiring: Northwind Labs adds 1200 engineers in Busan.", List.of(0));
    assertThat(english.problem(bullet, true)).isEmpty();
  }

  @Test
  void problem_translation_skipsNamesButChecksNumbers() {
    Bullet names = new Bullet("Hanbit Electronics will invest 3 trillion won.", List.of(0));
    Bullet numbers = new Bullet("Hanbit Electronics will invest 4 trillion won.", List.of(0));
    assertThat(korean.problem(names, false)).isEmpty();
    assertThat(korean.problem(numbers, false)).isPresent();
  }

  @Test
  void names_marketAndAdjectiveUses_areNotNames() {
    assertThat(FaithfulnessGuard.names("국내 시장이 커지고 가장 대표적인 기업이 나섰다.")).isEmpty();
  }

  @Test
  void names_titledKoreanNamesWithParticles_areFound() {
    assertThat(FaithfulnessGuard.names("김하늘 대표는 말했고 이가상 전 장관도 동의했다."))
        .containsExactly("김하늘", "이가상");
  }
}
