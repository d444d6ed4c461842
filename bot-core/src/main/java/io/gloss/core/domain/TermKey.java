package io.gloss.core.domain;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The normalized key of a glossary term, so that {@code 소버린AI}, {@code 소버린 AI}, {@code 소버린-AI} and
 * {@code ＳＯＶＥＲＥＩＧＮ ai} written in full width meet: Unicode NFKC, case folded, spaces and
 * punctuation removed.
 */
public final class TermKey {
  private TermKey() {}

  public static String of(String term) {
    StringBuilder key = new StringBuilder(term.length());
    // A space or line break is a normalization boundary (a starter nothing composes with), so a
    // text is keyed piece by piece: only the pieces with other characters than ASCII and Hangul
    // syllables go through the normalizer. An article with one curly quote no longer normalizes
    // all its text.
    int start = 0;
    while (start < term.length()) {
      int end = start + 1;
      while (end < term.length() && term.charAt(end) != ' ' && term.charAt(end) != '\n') {
        end++;
      }
      appendKey(term, start, end, key);
      start = end;
    }
    return key.toString();
  }

  private static void appendKey(String term, int start, int end, StringBuilder key) {
    if (isPlain(term, start, end)) {
      // ASCII and precomposed Hangul syllables are already in NFKC: most terms, read by the
      // thousand when the glossary loads, skip the normalizer.
      for (int i = start; i < end; i++) {
        char c = term.charAt(i);
        if (c >= 'A' && c <= 'Z') {
          key.append((char) (c + ('a' - 'A')));
        } else if (Character.isLetterOrDigit(c)) {
          key.append(c);
        }
      }
      return;
    }
    String normalized =
        Normalizer.normalize(term.substring(start, end), Normalizer.Form.NFKC)
            .toLowerCase(Locale.ROOT);
    normalized.codePoints().filter(Character::isLetterOrDigit).forEach(key::appendCodePoint);
  }

  private static boolean isPlain(String term, int start, int end) {
    for (int i = start; i < end; i++) {
      char c = term.charAt(i);
      if (c >= 0x80 && (c < '가' || c > '힣')) {
        return false;
      }
    }
    return true;
  }
}
