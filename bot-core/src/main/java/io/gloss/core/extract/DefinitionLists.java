package io.gloss.core.extract;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * {@code <dl>} glossaries inside the article body: each {@code <dt>} a short term, each {@code
 * <dd>} its definition. Taken out of the body.
 */
final class DefinitionLists {
  private DefinitionLists() {}

  static List<GlossaryBox.Term> take(Element root) {
    List<GlossaryBox.Term> terms = new ArrayList<>();
    for (Element dl : root.select("dl")) {
      List<GlossaryBox.Term> found = new ArrayList<>();
      String term = null;
      boolean ok = true;
      for (Element child : dl.children()) {
        String text = child.text().strip();
        if (child.normalName().equals("dt")) {
          term = text;
          ok &= !text.isEmpty() && text.length() <= 40;
        } else if (child.normalName().equals("dd") && term != null && !text.isEmpty()) {
          found.add(new GlossaryBox.Term(term, List.of(), text));
          term = null;
        }
      }
      if (ok && !found.isEmpty() && looksLikeGlossary(dl, found)) {
        terms.addAll(found);
        dl.remove();
      }
    }
    return terms;
  }

  /** Definitions read like sentences; metadata lists (date, author) do not. */
  private static boolean looksLikeGlossary(Element dl, List<GlossaryBox.Term> found) {
    String hint =
        Boilerplate.cap(dl.className() + " " + dl.id()).toLowerCase(java.util.Locale.ROOT);
    if (hint.contains("gloss")
        || hint.contains("term")
        || hint.contains("dic")
        || hint.contains("word")) {
      return true;
    }
    // Without a hint, only Korean sentence-like definitions: label lists ("Photo: ...") are not.
    return found.stream()
        .allMatch(
            t ->
                t.definition().length() >= 15
                    && !t.term().endsWith(":")
                    && t.definition().codePoints().anyMatch(c -> c >= 0xAC00 && c <= 0xD7A3));
  }
}
