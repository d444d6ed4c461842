package io.gloss.core.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Content terms of a sentence for similarity: Korean nouns, Latin words and glossary terms through
 * Nori when the text has Hangul, stemmed English words otherwise. Thread-safe.
 */
public final class Words {
  private final KoreanWords korean;
  private final EnglishWords english;

  public Words(KoreanWords korean, EnglishWords english) {
    this.korean = Objects.requireNonNull(korean, "korean");
    this.english = Objects.requireNonNull(english, "english");
  }

  /** Words with a default Korean analyzer (no user terms) and English. */
  public Words() {
    this(new KoreanWords(), new EnglishWords());
  }

  public KoreanWords korean() {
    return korean;
  }

  /** Normalized content terms, in order, with repeats. */
  public List<String> terms(String text) {
    if (!hasHangul(text)) {
      return english.terms(text);
    }
    List<String> out = new ArrayList<>();
    for (Word word : korean.words(text)) {
      String lower = word.text().toLowerCase(Locale.ROOT);
      switch (word.kind()) {
        case FOREIGN -> {
          if (lower.length() >= 2 && !EnglishWords.STOPWORDS.contains(lower)) {
            out.add(EnglishWords.stem(lower));
          }
        }
        case NUMBER -> {}
        default -> {
          if (lower.length() >= 2) {
            out.add(lower);
          }
        }
      }
    }
    return out;
  }

  public static boolean hasHangul(String text) {
    return hasCharIn(text, '가', '힣');
  }

  /**
   * Chinese or Japanese: at least a third of the letters are Han ideographs or kana. Such text puts
   * no spaces between words, so its length is counted in characters, as Korean's is.
   */
  public static boolean writtenWithoutSpaces(String text) {
    int letters = 0;
    int ideographs = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ((c >= '\u3040' && c <= '\u30ff') || (c >= '\u4e00' && c <= '\u9fff')) {
        ideographs++;
        letters++;
      } else if (Character.isLetter(c)) {
        letters++;
      }
    }
    return ideographs > 0 && 3 * ideographs >= letters;
  }

  /** An ASCII digit, what a regex {@code \d} needs: a text without one skips number patterns. */
  public static boolean hasDigit(String text) {
    return hasCharIn(text, '0', '9');
  }

  private static boolean hasCharIn(String text, char first, char last) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= first && c <= last) {
        return true;
      }
    }
    return false;
  }
}
