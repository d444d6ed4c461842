package io.gloss.core.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jspecify.annotations.Nullable;

/**
 * Glossary boxes anywhere on the page, in their markup: sidebars ({@code <aside
 * class="term-box">}), tables of terms, definition lists and lists of {@code <strong>term</strong>
 * definition} items, recognized by a class or id that says so ({@code term}, {@code gloss}, {@code
 * dict}) or by a header ({@code 용어 설명}, {@code 알아두면 좋은 용어}, {@code Key terms}). They are read and
 * removed before the chrome filter drops sidebars, so that a box outside the article body is still
 * the article's glossary and a box inside it is not article text.
 */
final class GlossaryContainers {
  /** The tags a box is printed in; a set lookup per element, not a selector of nine tags. */
  private static final Set<String> CANDIDATES =
      Set.of("aside", "section", "div", "table", "dl", "ul", "ol", "figure", "details");

  private static final Pattern HINT =
      Pattern.compile("gloss|word ?box|term(?!s? ?(?:of|and|&)|inal)|\\bdict|vocab|용어");

  private static final List<String> HINT_WORDS =
      List.of("gloss", "box", "term", "dict", "vocab", "용어");

  private static final Pattern TABLE_HEAD =
      Pattern.compile("(?i)용어|단어|뜻|설명|의미|term|meaning|definition|what it means");

  /** Containers that look like boxes read per page at most. */
  private static final int MAX_EXAMINED = 50;

  /** Longest text of a box; a container beyond this is more than a box. */
  private static final int MAX_BOX_CHARS = 6_000;

  private GlossaryContainers() {}

  /** Reads and removes every glossary container, in page order. */
  static List<GlossaryBox.Term> take(Document doc, Deadline deadline) {
    List<GlossaryBox.Term> terms = new ArrayList<>();
    int examined = 0;
    Map<String, Boolean> hintedByValue = new HashMap<>(); // cards and list items repeat a class
    List<Element> candidates = new ArrayList<>();
    doc.forEach(
        element -> {
          if (CANDIDATES.contains(element.normalName())) {
            candidates.add(element);
          }
        });
    for (Element element : candidates) {
      deadline.tick();
      if (element.ownerDocument() == null) {
        continue; // removed with an earlier box
      }
      // Cheap signs first: a hostile page of nested divs must not cost a text walk per element.
      // Most wrappers have neither a class nor an id: no string is built for them.
      String className = element.className();
      String id = element.id();
      boolean hinted =
          !(className.isEmpty() && id.isEmpty())
              && hintedByValue.computeIfAbsent(
                  id.isEmpty() ? className : className + " " + id, GlossaryContainers::hinted);
      Element header = header(element);
      if (!hinted && header == null) {
        continue;
      }
      if (++examined > MAX_EXAMINED) {
        break; // a real page has a handful of boxes; thousands of look-alikes are an attack
      }
      String text = element.text();
      if (text.length() > MAX_BOX_CHARS || text.length() < 8 || hidden(element)) {
        continue;
      }
      List<GlossaryBox.Term> found = entries(element, header);
      if (found.isEmpty() || !covers(found, text, header)) {
        continue;
      }
      terms.addAll(found);
      element.remove();
    }
    return terms;
  }

  /** A class or id that names a box: {@code term-box}, {@code glossary}, {@code dict_list}. */
  private static boolean hinted(String classAndId) {
    String hint =
        Boilerplate.cap(classAndId).toLowerCase(Locale.ROOT).replace('_', ' ').replace('-', ' ');
    // Every alternative of HINT contains one of these: most class names are rejected without it.
    for (String word : HINT_WORDS) {
      if (hint.contains(word)) {
        return HINT.matcher(hint).find();
      }
    }
    return false;
  }

  private static boolean hidden(Element element) {
    for (Element e = element; e != null; e = e.parent()) {
      if (e.hasAttr("hidden")
          || "true".equals(e.attr("aria-hidden"))
          || e.attr("style").replace(" ", "").toLowerCase(Locale.ROOT).contains("display:none")) {
        return true;
      }
    }
    return false;
  }

