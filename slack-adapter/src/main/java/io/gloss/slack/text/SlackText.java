package io.gloss.slack.text;

import java.text.BreakIterator;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Makes untrusted text (article titles, bullets, LLM output, user input echoed back) safe for Slack
 * mrkdwn: it can never ping anyone, never form a link, and fits the limits without broken
 * characters.
 *
 * <p>Slack only interprets {@code &}, {@code <} and {@code >} as control characters in mrkdwn;
 * escaping them turns {@code <!channel>}, {@code <@U123>}, {@code <#C1>}, {@code <!subteam^S1>} and
 * {@code <https://evil|https://bank.com>} into inert text. Plain {@code @here}-style words are also
 * broken with a word joiner, in case a message is ever sent with {@code link_names}.
 */
public final class SlackText {
  /** The ellipsis appended to trimmed text. */
  public static final String ELLIPSIS = "…";

  private static final Pattern AT_BROADCAST =
      Pattern.compile("@(?=(?:here|channel|everyone)\\b)", Pattern.CASE_INSENSITIVE);
  private static final char WORD_JOINER = '\u2060';

  private SlackText() {}

  /**
   * Removes bidi controls (U+202A–U+202E, U+2066–U+2069, U+200E, U+200F, U+061C), other control
   * characters except newline and tab, and lone surrogates.
   */
  public static String clean(String text) {
    StringBuilder out = new StringBuilder(text.length());
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        out.append(c).append(text.charAt(i + 1));
        i += 2;
        continue;
      }
      i++;
      if (Character.isSurrogate(c) || isBidiControl(c)) {
        continue;
      }
      if (c == '\r') {
        continue;
      }
      if (Character.isISOControl(c) && c != '\n' && c != '\t') {
        continue;
      }
      out.append(c);
    }
    return out.toString();
  }

  static boolean isBidiControl(char c) {
    return (c >= '\u202A' && c <= '\u202E')
        || (c >= '\u2066' && c <= '\u2069')
        || c == '\u200E'
        || c == '\u200F'
        || c == '\u061C';
  }

  /** Escapes {@code & < >} as Slack requires and breaks {@code @here}-style broadcast words. */
  public static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        default -> out.append(c);
      }
    }
    return AT_BROADCAST.matcher(out).replaceAll("@" + WORD_JOINER);
  }

  /** {@link #clean} then {@link #escape}: the one call for untrusted text. */
  public static String safe(String text) {
    return escape(clean(text));
  }

  /** Untrusted text on one line (newlines and tabs become spaces), made safe. */
  public static String safeLine(String text) {
    return safe(text.replaceAll("[\\r\\n\\t]+", " ").strip());
  }

  /**
   * Makes untrusted text safe and fits it into {@code maxChars} (counted after escaping), cutting
   * on a grapheme boundary and appending {@link #ELLIPSIS} when it had to cut.
   */
  public static String fit(String text, int maxChars) {
    String safe = safe(text);
    if (safe.length() <= maxChars) {
      return safe;
    }
    // Cut the clean text, then escape: escaping never happens inside an entity this way.
    String clean = clean(text);
    int budget = maxChars - ELLIPSIS.length();
    int lo = 0;
    int hi = clean.length();
    while (lo < hi) { // largest prefix length whose escaped form fits
      int mid = (lo + hi + 1) >>> 1;
      if (escape(clean.substring(0, mid)).length() <= budget) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    int cut = graphemeCut(clean, lo);
    return escape(clean.substring(0, cut).stripTrailing()) + ELLIPSIS;
  }

  /**
   * Fits text that is already safe mrkdwn (built by the renderer) into {@code maxChars}, cutting on
   * a grapheme boundary outside any entity or {@code <…>} link.
   */
  public static String fitMrkdwn(String mrkdwn, int maxChars) {
    if (mrkdwn.length() <= maxChars) {
      return mrkdwn;
    }
    int cut = graphemeCut(mrkdwn, maxChars - ELLIPSIS.length());
    int amp = mrkdwn.lastIndexOf('&', cut - 1);
    if (amp >= 0 && mrkdwn.indexOf(';', amp) >= cut) {
      cut = amp;
    }
    int open = mrkdwn.lastIndexOf('<', cut - 1);
    if (open >= 0 && mrkdwn.lastIndexOf('>', cut - 1) < open) {
      cut = open;
    }
    return mrkdwn.substring(0, cut).stripTrailing() + ELLIPSIS;
  }

  /**
   * The largest cut position {@code <= max} that does not split a grapheme: no broken surrogate
   * pair, combining mark, emoji ZWJ sequence, skin-tone modifier or flag.
   */
  public static int graphemeCut(String text, int max) {
    if (max >= text.length()) {
      return text.length();
    }
    if (max <= 0) {
      return 0;
    }
    BreakIterator graphemes = BreakIterator.getCharacterInstance(Locale.ROOT);
    graphemes.setText(text);
    int cut = graphemes.isBoundary(max) ? max : graphemes.preceding(max);
    while (cut > 0 && !safeCut(text, cut)) {
      cut = graphemes.preceding(cut);
    }
    return Math.max(cut, 0);
  }

  private static boolean safeCut(String text, int cut) {
    if (cut >= text.length()) {
      return true;
    }
    if (Character.isLowSurrogate(text.charAt(cut))) {
      return false;
    }
    int before = text.codePointBefore(cut);
    int after = text.codePointAt(cut);
    if (before == 0x200D || after == 0x200D) {
      return false; // inside a ZWJ sequence
    }
    if ((after >= 0xFE00 && after <= 0xFE0F) || (after >= 0x1F3FB && after <= 0x1F3FF)) {
      return false; // variation selector or skin tone belongs to the previous emoji
    }
    if (after >= 0xE0020 && after <= 0xE007F) {
      return false; // tag sequence (subdivision flags)
    }
    int type = Character.getType(after);
    if (type == Character.NON_SPACING_MARK
        || type == Character.ENCLOSING_MARK
        || type == Character.COMBINING_SPACING_MARK) {
      return false;
    }
    if (isRegionalIndicator(before) && isRegionalIndicator(after)) {
      int run = 0;
      int i = cut;
      while (i > 0 && isRegionalIndicator(text.codePointBefore(i))) {
        run++;
        i -= Character.charCount(text.codePointBefore(i));
      }
      return run % 2 == 0; // never split a flag pair
    }
    return !isHangulJamoContinuation(before, after);
  }

  private static boolean isRegionalIndicator(int cp) {
    return cp >= 0x1F1E6 && cp <= 0x1F1FF;
  }

  private static boolean isHangulJamoContinuation(int before, int after) {
    boolean vowelOrFinal = (after >= 0x1160 && after <= 0x11FF);
    boolean leadOrSyllable =
        (before >= 0x1100 && before <= 0x11FF) || (before >= 0xAC00 && before <= 0xD7A3);
    return vowelOrFinal && leadOrSyllable;
  }

  /**
   * A URL safe to put inside {@code <url|label>}: http(s) only, without the characters that end or
   * split Slack's link markup. Returns null when the URL cannot be linked safely.
   */
  public static @org.jspecify.annotations.Nullable String linkTarget(String url) {
    String trimmed = url.strip();
    String lower = trimmed.toLowerCase(Locale.ROOT);
    if (!(lower.startsWith("http://") || lower.startsWith("https://")) || trimmed.length() > 2000) {
      return null;
    }
    StringBuilder out = new StringBuilder(trimmed.length());
    for (int i = 0; i < trimmed.length(); i++) {
      char c = trimmed.charAt(i);
      switch (c) {
        case '|' -> out.append("%7C");
        case '<' -> out.append("%3C");
        case '>' -> out.append("%3E");
        case ' ' -> out.append("%20");
        case '&' -> out.append("&amp;");
        default -> {
          if (Character.isISOControl(c) || isBidiControl(c)) {
            return null;
          }
          out.append(c);
        }
      }
    }
    return out.toString();
  }
}
