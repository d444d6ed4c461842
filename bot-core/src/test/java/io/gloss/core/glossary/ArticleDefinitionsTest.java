package io.gloss.core.glossary;

import static org.assertj.core.api.Assertions.assertThat;

import io.gloss.core.domain.GlossaryEntry;
import io.gloss.core.domain.Provenance;
import io.gloss.core.domain.SourceKind;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Definitions an article gives in its running text, in Korean and English (our own sentences). */
class ArticleDefinitionsTest {
  private static final Provenance TEXT = Provenance.of(SourceKind.ARTICLE_TEXT);

  /** Sentence, then "term => definition" (empty: nothing is defined). */
  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of("대체율이란 은퇴 전 소득 대비 받게 되는 연금액의 비율을 말한다.", "대체율 => 은퇴 전 소득 대비 받게 되는 연금액의 비율"),
        Arguments.of(
            "항원결합체란 특정 물질에만 붙도록 만든 단백질로, 맞자마자 효과가 난다.",
            "항원결합체 => 특정 물질에만 붙도록 만든 단백질로, 맞자마자 효과가 난다."),
        Arguments.of(
            "순환배치제는 신규 의사를 여러 지역 병원에 돌아가며 근무하게 하는 제도다.",
            "순환배치제 => 신규 의사를 여러 지역 병원에 돌아가며 근무하게 하는 제도"),
        Arguments.of(
            "소형원자로(SMR)는 주요 기기를 한 용기에 넣어 공장에서 만드는 원자로를 말한다.",
            "소형원자로(SMR) => 주요 기기를 한 용기에 넣어 공장에서 만드는 원자로"),
        Arguments.of("퇴직과 연금 개시 사이의 빈 기간, 이른바 '소득 절벽'이 길어지고 있다.", "소득 절벽 => 퇴직과 연금 개시 사이의 빈 기간"),
        Arguments.of("당국은 환매 요청이 한꺼번에 밀려드는 '토큰런'을 걱정한다.", "토큰런 => 환매 요청이 한꺼번에 밀려드는 것"),
        Arguments.of("이후 한 직무대행은 '만장일치' 의결을 목표로 물밑 조율에 나섰다.", ""),
        Arguments.of("더 근본적인 문제는 시장의 큰손들이 지켜보는 '공급 시계'다.", ""),
        Arguments.of("이미 1위를 확정한 항구시는 리그와 컵을 모두 차지하는 '트레블'을 노린다.", "트레블 => 리그와 컵을 모두 차지하는 것"),
        Arguments.of("이 때문에 칩 맨 아래에 까는 '바닥판'이 중요해졌다.", "바닥판 => 칩 맨 아래에 까는 것"),
        Arguments.of("시장에서는 손실을 감추기 위한 '눈속임 증자'란 지적이 나왔다.", ""),
        Arguments.of("업계는 규제를 피하려는 '쪼개기 상장'이라는 비판을 내놨다.", ""),
        Arguments.of(
            "경영계는 정년 연장 대신 퇴직 후 다시 고용하는 '계속고용'을 택하자고 한다.", "계속고용 => 정년 연장 대신 퇴직 후 다시 고용하는 것"),
        Arguments.of("그는 \"이 제도는 실패한 정책이다\"라고 말했다.", ""),
        Arguments.of("이는 이 문제를 풀기 위한 기술이다.", ""),
        // Where a subject stands now is narrative; "…한 상태를 말한다" still defines.
        Arguments.of("공동개발국인 가상국은 분담금을 줄이는 대신 기술 이전을 축소하는 데 합의한 상태다.", ""),
        Arguments.of("두 노조는 교섭이 석 달째 멈춘 상황이다.", ""),
        Arguments.of("휴면계좌는 일정 기간 거래가 없어 묶인 상태를 말한다.", "휴면계좌 => 일정 기간 거래가 없어 묶인 상태"),
        Arguments.of(
            "A heat battery is a tank of material that stores warmth for use hours later.",
            "heat battery => A tank of material that stores warmth for use hours later"),
        Arguments.of(
            "The case turns on a so-called tower dump, which hands police every phone seen by a mast.",
            "tower dump => Hands police every phone seen by a mast"),
        Arguments.of(
            "The lawyers leaned on the plain-view rule, the idea that officers may seize what they"
                + " can openly see.",
            "plain-view rule => The idea that officers may seize what they can openly see"),
        Arguments.of(
            "The survey looks for specks of metal carried by the river into the bay, known as placer"
                + " gold, in old beds.",
            "placer gold => Specks of metal carried by the river into the bay"),
        Arguments.of("Jane Moss is a reporter based in Leeds.", ""),
        Arguments.of(
            "The so-called carry spread, which measures what a trader earns for holding a bond,"
                + " rose to 0.4% on Friday, according to the exchange.",
            "carry spread => Measures what a trader earns for holding a bond"),
        Arguments.of(
            "The board ended the balance runoff, the process of shrinking its $6.5 trillion bond"
                + " holdings by letting them mature.",
            "balance runoff => The process of shrinking its $6.5 trillion bond holdings by letting"
                + " them mature"),
        Arguments.of(
            "The bigger story may be the reporting itself, the process that let it reach print.",
            ""),
        Arguments.of(
            "Keep toys to a minimum, the idea of where to put them all can become a worry.", ""),
        Arguments.of("만일 그가 했던 '가택침입'이 사실이라면 문제가 된다.", ""),
        Arguments.of(
            "The inquiry is the first step taken by the harbor board under the new ferry law.", ""),
        Arguments.of("The festival is a target for protest, with ten marchers already held.", ""),
        Arguments.of(
            "The yield curve is a chart that plots what bonds of each length pay investors.",
            "yield curve => A chart that plots what bonds of each length pay investors"),
        Arguments.of("mode which is a long list of what sort of file is being loaded.", ""),
        Arguments.of("The first thing is the change of how the menu screen looks:", ""),
        Arguments.of(
            "Dirty air is a consequence of natural and human factors, and many cities face it.",
            ""),
        Arguments.of(
            "The formation of galaxies is a complex dance between matter and energy over eons.",
            ""),
        Arguments.of("The main problem is the cost of running the old plant for ten years.", ""),
        Arguments.of(
            "The entire report is a longer version of a note that the board sent in May.", ""),
        Arguments.of(
            "The current fight is a quarrel between two firms that both use the harbor name.", ""),
        Arguments.of("The day off is the dividend, not the point.", ""),
        Arguments.of(
            "Radio dishes pick up faint signals from sources such as the spinning cores of dead"
                + " stars, known as pulsars, and cold gas.",
            "pulsars => Spinning cores of dead stars"),
        Arguments.of(
            "Police said the pills were believed to contain a banned dye, known as Red 9, and"
                + " chalk.",
            ""),
        Arguments.of(
            "A step beyond plain illustration are the lifelike paper flowers made by the guild.",
            ""),
        Arguments.of(
            "The method presented above is a simple method that flags spikes in errors early.", ""),
        Arguments.of("The name refers to the old canal dug by the first settlers.", ""),
        Arguments.of(
            "One branch of this network, known as Grey Heron, reads number plates at the gates.",
            ""));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void definitions_table(String sentence, String expected) {
    String actual =
        String.join(
            "; ",
            ArticleDefinitions.definitions(sentence).stream()
                .map(d -> d.term() + " => " + d.definition())
                .toList());
    assertThat(actual).isEqualTo(expected);
  }

  @Test
  void orPairs_giveAcronymAliases_andGlosses() {
    List<GlossaryEntry> entries =
        ArticleDefinitions.find(
                List.of(
                    "The plant would make sodium nickel chloride, or SNC, cells for grid storage.",
                    "The price, known as the JKM, or Japan-Korea Marker, rose.",
                    "Britain's productivity, or output per hour worked, has barely grown.",
                    "Six rovers fly under the Small Rover Carriage Services program, or SRCS, in"
                        + " which the agency buys rides from companies."),
                TEXT,
                "en")
            .entries();

    assertThat(entries)
        .extracting(GlossaryEntry::term, GlossaryEntry::definition)
        .contains(
            org.assertj.core.groups.Tuple.tuple("SNC", "sodium nickel chloride"),
            org.assertj.core.groups.Tuple.tuple("JKM", "Japan-Korea Marker"),
            org.assertj.core.groups.Tuple.tuple("productivity", "Output per hour worked"),
            org.assertj.core.groups.Tuple.tuple(
                "SRCS",
                "Small Rover Carriage Services, in which the agency buys rides from companies"));
    assertThat(entries.stream().filter(ArticleDefinitions::isExpansion).map(GlossaryEntry::term))
        .containsExactlyInAnyOrder("SNC", "JKM");
  }

  @Test
  void orPairs_anExpansionNeverOpensWithAGlueWord() {
    List<GlossaryEntry> entries =
        ArticleDefinitions.find(
                List.of(
                    "The state's Animal and Plant Health Inspection Service, or APHIS, noted it."),
                TEXT,
                "en")
            .entries();

    assertThat(entries)
        .extracting(e -> e.term() + " => " + e.definition())
        .containsExactly("APHIS => Animal and Plant Health Inspection Service");
  }

  @Test
  void orPairs_inAList_orRunningIntoTheNextSentence_defineNothing() {
    List<GlossaryEntry> entries =
        ArticleDefinitions.find(
                List.of(
                    "When cells are scrubbed, sloughed, or acid-burned to oblivion, skin suffers.",
                    "It is not a place to send people we want to promote or whatever, or teach."
                        + " Maybe in the second wave, not the first.",
                    "A modder could put nests at high elevations, or only near water, or by ore.",
                    "Crews stood at the steepest slopes, or near the old quarry walls, all day.",
                    "Attackers could inject them, or upload malicious client-side scripts, at will.",
                    "Rivals such as each other, or bigger tech companies, crowd the market.",
                    "They hope to keep their council majority, or win a new county one, in May.",
                    "The bank began balance-sheet runoff, or shrinking the bonds it holds, in June.",
                    "Whether you plan a family camping trip, or are walking the coast path, pack"
                        + " light.",
                    "Ports may log the ship's call sign, or operating system you use, each day.",
                    "If the lights work incorrectly, or some switch used to work, tell us.",
                    "Headers travel in requests, or received in replies, with limits.",
                    "Troops fired along the de facto border, or the Line of Control, at dawn.",
                    "Not that the clerk was quite idle, or averse to his desk work then; far from it.",
                    "The worry is stagflation, or slow growth with rising prices, this year.",
                    "The gloss stays: its productivity, or output per hour worked, fell.",
                    "Some games charge you to keep racing, or unlock parts of the map, for a fee.",
                    "If you want to build on routines, or bring home a calmer evening, try it."),
                TEXT,
                "en")
            .entries();

    assertThat(entries)
        .extracting(GlossaryEntry::term)
        .containsExactly("runoff", "stagflation", "productivity");
  }

  @Test
  void aPageOfThousandsOfExpansions_teachesABoundedNumberOfTerms() {
    List<String> sentences = new java.util.ArrayList<>();
    for (int i = 0; i < 3000; i++) {
      sentences.add("항만운영위원회" + i + "(HOC" + i + ")가 열렸다.");
    }

    ArticleDefinitions.Found found = ArticleDefinitions.find(sentences, TEXT, "ko");

    assertThat(found.entries()).hasSize(ArticleDefinitions.MAX_LEARNED);
    assertThat(found.aliases().size()).isLessThanOrEqualTo(4 * ArticleDefinitions.MAX_LEARNED);
    assertThat(found.entries().get(0).term()).isEqualTo("HOC0");
  }

  @Test
  void aDefinedPrintedTerm_replacesTheBareExpansionOfItsAcronym() {
    List<GlossaryEntry> entries =
        ArticleDefinitions.find(
                List.of("소형원자로(SMR)는 주요 기기를 한 용기에 넣어 공장에서 만드는 원자로를 말한다."), TEXT, "ko")
            .entries();

    assertThat(entries).extracting(GlossaryEntry::term).containsExactly("소형원자로(SMR)");
    assertThat(entries.get(0).aliases()).containsExactly("소형원자로", "SMR");
  }
}
