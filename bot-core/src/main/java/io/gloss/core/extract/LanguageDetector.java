package io.gloss.core.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Guesses the language of a text from its scripts (Hangul, kana, Han, Cyrillic...) and, for Latin
 * text, from the share of very common words. Returns an ISO 639-1 code or {@code und}.
 */
final class LanguageDetector {
  /**
   * Languages in the order that wins a tie. {@code Map.of} iterates in an order that changes from
   * one JVM run to the next, so a tie (Latin filler text hits English and French equally) gave a
   * different language on each run.
   */
  private static final List<String> TIE_ORDER = List.of("en", "de", "fr", "es", "pt", "it");

  private static final Map<String, Set<String>> STOPWORDS =
      Map.of(
          "en",
              Set.of(
                  "the", "and", "of", "to", "in", "is", "that", "for", "it", "was", "on", "with"),
          "de",
              Set.of(
                  "der", "die", "und", "das", "ist", "nicht", "mit", "den", "ein", "sich", "auf"),
          "fr", Set.of("le", "les", "et", "des", "est", "une", "dans", "pour", "que", "qui", "sur"),
          "es", Set.of("el", "los", "y", "que", "las", "una", "por", "con", "para", "del", "se"),
          "pt", Set.of("os", "que", "não", "uma", "para", "com", "do", "da", "em", "no", "na"),
          "it",
              Set.of("il", "che", "di", "della", "per", "una", "sono", "con", "non", "gli", "nel"));

  private static final Map<String, List<String>> LANGUAGES_BY_STOPWORD = languagesByStopword();

  private static final int LONGEST_STOPWORD =
      LANGUAGES_BY_STOPWORD.keySet().stream().mapToInt(String::length).max().orElse(0);

  private LanguageDetector() {}

  static String detect(String text) {
    int hangul = 0;
    int kana = 0;
    int han = 0;
    int cyrillic = 0;
    int arabic = 0;
    int latin = 0;
    int limit = Math.min(text.length(), 20_000);
    for (int i = 0; i < limit; i++) {
      char c = text.charAt(i);
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
        latin++; // first: most characters of most pages
      } else if (c >= 0xAC00 && c <= 0xD7A3) {
        hangul++;
      } else if (c >= 0x3040 && c <= 0x30FF) {
        kana++;
      } else if (Character.isIdeographic(c)) {
        han++;
      } else if (c >= 0x0400 && c <= 0x04FF) {
        cyrillic++;
      } else if (c >= 0x0600 && c <= 0x06FF) {
        arabic++;
      }
    }
    int letters = hangul + kana + han + cyrillic + arabic + latin;
    if (letters < 10) {
      return "und";
    }
    if (hangul * 4 >= letters) {
      return "ko";
    }
    if (kana > 0 && kana * 10 >= kana + han) {
      return "ja";
    }
    if (han * 3 >= letters) {
      return "zh";
    }
    if (cyrillic * 2 >= letters) {
      return "ru";
    }
    if (arabic * 2 >= letters) {
      return "ar";
    }
    return latinLanguage(text.substring(0, Math.min(limit, 5_000)));
  }

  /**
   * The language whose stop words are the largest share of the words (runs of letters), above 4 %.
   * Words are cut by a character loop, and only those short enough to be a stop word are looked up:
   * a regex split of the text cost more than the rest of the detection.
   */
  private static String latinLanguage(String text) {
    Map<String, Integer> hits = new HashMap<>();
    // As String.split counts: a text that opens with a non-letter has an empty first "word".
    int words = text.isEmpty() || !Character.isLetter(text.codePointAt(0)) ? 1 : 0;
    int i = 0;
    while (i < text.length()) {
      int cp = text.codePointAt(i);
      if (!Character.isLetter(cp)) {
        i += Character.charCount(cp);
        continue;
      }
      int start = i;
      while (i < text.length() && Character.isLetter(cp = text.codePointAt(i))) {
        i += Character.charCount(cp);
      }
      words++;
      if (i - start <= LONGEST_STOPWORD) {
        String word = text.substring(start, i).toLowerCase(Locale.ROOT);
        for (String language : LANGUAGES_BY_STOPWORD.getOrDefault(word, List.of())) {
          hits.merge(language, 1, Integer::sum);
        }
      }
    }
    String best = "und";
    double bestShare = 0.04;
    for (String language : TIE_ORDER) {
      double share = (double) hits.getOrDefault(language, 0) / words;
      if (share > bestShare) {
        bestShare = share;
        best = language;
      }
    }
    return best;
  }

  private static Map<String, List<String>> languagesByStopword() {
    Map<String, List<String>> byWord = new HashMap<>();
    STOPWORDS.forEach(
        (language, words) ->
            words.forEach(
                word -> byWord.computeIfAbsent(word, w -> new ArrayList<>()).add(language)));
    return Map.copyOf(byWord);
  }
}
