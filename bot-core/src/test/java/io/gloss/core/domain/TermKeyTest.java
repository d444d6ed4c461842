package io.gloss.core.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.gloss.core.glossary.BuiltinGlossary;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class TermKeyTest {
  /** The definition: NFKC, lower case, letters and digits only. */
  private static String reference(String term) {
    String normalized = Normalizer.normalize(term, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    StringBuilder key = new StringBuilder();
    normalized.codePoints().filter(Character::isLetterOrDigit).forEach(key::appendCodePoint);
    return key.toString();
  }

  @Test
  void spellingsMeet_howeverSpacedCasedOrWrittenInFullWidth() {
    assertThat(TermKey.of("소버린AI"))
        .isEqualTo(TermKey.of("소버린 AI"))
        .isEqualTo(TermKey.of("소버린-AI"))
        .isEqualTo(TermKey.of("소버린 ａｉ"))
        .isEqualTo("소버린ai");
    assertThat(TermKey.of("블록Ⅱ")).isEqualTo("블록ii");
    assertThat(TermKey.of("ﬁnancial")).isEqualTo("financial");
    assertThat(TermKey.of("Straße")).isEqualTo("straße");
    assertThat(TermKey.of("Café crème")).isEqualTo(reference("Café crème"));
  }

  @Test
  void theQuickPath_agreesWithTheDefinition_onEveryBuiltinSpelling() {
    List<String> spellings = new ArrayList<>();
    for (GlossaryEntry entry : BuiltinGlossary.shared().entries()) {
      spellings.add(entry.term());
      spellings.addAll(entry.aliases());
    }
    assertThat(spellings).hasSizeGreaterThan(10_000);
    List<String> differ = new ArrayList<>();
    for (String spelling : spellings) {
      if (!TermKey.of(spelling).equals(reference(spelling))) {
        differ.add(spelling);
      }
    }
    assertThat(differ).isEmpty();
  }

  @Test
  void aWholeText_isKeyedAsTheDefinitionKeysIt_pieceByPiece() {
    List<String> pieces =
        List.of(
            "The",
            "so-called",
            "“quantum",
            "advantage”",
            "isn’t",
            "Café",
            "e\u0301t\u00e9",
            "\u0301",
            "ﬁnancial",
            "ＡＩ",
            "Ⅱ",
            "ΟΔΟΣ",
            "Σ",
            "İstanbul",
            "소버린",
            "AI반도체",
            "①",
            "ｶﾀｶﾅ",
            "ᄒ",
            "ᅡ",
            "ᆫ",
            "㈜",
            "😀",
            "—",
            "x\u0327");
    java.util.Random random = new java.util.Random(11);
    for (int i = 0; i < 5_000; i++) {
      StringBuilder text = new StringBuilder();
      int n = 1 + random.nextInt(8);
      for (int k = 0; k < n; k++) {
        text.append(pieces.get(random.nextInt(pieces.size())));
        text.append(random.nextInt(4) == 0 ? "" : random.nextBoolean() ? " " : "\n");
      }
      String sample = text.toString();
      assertThat(TermKey.of(sample)).as(sample).isEqualTo(reference(sample));
    }
  }
}
