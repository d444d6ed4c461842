package io.gloss.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class EnglishWordsTest {
  /** The definition of a word that the hand-written scanner follows. */
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’][\\p{L}]+)?");

  private final EnglishWords words = new EnglishWords();

  @Test
  void terms_lowerCasedStemmedWithoutStopwordsOrPossessives() {
    assertThat(words.terms("Britain's talks were talked about; the ministers’ talking went on."))
        .containsExactly("britain", "talk", "talk", "minister", "talk", "went");
    assertThat(words.terms("Samsung's HBM4 sales rose 21.3% in Q3")).contains("samsung", "hbm4");
  }

  @Test
  void scanner_findsExactlyTheWordsThePatternFinds() {
    String[] pieces = {
      "a", "Z", "é", "ß", "7", "²", "Ⅻ", "한", "國", "'", "’", " ", "-", ".", ",", "\u0301", "𝐀",
      "😀", "\uD800", "\uDC00", "_", "\t", "s", "don", "'t", "’s"
    };
    Random random = new Random(20261207);
    for (int round = 0; round < 20_000; round++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(16);
      for (int k = 0; k < length; k++) {
        text.append(pieces[random.nextInt(pieces.length)]);
      }
      assertThat(scanned(text.toString())).as("%s", text).isEqualTo(matched(text.toString()));
    }
  }

  private static List<String> scanned(String text) {
    List<String> out = new ArrayList<>();
    int end = 0;
    for (int start = EnglishWords.nextWord(text, 0);
        start >= 0;
        start = EnglishWords.nextWord(text, end)) {
      end = EnglishWords.wordEnd(text, start);
      out.add(text.substring(start, end));
    }
    return out;
  }

  private static List<String> matched(String text) {
    List<String> out = new ArrayList<>();
    Matcher matcher = WORD.matcher(text);
    while (matcher.find()) {
      out.add(matcher.group());
    }
    return out;
  }
}
