package io.gloss.core.llm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class LlmQuantitiesTest {

  private static boolean grounded(String bullet, String article) {
    return Quantities.missing(bullet, Quantities.keys(article)).isEmpty();
  }

  @Test
  void missing_thousandsSeparator_equalsPlainDigits() {
    assertThat(grounded("직원 1,000명이 참여했다", "직원 1000명이 참여했다")).isTrue();
    assertThat(grounded("1000 workers joined", "Some 1,000 workers joined")).isTrue();
  }

  @Test
  void missing_percentWord_equalsPercentSign() {
    assertThat(grounded("매출이 10% 늘었다", "매출이 10퍼센트 늘었다")).isTrue();
    assertThat(grounded("매출이 10퍼센트 늘었다", "매출이 10 % 늘었다")).isTrue();
    assertThat(grounded("sales rose 10 percent", "sales rose 10%")).isTrue();
  }

  @Test
  void missing_percentIsNotAPlainNumber() {
    assertThat(grounded("금리가 3% 올랐다", "3명이 금리를 올렸다")).isFalse();
  }

  @Test
  void missing_koreanMoneyWithOrWithoutSpace_isEqual() {
    assertThat(grounded("3조 원을 투자한다", "3조원을 투자한다")).isTrue();
    assertThat(grounded("3조원을 투자한다", "총 3 조 원을 투자한다")).isTrue();
  }

  @Test
  void missing_koreanScaleEqualsEnglishScale() {
    assertThat(grounded("It will invest 3 trillion won", "3조원을 투자한다")).isTrue();
    assertThat(grounded("It will invest 3.5 trillion won", "3조5000억원을 투자한다")).isTrue();
    assertThat(grounded("5000억 원", "500 billion won was spent")).isTrue();
  }

  @Test
  void missing_koreanChain_passesAsAWholeOrPartByPart() {
    assertThat(grounded("3조 5000억 원", "3조5000억원")).isTrue();
    assertThat(grounded("3조 4000억 원", "3조5000억원")).isFalse();
  }

  @Test
  void missing_dottedDateEqualsWrittenDate() {
    assertThat(grounded("2024년 3월 5일 발표했다", "2024.3.5 발표")).isTrue();
  }

  @Test
  void missing_inventedNumber_isReported() {
    assertThat(Quantities.missing("매출 42억 원, 직원 300명", Quantities.keys("매출 42억 원, 직원 30명")))
        .containsExactly("300");
  }

  @Test
  void missing_decimalIsNotSplit() {
    assertThat(grounded("GDP grew 2.5%", "GDP grew 2.5% last year")).isTrue();
    assertThat(grounded("GDP grew 2%", "GDP grew 2.5% last year")).isFalse();
  }

  @Test
  void keys_fullWidthDigits_areNormalized() {
    assertThat(Quantities.keys("１０％")).isEqualTo(Set.of("10%"));
  }
}
