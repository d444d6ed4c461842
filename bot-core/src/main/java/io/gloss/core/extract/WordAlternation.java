package io.gloss.core.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A regex alternation of class-name words ({@code \bads?\b|advert|most ?read|…}) that finds the
 * same matches as {@code Pattern.compile(alternation).matcher(text).find()}, much faster: the
 * alternatives are grouped by their first two letters, which every alternative spells literally,
 * and at each position of the text only the group of that position's two letters is tried. Java's
 * regex engine tries every alternative at every position (with a Unicode word-boundary test for
 * each {@code \b}), which made the chrome filter the extractor's hottest spot on pages with
 * hundreds of distinct class names; grouping by one letter still ran a regex at most positions.
 */
final class WordAlternation {
  private static final Pattern TOP_LEVEL_BAR = Pattern.compile("\\|(?![^(]*\\))");

  /** The characters an alternative may start with: a-z, then a-z, 0-9 or a space. */
  private static final String SECOND = "abcdefghijklmnopqrstuvwxyz0123456789 ";

  private final String alternation;
  private final Pattern[] byFirstTwo = new Pattern[26 * SECOND.length()];

  WordAlternation(String alternation) {
    this.alternation = alternation;
    Map<Integer, List<String>> groups = new HashMap<>();
    for (String alternative : TOP_LEVEL_BAR.split(alternation)) {
      String rest = alternative.startsWith("\\b") ? alternative.substring(2) : alternative;
      int slot = rest.length() < 2 ? -1 : slot(rest.charAt(0), rest.charAt(1));
      if (slot < 0 || (rest.length() > 2 && "?*{".indexOf(rest.charAt(2)) >= 0)) {
        throw new IllegalArgumentException(
            "each alternative must start with a-z and a literal a-z, 0-9 or space: " + alternative);
      }
      groups.computeIfAbsent(slot, k -> new ArrayList<>()).add(alternative);
    }
    groups.forEach((slot, group) -> byFirstTwo[slot] = Pattern.compile(String.join("|", group)));
  }

  /** The group index of two leading characters, or -1 when no alternative can start so. */
  private static int slot(char first, char second) {
    if (first < 'a' || first > 'z') {
      return -1;
    }
    int column = second < 128 ? SECOND.indexOf(second) : -1;
    return column < 0 ? -1 : (first - 'a') * SECOND.length() + column;
  }

  /** True when some alternative matches somewhere in the text (as {@link Matcher#find()}). */
  boolean find(CharSequence text) {
    int length = text.length();
    for (int i = 0; i + 1 < length; i++) {
      int slot = slot(text.charAt(i), text.charAt(i + 1));
      if (slot < 0 || byFirstTwo[slot] == null) {
        continue;
      }
      // Transparent bounds: a \b at the region start still sees the character before it.
      Matcher m =
          byFirstTwo[slot]
              .matcher(text)
              .useTransparentBounds(true)
              .useAnchoringBounds(false)
              .region(i, length);
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
