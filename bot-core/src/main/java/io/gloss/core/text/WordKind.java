package io.gloss.core.text;

/** The kinds of content words the analyzers keep. */
public enum WordKind {
  /** A common noun (Nori NNG), or any content word of an English text. */
  NOUN,
  /** A proper noun (Nori NNP). */
  PROPER_NOUN,
  /** A word in Latin letters inside Korean text (Nori SL), e.g. {@code AI}, {@code APEC}. */
  FOREIGN,
  /** A number (Nori SN). */
  NUMBER,
  /** A word in Chinese characters (Nori SH). */
  HANJA,
  /** A term of the user dictionary (the glossary), kept whole. */
  USER_TERM
}
