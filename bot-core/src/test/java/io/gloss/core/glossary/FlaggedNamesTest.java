package io.gloss.core.glossary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/** The flagged names are found as the pattern's own find() loop finds them. */
class FlaggedNamesTest {
  private static List<String> byFind(String body) {
    List<String> names = new ArrayList<>();
    Matcher m = GlossaryTermExplainer.FLAGGED.matcher(body);
    while (m.find()) {
      for (int g = 1; g <= 3; g++) {
        if (m.group(g) != null) {
          names.add(m.group(g));
        }
      }
    }
    return names;
  }

  @Test
  void namesSetApart_areFound() {
    String text =
        "이른바 '소버린 AI'가 화두다. 정부는 ‘반도체 특별법’을 냈다. The so-called dark pool rules"
            + " and So-Called carry trade, 'quoted term' and it's done.";

    assertThat(GlossaryTermExplainer.flaggedNames(text))
        .containsExactly("소버린 AI", "반도체 특별법", "dark pool rules and", "carry trade", "quoted term");
  }

  @Test
  void sameNamesAsTheFindLoop_onMixedText() {
    List<String> pieces =
        List.of(
            "이른바",
            "이른바 '",
            "이것은",
            "'",
            "‘",
            "’",
            "\"",
            "“",
            "”",
            "so-called",
            "SO-CALLED",
            "so",
            "called",
            "sovereign",
            "It's",
            "dogs'",
            "시장",
            "금리",
            "market",
            ",",
            ".",
            "x");
    Random random = new Random(5);
    int found = 0;
    for (int i = 0; i < 20_000; i++) {
      StringBuilder text = new StringBuilder();
      int n = 1 + random.nextInt(12);
      for (int k = 0; k < n; k++) {
        text.append(pieces.get(random.nextInt(pieces.size())));
        text.append(random.nextInt(3) == 0 ? "" : " ");
      }
      String sample = text.toString();
      List<String> expected = byFind(sample);
      assertThat(GlossaryTermExplainer.flaggedNames(sample)).as(sample).isEqualTo(expected);
      found += expected.size();
    }
    assertThat(found).isGreaterThan(1_000);
  }
}
