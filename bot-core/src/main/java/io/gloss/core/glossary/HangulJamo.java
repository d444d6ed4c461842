package io.gloss.core.glossary;

/**
 * Hangul syllables taken apart into jamo, so that near misses are measured by keystrokes: {@code
 * 소버린} and {@code 소버른} differ by one vowel, and a half-typed {@code 솝} is a prefix of {@code 소버린}.
 */
final class HangulJamo {
  private HangulJamo() {}

  private static final char[] LEADS = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ".toCharArray();
  private static final char[] VOWELS = "ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ".toCharArray();
  private static final String[] TAILS = {
    "", "ㄱ", "ㄲ", "ㄳ", "ㄴ", "ㄵ", "ㄶ", "ㄷ", "ㄹ", "ㄺ", "ㄻ", "ㄼ", "ㄽ", "ㄾ", "ㄿ", "ㅀ", "ㅁ", "ㅂ", "ㅄ",
    "ㅅ", "ㅆ", "ㅇ", "ㅈ", "ㅊ", "ㅋ", "ㅌ", "ㅍ", "ㅎ"
  };

  /** Each Hangul syllable replaced by its jamo; other characters kept. */
  static String decompose(String text) {
    StringBuilder out = new StringBuilder(text.length() * 3);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '가' && c <= '힣') {
        int index = c - '가';
        out.append(LEADS[index / 588]).append(VOWELS[(index % 588) / 28]).append(TAILS[index % 28]);
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** Levenshtein distance, stopping early above {@code max} (then returns {@code max + 1}). */
  static int distance(String a, String b, int max) {
    if (Math.abs(a.length() - b.length()) > max) {
      return max + 1;
    }
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      int rowMin = current[0];
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        current[j] =
            Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
        rowMin = Math.min(rowMin, current[j]);
      }
      if (rowMin > max) {
        return max + 1;
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
