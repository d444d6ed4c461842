package io.gloss.core.extract;

import org.jsoup.nodes.Element;

/**
 * A run of text between block boundaries (block elements or {@code <br><br>}).
 *
 * @param text the text, whitespace collapsed; single {@code <br>} become {@code \n}
 * @param linkChars how many of its characters are inside links
 * @param owner the nearest block element that holds the text
 * @param weight its length with scripts weighed alike ({@link #weightOf}), computed once: the
 *     content finder, the end cut and the extractor's size check all read it
 */
record TextBlock(String text, int linkChars, Element owner, int weight) {

  TextBlock(String text, int linkChars, Element owner) {
    this(text, linkChars, owner, weightOf(text));
  }

  double linkDensity() {
    return text.isEmpty() ? 0 : (double) linkChars / text.length();
  }

  boolean isHeading() {
    String tag = owner.normalName();
    return tag.length() == 2
        && tag.charAt(0) == 'h'
        && tag.charAt(1) >= '1'
        && tag.charAt(1) <= '6';
  }

  /**
   * Length that weighs scripts alike: a Hangul, kana or Han character carries about as much as two
   * Latin letters.
   */
  static int weightOf(CharSequence text) {
    int weight = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 0x1100 && (Character.isIdeographic(c) || isHangulOrKana(c))) {
        weight += 2;
      } else if (!Character.isWhitespace(c)) {
        weight++;
      }
    }
    return weight;
  }

  private static boolean isHangulOrKana(char c) {
    return (c >= 0xAC00 && c <= 0xD7A3)
        || (c >= 0x3040 && c <= 0x30FF)
        || (c >= 0x1100 && c <= 0x11FF);
  }
}
