package io.gloss.core.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A light English tokenizer: words in lower case, stopwords dropped, suffixes stemmed so that
 * {@code talks}, {@code talked} and {@code talking} meet. Stateless and thread-safe.
 */
public final class EnglishWords {

  static final Set<String> STOPWORDS =
      Set.of(
          "a",
          "about",
          "above",
          "after",
          "again",
          "against",
          "all",
          "also",
          "am",
          "an",
          "and",
          "any",
          "are",
          "as",
          "at",
          "be",
          "because",
          "been",
          "before",
          "being",
          "below",
          "between",
          "both",
          "but",
          "by",
          "can",
          "could",
          "did",
          "do",
          "does",
          "doing",
          "down",
          "during",
          "each",
          "few",
          "for",
          "from",
          "further",
          "had",
          "has",
          "have",
          "having",
          "he",
          "her",
          "here",
          "hers",
          "herself",
          "him",
          "himself",
          "his",
          "how",
          "i",
          "if",
          "in",
          "into",
          "is",
          "it",
          "its",
          "itself",
          "just",
          "me",
          "more",
          "most",
          "my",
          "myself",
          "no",
          "nor",
          "not",
          "now",
          "of",
          "off",
          "on",
          "once",
          "only",
          "or",
          "other",
          "our",
          "ours",
          "ourselves",
          "out",
          "over",
          "own",
          "said",
          "same",
          "says",
          "she",
          "should",
          "so",
          "some",
          "such",
          "than",
          "that",
          "the",
          "their",
          "theirs",
          "them",
          "themselves",
          "then",
          "there",
          "these",
          "they",
          "this",
          "those",
          "through",
          "to",
          "too",
          "under",
          "until",
          "up",
          "very",
          "was",
          "we",
          "were",
          "what",
          "when",
          "where",
          "which",
          "while",
          "who",
          "whom",
          "why",
          "will",
          "with",
          "would",
          "you",
          "your",
          "yours",
          "yourself",
          "mr",
          "mrs",
          "ms",
          "one",
          "two",
          "new",
          "last",
          "year",
          "years",
          "told",
          "according",
          "may",
          "might",
          "must",
          "s");

  /** Content words, lower-cased and stemmed, in order. */
  public List<String> terms(String text) {
    List<String> out = new ArrayList<>();
    int end = 0;
    for (int start = nextWord(text, 0); start >= 0; start = nextWord(text, end)) {
      end = wordEnd(text, start);
      String word = text.substring(start, end).toLowerCase(Locale.ROOT).replace('’', '\'');
      int apostrophe = word.indexOf('\'');
      if (apostrophe > 0) {
        word = word.substring(0, apostrophe); // Britain's -> britain, don't -> don
      }
      if (word.length() < 2 || STOPWORDS.contains(word)) {
        continue;
      }
      out.add(stem(word));
    }
    return out;
  }

  /**
   * Whether every word of the phrase is a function word ("where", "them", "each other"): no term an
   * article could define.
   */
  public static boolean onlyFunctionWords(String phrase) {
    String[] words = phrase.strip().toLowerCase(Locale.ROOT).split("[\\s\\-]+");
    for (String word : words) {
      if (!STOPWORDS.contains(word)) {
        return false;
      }
    }
    return words.length > 0;
  }

  /*
   * A word is what the pattern [\p{L}\p{N}]+(?:['’]\p{L}+)? matches: letters and numbers, then
   * perhaps an apostrophe and letters ("Britain's"). Scanned by hand: the pattern was a third of the
   * tokenizer's time, which the summarizer runs on every sentence.
   */

  /** Where the next word starts at or after {@code from}, or -1. */
  static int nextWord(String text, int from) {
    int i = from;
    while (i < text.length()) {
      int c = text.codePointAt(i);
      if (isLetterOrNumber(c)) {
        return i;
      }
      i += Character.charCount(c);
    }
    return -1;
  }

  /** Where the word starting at {@code start} ends. */
  static int wordEnd(String text, int start) {
    int i = start;
    while (i < text.length()) {
      int c = text.codePointAt(i);
      if (!isLetterOrNumber(c)) {
        break;
      }
      i += Character.charCount(c);
    }
    if (i < text.length() && (text.charAt(i) == '\'' || text.charAt(i) == '’')) {
      int after = i + 1;
      while (after < text.length()) {
        int c = text.codePointAt(after);
        if (!Character.isLetter(c)) {
          break;
        }
        after += Character.charCount(c);
      }
      if (after > i + 1) {
        return after;
      }
    }
    return i;
  }

  /** \p{L} or \p{N}, with ASCII answered first. */
  private static boolean isLetterOrNumber(int c) {
    if (c < 128) {
      return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }
    if (Character.isLetter(c)) {
      return true;
    }
    int type = Character.getType(c);
    return type == Character.DECIMAL_DIGIT_NUMBER
        || type == Character.LETTER_NUMBER
        || type == Character.OTHER_NUMBER;
  }

  /**
   * A small suffix stripper (plural, -ed, -ing, -ly, -ies), enough to match inflected forms within
   * one article; not a full Porter stemmer.
   */
  static String stem(String word) {
    if (word.length() <= 3 || !allLetters(word)) {
      return word;
    }
    String w = word;
    if (w.endsWith("ies") && w.length() > 4) {
      w = w.substring(0, w.length() - 3) + "y";
    } else if (w.endsWith("sses")) {
      w = w.substring(0, w.length() - 2);
    } else if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
      w = w.substring(0, w.length() - 1);
    }
    if (w.endsWith("ing") && hasVowel(w.substring(0, w.length() - 3)) && w.length() >= 6) {
      w = undouble(w.substring(0, w.length() - 3));
    } else if (w.endsWith("ed") && hasVowel(w.substring(0, w.length() - 2)) && w.length() >= 5) {
      w = undouble(w.substring(0, w.length() - 2));
    } else if (w.endsWith("ly") && w.length() >= 6) {
      w = w.substring(0, w.length() - 2);
    }
    if (w.endsWith("e") && w.length() > 4) {
      w = w.substring(0, w.length() - 1); // decide/decided/deciding -> decid
    }
    return w;
  }

  private static boolean allLetters(String word) {
    for (int i = 0; i < word.length(); i++) {
      if (!Character.isLetter(word.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean hasVowel(String s) {
    for (int i = 0; i < s.length(); i++) {
      if ("aeiouy".indexOf(s.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }

  private static String undouble(String s) {
    int n = s.length();
    if (n >= 3 && s.charAt(n - 1) == s.charAt(n - 2) && "lsz".indexOf(s.charAt(n - 1)) < 0) {
      return s.substring(0, n - 1);
    }
    return s;
  }
}
