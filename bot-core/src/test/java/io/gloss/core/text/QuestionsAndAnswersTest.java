package io.gloss.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuestionsAndAnswersTest {
  @Test
  void answers_explainerWithDashQuestionsAndTriangleAnswers_areTheParagraphsAfterEachQuestion() {
    List<String> paragraphs =
        List.of(
            "새 법안이 28일 국회를 통과했다. 문답으로 정리했다.",
            "-- 무엇이 바뀌나.",
            "▲ 시범 사업이 내년부터 전국으로 넓어진다.",
            "-- 누가 신청할 수 있나?",
            "▲ 만 19세 이상이면 누구나 신청할 수 있다.",
            "다만 소득 기준은 따로 정한다.");

    assertThat(QuestionsAndAnswers.answers(paragraphs)).containsExactlyInAnyOrder(2, 4, 5);
  }

  @Test
  void answers_interviewWithQuotedAnswersAndQaLetters_areFound() {
    List<String> dashes =
        List.of(
            "지난 18일 만난 김 대표는 이렇게 말했다.",
            "-왜 지금 투자하나.",
            "\"시장이 바뀌었습니다. 지금이 기회예요.\"",
            "-정부에 바라는 점은.",
            "\"긴 호흡의 지원입니다.\"");
    // Several Korean papers mark the question with the horizontal bar (U+2015).
    List<String> bars =
        List.of(
            "지난 18일 만난 김 대표는 이렇게 말했다.",
            "―공장을 왜 지방에 지었나.",
            "\"사람이 있는 곳에 일이 있어야 합니다.\"",
            "―정부에 바라는 것은.",
            "\"규제를 한 번에 풀어 주는 것입니다.\"",
            "―인력 확보가 어렵다는 얘기도 있다.",
            "\"지방에서도 성장할 수 있다는 걸 보여 주면 됩니다.\"");
    List<String> letters =
        List.of(
            "Q. What changes?", "A. The rules start in May.", "Q: Who pays?", "A: The issuers.");

    assertThat(QuestionsAndAnswers.answers(dashes)).containsExactlyInAnyOrder(2, 4);
    // A prompt that does not ask ("…는 얘기도 있다.") is still answered by the quote after it.
    assertThat(QuestionsAndAnswers.answers(bars)).containsExactlyInAnyOrder(2, 4, 6);
    assertThat(QuestionsAndAnswers.answers(letters)).containsExactlyInAnyOrder(1, 3);
  }

  @Test
  void answers_dashListOrOneQuestion_isNoQuestionAndAnswerPage() {
    List<String> list =
        List.of(
            "올해 달라지는 점은 다음과 같다.", "- 반도체 수출 증가", "- 자동차 수출 감소", "- 선박 수출 증가", "정부는 내년 전망도 내놨다.");
    List<String> oneQuestion = List.of("-- 왜 오르나.", "▲ 수요가 늘었기 때문이다.", "정부는 대책을 내놓기로 했다.");

    assertThat(QuestionsAndAnswers.answers(list)).isEmpty();
    assertThat(QuestionsAndAnswers.answers(oneQuestion)).isEmpty();
  }

  @Test
  void unmarked_dropsTheAnswerMarkAndTheQuotesAroundAWholeAnswerOnly() {
    assertThat(QuestionsAndAnswers.unmarked("▲ 만 19세 이상이면 신청할 수 있다."))
        .isEqualTo("만 19세 이상이면 신청할 수 있다.");
    assertThat(QuestionsAndAnswers.unmarked("A. The rules start in May."))
        .isEqualTo("The rules start in May.");
    assertThat(QuestionsAndAnswers.unmarked("A.I. firms pay more."))
        .isEqualTo("A.I. firms pay more.");
    assertThat(QuestionsAndAnswers.unmarked("\"시장이 바뀌었습니다. 지금이 기회예요.\""))
        .isEqualTo("시장이 바뀌었습니다. 지금이 기회예요.");
    assertThat(QuestionsAndAnswers.unmarked("“Prices fell. Then they rose.”"))
        .isEqualTo("Prices fell. Then they rose.");
    // Two quotations with words between them: not one quoted answer.
    String twoQuotes = "\"비싸다\"고 했지만 \"그래도 산다\"";
    assertThat(QuestionsAndAnswers.unmarked(twoQuotes)).isEqualTo(twoQuotes);
  }
}
