package io.gloss.core.domain;

/**
 * Cleans one line of page metadata (title, site, author, description) before anything stores or
 * prints it: invisible format characters that hide or reorder text (zero-width spaces and joiners,
 * word joiners, byte-order marks, bidi embeddings, overrides and isolates) and control characters
 * go, runs of white space become one space, and the length is capped (a 1 MB {@code <title>} would
 * otherwise reach every reply, the store and the cache).
 */
public final class MetadataText {

  /** Longest title kept; real headlines are far shorter. */
  public static final int MAX_TITLE = 300;

  /** Longest site name, author name. */
  public static final int MAX_NAME = 120;

  /** Longest description. */
  public static final int MAX_DESCRIPTION = 1_000;

  private MetadataText() {}

  /** The cleaned text, at most {@code max} characters (an ellipsis marks a cut). */
  public static String clean(String text, int max) {
    StringBuilder out = new StringBuilder(Math.min(text.length(), max + 1));
    boolean space = false;
    for (int i = 0; i < text.length() && out.length() <= max; ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (isInvisible(cp)) {
        continue;
      }
      if (Character.isWhitespace(cp) || Character.isSpaceChar(cp) || Character.isISOControl(cp)) {
        space = out.length() > 0;
        continue;
      }
      if (space) {
        out.append(' ');
        space = false;
      }
      out.appendCodePoint(cp);
    }
    if (out.length() <= max) {
      return out.toString();
    }
    int cut = max - 1;
    if (Character.isLowSurrogate(out.charAt(cut))
        && Character.isHighSurrogate(out.charAt(cut - 1))) {
      cut--;
    }
    return out.substring(0, cut).stripTrailing() + "…";
  }

  /** Zero-width and bidi format characters (Unicode category Cf), and soft hyphens. */
  static boolean isInvisible(int cp) {
    return Character.getType(cp) == Character.FORMAT
        || cp == 0x115F
        || cp == 0x1160
        || cp == 0x3164
        || cp == 0xFFA0;
  }
}
