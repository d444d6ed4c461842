package io.gloss.core.llm;

import java.util.Locale;
import java.util.Set;

/** A cheap script test for "is this text in the language we asked for". */
final class LanguageCheck {
  private static final Set<String> LATIN =
      Set.of(
          "en", "de", "fr", "es", "it", "pt", "nl", "sv", "da", "no", "fi", "pl", "cs", "tr", "id",
          "vi", "ro", "hu");

  private LanguageCheck() {}

  /** False only when the text is clearly in another script; unknown languages always pass. */
  static boolean looksLike(String text, String language) {
    String code = language.toLowerCase(Locale.ROOT);
    if (code.startsWith("ko")) {
      return share(text, Character.UnicodeScript.HANGUL) > 0.2;
    }
    if (code.startsWith("ja")) {
      return share(text, Character.UnicodeScript.HIRAGANA)
              + share(text, Character.UnicodeScript.KATAKANA)
              + share(text, Character.UnicodeScript.HAN)
          > 0.2;
    }
    if (code.startsWith("zh")) {
      return share(text, Character.UnicodeScript.HAN) > 0.2;
    }
    if (LATIN.contains(code)) {
      return share(text, Character.UnicodeScript.LATIN) > 0.5;
    }
    return true;
  }

  private static double share(String text, Character.UnicodeScript script) {
    long letters = text.codePoints().filter(Character::isLetter).count();
    if (letters == 0) {
      return 0;
    }
    long inScript =
        text.codePoints()
            .filter(Character::isLetter)
            .filter(c -> Character.UnicodeScript.of(c) == script)
            .count();
    return (double) inScript / letters;
  }
}
