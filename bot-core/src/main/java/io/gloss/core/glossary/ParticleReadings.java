package io.gloss.core.glossary;

import io.gloss.core.text.KoreanWords;
import io.gloss.core.text.Word;
import java.util.List;

/**
 * Whether a known Korean term that ends in a particle's syllable is really a shorter word and that
 * particle where the article writes it: {@code 지적도} (a cadastral map) in "…라는 지적도 나왔다" is {@code
 * 지적} + {@code 도}, {@code 신고가} (a record high) in "신고가 접수됐다" is {@code 신고} + {@code 가}. Nori reads
 * the sentence and decides; the text match alone cannot.
 */
final class ParticleReadings {
  /** Syllables that are particles of their own after a noun. */
  private static final String PARTICLES = "도가이은는을를의에와과로만";

  private ParticleReadings() {}

  /** Whether the term (a key) is one a particle reading could explain away. */
  static boolean mayBeWordAndParticle(String key) {
    if (key.length() < 3 || PARTICLES.indexOf(key.charAt(key.length() - 1)) < 0) {
      return false;
    }
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      if (c < '가' || c > '힣') {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether every place the sentences write the term (without spaces) Nori reads as a word one
   * syllable shorter followed by a particle; false when the text never writes it so.
   */
  static boolean readAsWordAndParticle(String key, List<String> sentences, KoreanWords korean) {
    boolean written = false;
    for (String sentence : sentences) {
      for (int at = sentence.indexOf(key); at >= 0; at = sentence.indexOf(key, at + key.length())) {
        written = true;
        if (!shorterWordAt(korean.words(sentence), at, key.length() - 1)) {
          return false;
        }
      }
    }
    return written;
  }

  /** Whether the first content word that starts at {@code at} is {@code length} long. */
  private static boolean shorterWordAt(List<Word> words, int at, int length) {
    for (Word word : words) {
      if (word.start() == at) {
        return word.end() - word.start() == length;
      }
    }
    return false;
  }
}
