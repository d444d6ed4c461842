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
    if (isPlain(term)) {
      // ASCII and precomposed Hangul syllables are already in NFKC: most terms, read by the
      // thousand when the glossary loads, skip the normalizer.
      StringBuilder key = new StringBuilder(term.length());
      for (int i = 0; i < term.length(); i++) {
        char c = term.charAt(i);
        if (c >= 'A' && c <= 'Z') {
          key.append((char) (c + ('a' - 'A')));
        } else if (Character.isLetterOrDigit(c)) {
          key.append(c);
        }
      }
      return key.toString();
    }
    String normalized = Normalizer.normalize(term, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    StringBuilder key = new StringBuilder(normalized.length());
    normalized.codePoints().filter(Character::isLetterOrDigit).forEach(key::appendCodePoint);
    return key.toString();
  }

  private static boolean isPlain(String term) {
    for (int i = 0; i < term.length(); i++) {
      char c = term.charAt(i);
      if (c >= 0x80 && (c < '가' || c > '힣')) {
        return false;
      }
    }
    return true;
  }
}
