package io.gloss.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class HardTermFinderTest {
  private final HardTermFinder finder = new HardTermFinder(new KoreanWords());

  @Test
  void englishAcronyms_areCandidates_asTheyAreWrittenBetweenOtherCharacters() {
    List<String> sentences =
        List.of(
            "The IMF warned that COVID-19 relief and R&D credits would strain budgets.",
            "(NATO-led) forces, the ECB's staff and \"SWIFT\" codes were named; the IMF again.",
            "Common ones such as AI, CEO and TV are left out, as are iPhone and Mr Smith.",
            "ABCDEFGHIJK is too long to be an acronym; X alone too short; eBay is not one.");

    List<String> terms = finder.find(sentences, 10);

    assertThat(terms)
        .containsExactlyInAnyOrder("IMF", "COVID-19", "R&D", "NATO-led", "ECB", "SWIFT");
    assertThat(terms.get(0)).isEqualTo("IMF"); // seen twice, and first
  }

  @Test
  void aPageLongRunOfSyllables_isNoTerm() {
    // A hostile page: one "word" of thousands of syllables, which Nori cuts into many pieces.
    String run = "가나다라마바사아자차카타파하".repeat(400);

    List<String> terms = finder.find(List.of("정부는 " + run + " 계획을 밝혔다."), 8);

    assertThat(terms).allSatisfy(term -> assertThat(term.length()).isLessThanOrEqualTo(40));
  }

  @Test
  void sentencesWithoutParentheses_orAcronyms_giveNothing() {
    assertThat(finder.find(List.of("A plain sentence, with nothing to explain at all."), 8))
        .isEmpty();
  }
}
