package io.gloss.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SentenceSplitterTest {
  private final SentenceSplitter splitter = new SentenceSplitter();

  /** The table of hard cases: input, expected sentences (separated by " | "). */
  static Stream<Arguments> hardCases() {
    return Stream.of(
        Arguments.of("정부가 예산을 늘린다. 업계는 환영했다.", "정부가 예산을 늘린다. | 업계는 환영했다."),
        Arguments.of(
            "Nicht jedes Modell lebt von Daten bzw. Technologie. Das Netz wächst z.B. Jahr für Jahr.",
            "Nicht jedes Modell lebt von Daten bzw. Technologie. | Das Netz wächst z.B. Jahr für"
                + " Jahr."),
        Arguments.of("시장이 하락했다.그러나 곧 반등했다.", "시장이 하락했다. | 그러나 곧 반등했다."),
        Arguments.of("정말 그런가요? 네, 그렇죠! 확인했음.", "정말 그런가요? | 네, 그렇죠! | 확인했음."),
        Arguments.of(
            "업계는 \"GPU 확보가 관건이다. 시간이 없다\"라고 말했다. 정부도 동의했다.",
            "업계는 \"GPU 확보가 관건이다. 시간이 없다\"라고 말했다. | 정부도 동의했다."),
        Arguments.of("그는 \"협상이 끝났다.\"라고 밝혔다. 회의는 끝났다.", "그는 \"협상이 끝났다.\"라고 밝혔다. | 회의는 끝났다."),
        Arguments.of("\"모두 합의했다.\" 배 장관은 이렇게 말했다.", "\"모두 합의했다.\" | 배 장관은 이렇게 말했다."),
        Arguments.of(
            "협의체(의장국은 한국이다. 임기는 1년)가 출범했다. 다음 회의는 10월이다.",
            "협의체(의장국은 한국이다. 임기는 1년)가 출범했다. | 다음 회의는 10월이다."),
        Arguments.of(
            "성장률은 3.5%로 1,250.75원을 기록했다. 이어 반등했다.", "성장률은 3.5%로 1,250.75원을 기록했다. | 이어 반등했다."),
        Arguments.of(
            "Stocks fell 2.5% in the U.S. on Monday. Dr. Kim disagreed.",
            "Stocks fell 2.5% in the U.S. on Monday. | Dr. Kim disagreed."),
        Arguments.of(
            "Prices rose in the U.S. The Fed met at 9 a.m. on Friday.",
            "Prices rose in the U.S. | The Fed met at 9 a.m. on Friday."),
        Arguments.of(
            "J. K. Rowling spoke to Mr. Smith. He agreed.",
            "J. K. Rowling spoke to Mr. Smith. | He agreed."),
        Arguments.of("The answer was no. He left.", "The answer was no. | He left."),
        Arguments.of("He ranked No. 1 in Jan. 2024 polls.", "He ranked No. 1 in Jan. 2024 polls."),
        Arguments.of(
            "They met at the Gen. Lee school. It was late.",
            "They met at the Gen. Lee school. | It was late."),
        Arguments.of(
            "Tools, e.g. hammers, were sold. Prices rose.",
            "Tools, e.g. hammers, were sold. | Prices rose."),
        Arguments.of("반도체, 배터리 등. 이번 조치는 다르다.", "반도체, 배터리 등. 이번 조치는 다르다."),
        Arguments.of("선언문 나왔지만... 미중 경쟁 속 움직임은 미지수", "선언문 나왔지만... 미중 경쟁 속 움직임은 미지수"),
        Arguments.of("결과는 좋았다… 하지만 걱정이다.", "결과는 좋았다… | 하지만 걱정이다."),
        Arguments.of(
            "He paused... and then left. It rained.", "He paused... and then left. | It rained."),
        Arguments.of("He waited... Nobody came.", "He waited... | Nobody came."),
        Arguments.of(
            "주요 내용은 다음과 같다 ▶예산 증액 ▶인력 확충 ▶규제 완화", "주요 내용은 다음과 같다 | ▶예산 증액 | ▶인력 확충 | ▶규제 완화"),
        Arguments.of("◇ AI 반도체 투자 확대\n정부는 투자를 늘린다.", "◇ AI 반도체 투자 확대 | 정부는 투자를 늘린다."),
        Arguments.of("1. 예산을 늘린다\n2. 인력을 뽑는다", "1. 예산을 늘린다 | 2. 인력을 뽑는다"),
        Arguments.of("첫 줄 제목\r\n둘째 줄 제목\u2028셋째 줄", "첫 줄 제목 | 둘째 줄 제목 | 셋째 줄"),
        Arguments.of(
            "Rates held\u000Bmarkets rose\u0085bonds fell",
            "Rates held | markets rose | bonds fell"),
        Arguments.of(
            "Britain’s economy grew. ‘It is strong.’ said the minister.",
            "Britain’s economy grew. | ‘It is strong.’ said the minister."),
        Arguments.of("문의는 legomaster@news1.kr로 하면 된다. 끝.", "문의는 legomaster@news1.kr로 하면 된다. | 끝."),
        Arguments.of("그가 \"왜?\"라고 물었다. 답은 없었다.", "그가 \"왜?\"라고 물었다. | 답은 없었다."),
        Arguments.of("따옴표가 \"닫히지 않았다. 그래도 나눈다.", "따옴표가 \"닫히지 않았다. | 그래도 나눈다."),
        // Chinese and Japanese: no space after a sentence, and a quoted sentence stays whole.
        Arguments.of("市政府宣布扩建图书馆。工程明年开工！你会去吗？", "市政府宣布扩建图书馆。 | 工程明年开工！ | 你会去吗？"),
        Arguments.of("館長は「来年開く。」と話した。工事は春に始まる。", "館長は「来年開く。」と話した。 | 工事は春に始まる。"),
        // A page that lost the space between two sentences; an address or a name keeps its dot.
        Arguments.of(
            "He worked as a chief nurse.Police arrested a man at noon.",
            "He worked as a chief nurse. | Police arrested a man at noon."),
        Arguments.of(
            "Das Turnier läuft vom 5. bis 11. Januar in der Halle. Es spielen 32 Teams.",
            "Das Turnier läuft vom 5. bis 11. Januar in der Halle. | Es spielen 32 Teams."),
        Arguments.of(
            "Die Mühle stammt aus dem 18. Jahrhundert. Sie mahlt noch heute Korn.",
            "Die Mühle stammt aus dem 18. Jahrhundert. | Sie mahlt noch heute Korn."),
        Arguments.of(
            "Read it on harbor.com or in McDonald.Harbor is calm. Visit iOS.The end.",
            "Read it on harbor.com or in McDonald.Harbor is calm. | Visit iOS.The end."),
        // Hindi ends a sentence with a danda.
        Arguments.of(
            "नगर निगम ने नया पुल खोला। इससे यात्रा का समय घटेगा।",
            "नगर निगम ने नया पुल खोला। | इससे यात्रा का समय घटेगा।"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("hardCases")
  void split_hardCase_matchesTable(String input, String expected) {
    assertThat(String.join(" | ", splitter.split(input))).isEqualTo(expected);
  }

  @Test
  void split_hostileBracketsAndHugeLine_finishesAndKeepsText() {
    String hostile = "(".repeat(200_000) + "]".repeat(200_000) + " 끝났다. 다음이다.";
    String longLine = "가나다라마바사 ".repeat(100_000) + "끝이다.";

    assertThat(splitter.split(hostile)).hasSize(2).last().isEqualTo("다음이다.");
    assertThat(splitter.split(longLine)).hasSize(1);
  }

  @Test
  void split_paragraphs_keepsOrderAndSkipsBlank() {
    assertThat(splitter.split(List.of("첫째다. 둘째다.", " ", "셋째다.")))
        .containsExactly("첫째다.", "둘째다.", "셋째다.");
  }
}