  /** The element's first heading-like child naming a box: "용어 설명", "Glossary". */
  private static @Nullable Element header(Element element) {
    // The header is the first text of the element: down the chain of first children.
    Element e = element.firstElementChild();
    for (int depth = 0; e != null && depth < 4; depth++) {
      // Most wrappers hold only blank text between their children: no string is built for them.
      String own = hasOwnText(e) ? e.ownText().strip() : "";
      if (!own.isEmpty()) {
        if (own.length() > 30) {
          return null;
        }
        String text = e.text();
        return text.length() <= 30 && GlossaryBox.isHeader(text) ? e : null;
      }
      e = e.firstElementChild();
    }
    return null;
  }

  private static boolean hasOwnText(Element element) {
    for (Node child : element.childNodes()) {
      if (child instanceof TextNode text && !text.isBlank()) {
        return true;
      }
    }
    return false;
  }

  /** The entries of the container, read from its structure, else from its lines of text. */
  private static List<GlossaryBox.Term> entries(Element element, @Nullable Element header) {
    List<GlossaryBox.Term> out = new ArrayList<>();
    if (!element.select("tr").isEmpty()) {
      for (Element row : element.select("tr")) {
        List<Element> cells = row.select("> td, > th");
        if (cells.size() == 2) {
          String term = cells.get(0).text().strip();
          String definition = cells.get(1).text().strip();
          boolean head =
              row.select("> th").size() == 2
                  || (TABLE_HEAD.matcher(term).matches() && definition.length() < 15);
          if (!head && GlossaryBox.plausibleTerm(term) && definition.length() >= 4) {
            out.add(GlossaryBox.term(term, definition));
          }
        }
      }
      return out;
    }
    if (!element.select("dt").isEmpty()) {
      for (Element dt : element.select("dt")) {
        Element dd = dt.nextElementSibling();
        if (dd != null && dd.normalName().equals("dd") && !dd.text().isBlank()) {
          String term = dt.text().strip();
          if (GlossaryBox.plausibleTerm(term) && !GlossaryBox.isHeader(term)) {
            out.add(GlossaryBox.term(term, dd.text().strip()));
          }
        }
      }
      return out;
    }
    // <li>/<p> items led by a bold term: "<b>GLP-1:</b> a hormone …",
    // "<strong>유상할당</strong><p>…</p>".
    for (Element item : element.select("li, p")) {
      Element bold = item.selectFirst("> strong, > b");
      if (bold == null || !item.text().startsWith(bold.text())) {
        continue;
      }
      String term = bold.text().strip();
      String definition =
          item.text().substring(bold.text().length()).replaceFirst("^[\\s:：=—–-]+", "").strip();
      if (GlossaryBox.plausibleTerm(term.replaceAll("[:：]$", "")) && definition.length() >= 4) {
        out.add(GlossaryBox.term(term, definition));
      }
    }
    if (!out.isEmpty()) {
      return out;
    }
    String lines = lines(element);
    if (header != null) {
      String rest = GlossaryBox.headerRest(lines.strip());
      lines = rest != null ? rest : lines;
    }
    GlossaryBox.parseEntriesInto(lines, out, header != null);
    return out;
  }

  /** Most of the container's text is entries: it is a box, not a section holding one. */
  private static boolean covers(
      List<GlossaryBox.Term> found, String text, @Nullable Element header) {
    int entries = 0;
    for (GlossaryBox.Term term : found) {
      entries += term.term().length() + term.definition().length();
    }
    int rest = text.length() - (header == null ? 0 : header.text().length());
    return entries >= 0.7 * rest;
  }

  /** The element's text with a line break at each {@code <br>} and block. */
  private static String lines(Element element) {
    StringBuilder out = new StringBuilder();
    appendLines(element, out);
    return out.toString().replaceAll("[ \\t\\x0B\\f\\r]+", " ").replaceAll(" ?\\n ?", "\n");
  }

  private static void appendLines(Node node, StringBuilder out) {
    for (Node child : node.childNodes()) {
      if (child instanceof TextNode text) {
        out.append(text.text());
      } else if (child instanceof Element e) {
        boolean block = e.isBlock() || e.normalName().equals("br");
        if (block) {
          out.append('\n');
        }
        appendLines(e, out);
        if (block) {
          out.append('\n');
        }
      }
    }
  }
}
