package io.gloss.core.glossary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TermMatcherTest {
  private static TermMatcher<String> matcher(String... spellings) {
    Map<String, String> map = new LinkedHashMap<>();
    for (String s : spellings) {
      map.put(s, s);
    }
    return new TermMatcher<>(map);
  }

  private static List<String> found(TermMatcher<String> m, String text) {
    return m.find(text).stream().map(x -> x.value() + "×" + x.count()).toList();
  }

  @Test
  void koreanTerms_matchHoweverSpaced_withParticles_longestFirst() {
    TermMatcher<String> m = matcher("기준금리", "금리", "스트레스 DSR", "DSR", "수율");

    assertThat(found(m, "한은은 기준 금리를 동결했다. 기준금리는 연 2.5%다. 금리가 오르면 스트레스DSR이 적용된다. 수율이 낮다."))
        .containsExactly("기준금리×2", "금리×1", "스트레스 DSR×1", "수율×1");
  }

  @Test
  void shortTerms_needWordEdges() {
    TermMatcher<String> m = matcher("전세", "AI", "ETF", "공매", "공매도");

    assertThat(found(m, "전 세계 전세계 시장에서 전세가 오른다.")).containsExactly("전세×1");
    assertThat(found(m, "Again the rain fell; AI chips and ETFs rose, 공매도는 제외."))
        .containsExactly("AI×1", "ETF×1", "공매도×1");
  }

  @Test
  void whenTheLongestTermDoesNotFitHere_aShorterOneThatStartsHereIsTried() {
    // In "supply chainsaw" the term "supply chain" would end inside a word: "supply" is taken
    // instead. "Supply chains" is a plural of it, and the longest term wins where it fits.
    TermMatcher<String> m = matcher("supply", "supply chain", "supply chain finance", "chain");

    assertThat(
            found(
                m,
                "The supply chainsaw maker cut supply. Supply chains held; supply chain finance grew."))
        .containsExactly("supply×2", "supply chain×1", "supply chain finance×1");
  }

  @Test
  void aTextReadOnce_isFoundByEachMatcherAsItsOwnStringWouldBe() {
    TermMatcher<String> finance = matcher("supply chain", "ETF", "기준금리");
    TermMatcher<String> health = matcher("influenza", "NHS", "수율");
    String text =
        "SUPPLY CHAINS strained; ETFs fell. Influenza cases rose at NHS trusts. 기준 금리와 수율이"
            + " 움직였다. 𝐀nd the ＥＴＦ tracker (full-width) too.";

    TermMatcher.Text read = TermMatcher.Text.of(text);

    assertThat(finance.find(read)).isEqualTo(finance.find(text));
    assertThat(health.find(read)).isEqualTo(health.find(text));
    assertThat(finance.find(read))
        .extracting(TermMatcher.Match::key)
        .containsExactly("supplychain", "etf", "기준금리");
    assertThat(finance.find(read).get(1).count()).isEqualTo(2); // "ETFs" and the full-width "ＥＴＦ"
    assertThat(health.find(read))
        .extracting(TermMatcher.Match::key)
        .containsExactly("influenza", "nhs", "수율");
  }

  @Test
  void manyTermsSharingTheirFirstLetters_areAllFound() {
    Map<String, String> spellings = new LinkedHashMap<>();
    for (int n = 0; n < 2_000; n++) {
      spellings.put("co term " + n, "co term " + n);
    }
    spellings.put("cost of capital", "cost of capital");
    TermMatcher<String> m = new TermMatcher<>(spellings);

    assertThat(m.size()).isEqualTo(2_001);
    assertThat(
            found(
                m, "The cost of capital rose; co term 1999 and co term 7 were cited, co term 19."))
        .containsExactly("cost of capital×1", "co term 1999×1", "co term 7×1", "co term 19×1");
  }

  @Test
  void anAcronym_isNotFoundInLowercaseText_whereItIsAnotherWord() {
    TermMatcher<String> m = matcher("PILOT", "WHO", "COVID-19", "heat pump");

    assertThat(
            found(
                m,
                "Firms ran four-day week pilots; who pays? The WHO and Covid-19 data, heat pumps."))
        .containsExactly("WHO×1", "COVID-19×1", "heat pump×1");
    // A spelling in lower case as well keeps the term found however it is written.
    assertThat(found(matcher("PILOT", "pilot"), "the pilot flew")).containsExactly("PILOT×1");
  }

  @Test
  void aSurnameThatSpellsAnAcronym_isTheNameAllThroughTheText_butTheAcronymInCapitalsStays() {
    TermMatcher<String> m = matcher("SWIFT");

    // Once "Jolene Swift" is named, "Swift's" and a sentence-opening "Swift" are her too.
    assertThat(
            found(m, "Swift's tour sold out. The singer Jolene Swift added dates. Swift smiled."))
        .isEmpty();
    assertThat(found(m, "Banks were cut off from SWIFT. The singer Jolene Swift said nothing."))
        .containsExactly("SWIFT×1");
    // "Anda's Game" names a story; "Nato's summit" is still the alliance.
    assertThat(found(matcher("ANDA", "NATO"), "She adapted Anda's Game. Anda smiled.")).isEmpty();
    assertThat(found(matcher("NATO"), "Nato's summit opened. Nato met again."))
        .containsExactly("NATO×2");
  }

  @Test
  void anAcronymWrittenAsAWord_afterACapitalizedWordMidSentence_isPartOfAName() {
    TermMatcher<String> m = matcher("SWIFT", "NATO");

    // "Taylor Swift" is not the payment network; "Nato" after a lower-case word, at the start of a
    // sentence or in capitals is the acronym.
    assertThat(found(m, "The list names Naomi Osaka and Taylor Swift among its members."))
        .isEmpty();
    assertThat(found(m, "Banks left SWIFT. Nato allies met, and the Nato summit ended."))
        .containsExactly("SWIFT×1", "NATO×2");
    assertThat(
            found(
                matcher("ANDA", "S&P 500"), "And a new study followed. The ANDA beat the S&P 500."))
        .containsExactly("ANDA×1", "S&P 500×1");
    TermMatcher<String> neo = matcher("NEO", "COVID-19");
    assertThat(found(neo, "Neo-bank startups grew like Neo. Covid-19 spread."))
        .containsExactly("COVID-19×1");
  }

  @Test
  void anAcronymsPlural_isNoPrefixOfAWord_andStaysAnAcronym() {
    TermMatcher<String> m = matcher("contract research organization", "CRO", "CROs");

    // "cross" is not "CROs" with a plural s, and "cros" in lower case is no acronym either.
    assertThat(found(m, "Talks on cross-border ties and cros stopped.")).isEmpty();
    assertThat(found(m, "Two CROs ran the trial; a CRO charges more."))
        .containsExactly("CROs×1", "CRO×1");
  }

  @Test
  void aCapitalizedMatch_runningOnIntoAnotherCapitalizedWord_isPartOfALongerName() {
    TermMatcher<String> m = matcher("Metropolitan Police", "TB", "inflation", "Federal Reserve");

    assertThat(
            found(
                m,
                "The Metropolitan Police Department said TB Joshua's church closed. Inflation"
                    + " Reduction Act funds flowed."))
        .isEmpty();
    // A title after the name, or a lower-case word, leaves the name itself.
    assertThat(
            found(
                m,
                "Federal Reserve Chair Jay Ames spoke. The Metropolitan Police said TB cases and"
                    + " inflation rose."))
        .containsExactly("Federal Reserve×1", "Metropolitan Police×1", "TB×1", "inflation×1");
  }

  @Test
  void aCommonNounWrittenWithACapitalInsideASentence_isAName() {
    TermMatcher<String> m = matcher("nuclear fission", "fission", "heat pump");

    assertThat(found(m, "Nightly users can test Fission by enabling it, and Heat Pump Co sells."))
        .isEmpty();
    assertThat(found(m, "Fission splits atoms. Plants use fission; heat pumps too."))
        .containsExactly("fission×2", "heat pump×1");
  }

  @Test
  void aOneLetterPrefix_isNotReadAcrossASpace() {
    TermMatcher<String> m = matcher("A-levels", "A-level", "T-bill");

    assertThat(found(m, "They reached a level of success, not a bill.")).isEmpty();
    assertThat(found(m, "She sat her A-levels and bought a T-bill."))
        .containsExactly("A-levels×1", "T-bill×1");
  }

  @Test
  void aTermEndingInADigit_isNotFoundInALongerNumber() {
    TermMatcher<String> m = matcher("M1", "G20", "HBM");

    assertThat(found(m, "The M16 plant, the G200 chip, M1 money and the G20 summit; HBM4 ships."))
        .containsExactly("M1×1", "G20×1", "HBM×1");
  }

  @Test
  void aNameWithAnApostrophe_isNotFoundInTheWordItsLettersSpell() {
    TermMatcher<String> m = matcher("Chang'e", "Xi'an", "O'Neill");

    assertThat(found(m, "A change of plan: the Chang'e 6 probe and Chang’e 7, xian and O’Neill."))
        .containsExactly("Chang'e×2", "O'Neill×1");
    // One spelling without the apostrophe keeps the term found without it.
    assertThat(found(matcher("Xi'an", "Xian"), "flights to Xian")).containsExactly("Xi'an×1");
  }

  @Test
  void nodesWithManyChildren_asciiAndOtherwise_findEveryTerm() {
    // The root and the "ca" node have many ASCII children (looked up in a table) beside
    // non-ASCII ones (looked up by search): all of them are found.
    TermMatcher<String> m =
        matcher(
            "café society",
            "cap rate",
            "carry trade",
            "cash flow",
            "catastrophe bond",
            "cb",
            "éclair",
            "ñandu",
            "β-blocker",
            "α-synuclein",
            "기준금리",
            "금리",
            "zero coupon");

    assertThat(
            found(
                m,
                "A café society of ñandu fans: carry trade, cap rate and cash flow; a catastrophe"
                    + " bond, β-blockers, α-synuclein, 기준금리 and a zero coupon éclair."))
        .containsExactly(
            "café society×1",
            "ñandu×1",
            "carry trade×1",
            "cap rate×1",
            "cash flow×1",
            "catastrophe bond×1",
            "β-blocker×1",
            "α-synuclein×1",
            "기준금리×1",
            "zero coupon×1",
            "éclair×1");
  }
}
