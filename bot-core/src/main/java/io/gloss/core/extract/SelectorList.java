package io.gloss.core.extract;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * A site rule's comma-separated selectors read as a list of preferences, best first. jsoup's own
 * {@code selectFirst("h1.title, .title_cr")} gives the first match in page order, which is the
 * wrapper {@code .title_cr} around the {@code h1} (with the byline and share buttons in its text):
 * here the first selector that matches anything wins.
 */
final class SelectorList {
  private SelectorList() {}

  /** The first element of the first selector in the list that matches, or null. */
  static @Nullable Element firstByPreference(Element root, String css) {
    for (String selector : alternatives(css)) {
      Element found = root.selectFirst(selector);
      if (found != null) {
        return found;
      }
    }
    return null;
  }

  /** The selectors of a list, split at the commas outside brackets, parentheses and quotes. */
  static List<String> alternatives(String css) {
    List<String> out = new ArrayList<>();
    int depth = 0;
    char quote = 0;
    int start = 0;
    for (int i = 0; i < css.length(); i++) {
      char c = css.charAt(i);
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        }
      } else if (c == '"' || c == '\'') {
        quote = c;
      } else if (c == '(' || c == '[') {
        depth++;
      } else if (c == ')' || c == ']') {
        depth--;
      } else if (c == ',' && depth == 0) {
        add(out, css.substring(start, i));
        start = i + 1;
      }
    }
    add(out, css.substring(start));
    return out;
  }

  private static void add(List<String> out, String selector) {
    if (!selector.isBlank()) {
      out.add(selector.strip());
    }
  }
}
