package io.gloss.core.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A regex alternation of class-name words ({@code \bads?\b|advert|most ?read|…}) that finds the
 * same matches as {@code Pattern.compile(alternation).matcher(text).find()}, much faster: the
 * alternatives are grouped by their first letter, and at each position of the text only the group
 * of that position's letter is tried. Java's regex engine tries every alternative at every position
 * (with a Unicode word-boundary test for each {@code \b}), which made the chrome filter the
 * extractor's hottest spot on pages with hundreds of distinct class names.
 */
final class WordAlternation {
  private static final Pattern TOP_LEVEL_BAR = Pattern.compile("\\|(?![^(]*\\))");

  private final String alternation;
  private final Pattern[] byFirstLetter = new Pattern[128];

  WordAlternation(String alternation) {
    this.alternation = alternation;
    List<List<String>> groups = new ArrayList<>();
    for (int i = 0; i < 128; i++) {
      groups.add(new ArrayList<>());
    }
    for (String alternative : TOP_LEVEL_BAR.split(alternation)) {
      String rest = alternative.startsWith("\\b") ? alternative.substring(2) : alternative;
      char first = rest.isEmpty() ? 0 : rest.charAt(0);
      if (first < 'a' || first > 'z') {
        throw new IllegalArgumentException("each alternative must start with a-z: " + alternative);
      }
      groups.get(first).add(alternative);
    }
    for (int c = 'a'; c <= 'z'; c++) {
      if (!groups.get(c).isEmpty()) {
        byFirstLetter[c] = Pattern.compile(String.join("|", groups.get(c)));
      }
    }
  }

  /** True when some alternative matches somewhere in the text (as {@link Matcher#find()}). */
  boolean find(CharSequence text) {
    Matcher[] matchers = null;
    int length = text.length();
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if (c >= 128 || byFirstLetter[c] == null) {
        continue;
      }
      if (matchers == null) {
        matchers = new Matcher[128];
      }
      Matcher m = matchers[c];
      if (m == null) {
        // Transparent bounds: a \b at the region start still sees the character before it.
        m = byFirstLetter[c].matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        matchers[c] = m;
      }
      m.region(i, length);
      if (m.lookingAt()) {
        return true;
      }
    }
    return false;
  }

  @Override
  public String toString() {
    return alternation;
  }
}
