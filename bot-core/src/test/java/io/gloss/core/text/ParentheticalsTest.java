package io.gloss.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ParentheticalsTest {

  /** Sentence, expected pairs as "term=expansion/KIND" joined by "; " (empty: none). */
  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of("국내총생산(GDP)이 늘었다.", "GDP=국내총생산/ACRONYM"),
        Arguments.of("과학기술정보통신부(과기정통부)는 밝혔다.", "과기정통부=과학기술정보통신부/ABBREVIATION"),
        Arguments.of("과기정통부(과학기술정보통신부)는 밝혔다.", "과기정통부=과학기술정보통신부/ABBREVIATION"),
        Arguments.of("APEC(아시아태평양경제협력체) 회의가 열렸다.", "APEC=아시아태평양경제협력체/ACRONYM"),
        Arguments.of("풀스택(Full Stack) 역량이다.", "풀스택=Full Stack/TRANSLATION"),
        Arguments.of("소버린 AI(Sovereign AI) 정책", "소버린 AI=Sovereign AI/TRANSLATION"),
        Arguments.of("정부의 AI(Artificial Intelligence) 정책", ""),
        Arguments.of(
            "the Congressional Research Service (CRS) said",
            "CRS=Congressional Research Service/ACRONYM"),
        Arguments.of("the Bank of Korea (BOK) held rates", "BOK=Bank of Korea/ACRONYM"),
        // The words an expansion may span are read back from the bracket, however long the text.
        Arguments.of(
            "word ".repeat(500) + "the Harbor Patrol Air and Marine Operations (AMO) found it",
            "AMO=Air and Marine Operations/ACRONYM"),
        Arguments.of("the committee (CRS) said", ""),
        Arguments.of(
            "Harbor Patrol Air and Marine Operations (AMO) found the boat",
            "AMO=Air and Marine Operations/ACRONYM"),
        Arguments.of("the patrol and Marine Operations (AMO) found", ""),
        Arguments.of(
            "attacks by the Jamaat-e-Harbor Council (JHC) rose",
            "JHC=Jamaat-e-Harbor Council/ACRONYM"),
        Arguments.of(
            "said The Harbor and Ferry Institute (THFI) on Monday",
            "THFI=The Harbor and Ferry Institute/ACRONYM"),
        Arguments.of(
            "Back home, Bank of Harbor's (BoH) decision is due", "BoH=Bank of Harbor/ACRONYM"),
        Arguments.of("장관이 브리핑했다.(과기정통부 제공)", ""),
        Arguments.of("배경훈 장관(53)은 말했다.", ""),
        Arguments.of("미국(현지시간) 발표", ""),
        Arguments.of("서울(종합) 기사", ""),
        // A multi-word Korean name keeps all its words, and only them.
        Arguments.of("정부는 비지상 네트워크(NTN) 기술을 시험한다.", "NTN=비지상 네트워크/ACRONYM"),
        Arguments.of("아시아태평양 경제협력체(APEC) 정상회의가 열렸다.", "APEC=아시아태평양 경제협력체/ACRONYM"),
        Arguments.of("새로 발표된 국제 원자력 기구(IAEA) 보고서", "IAEA=국제 원자력 기구/ACRONYM"),
        Arguments.of("한은이 중앙은행 디지털화폐(CBDC) 실험을 마쳤다.", "CBDC=중앙은행 디지털화폐/ACRONYM"),
        Arguments.of("올해 국내총생산(GDP)이 늘었다.", "GDP=국내총생산/ACRONYM"),
        Arguments.of("인공지능(AI)과 그래픽처리장치(GPU)", "AI=인공지능/ACRONYM; GPU=그래픽처리장치/ACRONYM"),
        // A verb joining two clauses is not the first word of the name after it.
        Arguments.of("칩을 쌓고 실리콘관통전극(TSV)으로 잇는다.", "TSV=실리콘관통전극/ACRONYM"),
        Arguments.of("협약을 맺고 공동연구센터(JRC)를 연다.", "JRC=공동연구센터/ACRONYM"),
        Arguments.of("규제가 있고 데이터 거래소(DX)는 없다.", "DX=데이터 거래소/ACRONYM"),
        // A noun ending in 고 stays part of the name.
        Arguments.of("정부는 물류 창고 관리시스템(WMS)을 바꾼다.", "WMS=물류 창고 관리시스템/ACRONYM"),
        // What a thing is for, where it comes from, and a clause's adverb are not in its name.
        Arguments.of("업체들은 서버용 고대역폭메모리(HBM) 공급을 늘린다.", "HBM=고대역폭메모리/ACRONYM"),
        Arguments.of("국산 신경망처리장치(NPU)가 쓰였다.", "NPU=신경망처리장치/ACRONYM"),
        Arguments.of("반면 인공지능(AI) 예산은 늘었다.", "AI=인공지능/ACRONYM"),
        Arguments.of("경남 사천의 한국항공우주산업(KAI) 공장", "KAI=한국항공우주산업/ACRONYM"),
        Arguments.of("경남 사천 한국항공우주산업(KAI) 본사에서", "KAI=한국항공우주산업/ACRONYM"),
        Arguments.of("충남 아산 반도체 연구센터(SRC)를 찾았다.", "SRC=반도체 연구센터/ACRONYM"),
        // A hyphenated word is one word of the name; a number or a bare kind of thing is no name.
        Arguments.of("가장 눈에 띄는 분야는 항체-약물 접합체(ADC)다.", "ADC=항체-약물 접합체/ACRONYM"),
        Arguments.of("2나노 1세대(SF2) 공정 수율이 올랐다.", ""),
        Arguments.of("내년에는 2세대 공정(SF2P)을 양산한다.", ""));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void find_table(String sentence, String expected) {
    String actual =
        String.join(
            "; ",
            Parentheticals.find(sentence).stream()
                .map(p -> p.term() + "=" + p.expansion() + "/" + p.kind())
                .toList());
    assertThat(actual).isEqualTo(expected);
  }
}
