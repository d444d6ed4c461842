package io.gloss.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DatelineTest {

  @Test
  void koreanAgencyDateline_givesAgencyReporterAndTheSentence() {
    Dateline d = Dateline.parse("(서울=뉴스1) 홍길동 기자 = 정부가 내년 예산안을 확정했다.");

    assertThat(d).isNotNull();
    assertThat(d.agency()).isEqualTo("뉴스1");
    assertThat(d.reporters()).containsExactly("홍길동");
    assertThat(d.rest()).isEqualTo("정부가 내년 예산안을 확정했다.");
  }

  @Test
  void englishBylineRunIntoTheFirstSentence_isTakenOff() {
    Dateline colon = Dateline.parse("By Marisol Quaye: The harbor council cannot ignore the risk.");
    Dateline dash = Dateline.parse("BY MARISOL QUAYE — Ferry fares rose 4% on Monday.");

    assertThat(colon).isNotNull();
    assertThat(colon.reporters()).containsExactly("Marisol Quaye");
    assertThat(colon.rest()).isEqualTo("The harbor council cannot ignore the risk.");
    assertThat(colon.agency()).isNull();
    assertThat(dash).isNotNull();
    assertThat(dash.reporters()).containsExactly("MARISOL QUAYE");
    assertThat(dash.rest()).isEqualTo("Ferry fares rose 4% on Monday.");
  }

  @Test
  void sentencesThatOnlyStartWithBy_areNoByline() {
    assertThat(Dateline.parse("By Monday the Harbor Council had voted: yes.")).isNull();
    assertThat(Dateline.parse("By contrast, the council said nothing.")).isNull();
    assertThat(Dateline.parse("By The Numbers: Fares Rose Again")).isNull();
  }
}
