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
    String normalized = Normalizer.normalize(term, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    StringBuilder key = new StringBuilder(normalized.length());
    normalized.codePoints().filter(Character::isLetterOrDigit).forEach(key::appendCodePoint);
    return key.toString();
  }
}
