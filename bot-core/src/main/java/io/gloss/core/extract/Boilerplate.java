package io.gloss.core.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/** Removes what is never article text: scripts, chrome, hidden nodes, ads, shares, comments. */
final class Boilerplate {
  /** Elements that are never article text, by tag. */
  private static final Set<String> REMOVED_TAGS =
      Set.of(
          "script",
          "style",
          "noscript",
          "template",
          "svg",
          "canvas",
          "iframe",
          "object",
          "embed",
          "button",
          "input",
          "select",
          "textarea",
          "nav",
          "aside",
          "footer",
          "figcaption",
          "link",
          "meta");

  /** ... and by ARIA role. */
  private static final Set<String> REMOVED_ROLES =
      Set.of("navigation", "complementary", "contentinfo", "dialog", "alert", "banner");

  private static final Pattern HIDDEN_STYLE =
      Pattern.compile("display\\s*:\\s*none|visibility\\s*:\\s*hidden", Pattern.CASE_INSENSITIVE);

  /** Class or id words of page parts that are not the article (after Mozilla Readability). */
  static final String UNLIKELY_WORDS =
      "\\bads?\\b|\\bad (?:slot|unit|container|wrapper|box|area|banner)|advert|ai2html|banner"
          + "|breadcrumb|combx|comment|community|cover wrap|disqus|\\bextra\\b|gdpr|legends"
          + "|\\bmenu|related|\\brelate\\b|remark|replies|\\brss\\b|shoutbox|sidebar|skyscraper"
          + "|social|sponsor|supplemental|agegate|pagination|\\bpager\\b|popup|yom remote"
          + "|\\bshare|sharing|\\bsns\\b|newsletter|subscribe|subscription|\\bpromo|outbrain"
          + "|taboola|recommend|most ?read|\\bpopular|trending|toolbar|caption|\\bcredit|byline"
          + "|copyright|reporter area|journalist|\\btags? ?list|\\bkeyword|signup|sign up"
          + "|\\blogin|\\bmodal|cookie|consent|author bio|bio box|read ?more"
          + "|more ?stories|next ?article|prev ?article|font ?size|\\bticker"
          + "|photo ?desc|img ?desc|\\bdable|\\bwidget|\\bfooter|\\bheader|masthead|topbar"
          + "|\\bgnb\\b|\\blnb\\b|\\bsnb\\b";

  static final String MAYBE_WORDS =
      "\\band\\b|article|\\bbody|column|content|\\bmain|mathjax|shadow|story|\\btext|\\bpost"
          + "|\\bentry|\\bview";

  /** Class or id words of a reader comment section. */
  static final String COMMENT_WORDS = "comment|disqus|replies";

  private static final WordAlternation UNLIKELY = new WordAlternation(UNLIKELY_WORDS);
  private static final WordAlternation COMMENTS = new WordAlternation(COMMENT_WORDS);
  private static final WordAlternation MAYBE = new WordAlternation(MAYBE_WORDS);

  private Boilerplate() {}

  /** Removes elements that no extractor should ever read. */
  static void removeNonContent(Document document, Deadline deadline) {
    // One walk with set lookups: a CSS selector list of 25 alternatives tried every alternative on
    // every element.
    List<Element> removed = new ArrayList<>();
    for (Element element : document.getAllElements()) {
      deadline.tick();
      if (isNonContent(element)) {
        removed.add(element);
      }
    }
    removed.forEach(Element::remove);
  }

  private static boolean isNonContent(Element element) {
    if (REMOVED_TAGS.contains(element.normalName())) {
      return true;
    }
    if (element.attributesSize() == 0) {
      return false;
    }
    if (element.hasAttr("hidden") || "true".equalsIgnoreCase(element.attr("aria-hidden").trim())) {
      return true;
    }
    String role = element.attr("role").trim().toLowerCase(Locale.ROOT);
    if (!role.isEmpty() && REMOVED_ROLES.contains(role)) {
      return true;
    }
    String style = element.attr("style");
    return !style.isEmpty() && HIDDEN_STYLE.matcher(cap(style)).find();
  }

  /**
   * Removes elements whose class or id says they are page chrome; the generic extractor's step.
   * What the page marks as its article ({@code article}, {@code main}, {@code
   * itemprop=articleBody}) stays, with its ancestors.
   *
   * @param keepNamedBodies whether an element whose class or id names it as the article text
   *     ("article-body", "entry-content", …) stays too, with its ancestors
   * @return the text length of the longest such element that went with a removed ancestor (a page
   *     wrapped whole in "above-footer"), 0 when none did
   */
  static int removeUnlikely(Document document, Deadline deadline, boolean keepNamedBodies) {
    Elements all = document.getAllElements();
    // Class and id values repeat across a page (list items, cards): decide each value once.
    Map<String, Verdict> verdicts = new HashMap<>();
    Set<Element> protectedElements = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Element marked : all) {
      deadline.tick();
      String tag = marked.normalName();
      boolean keep =
          tag.equals("article")
              || tag.equals("main")
              || (marked.attributesSize() > 0
                  && ("articleBody".equalsIgnoreCase(marked.attr("itemprop").strip())
                      || (keepNamedBodies && verdict(marked, verdicts) == Verdict.NAMED_BODY)));
      if (!keep || UNLIKELY.find(words(marked))) {
        // WordPress marks each comment as an article: those protect nothing.
        continue;
      }
      for (Element e = marked; e != null && protectedElements.add(e); e = e.parent()) {
        deadline.tick();
      }
    }
    List<Element> namedBodies = new ArrayList<>();
    for (Element element : all) {
      deadline.tick();
      String tag = element.normalName();
      if (tag.equals("html")
          || tag.equals("body")
          || tag.equals("article")
          || tag.equals("main")
          || tag.equals("a")
          || element.parent() == null) {
        continue;
      }
      Verdict verdict = verdict(element, verdicts);
      if (verdict == Verdict.UNLIKELY && !protectedElements.contains(element)) {
        element.remove();
      } else if (verdict == Verdict.NAMED_BODY) {
        namedBodies.add(element);
      }
    }
    // Removed with an ancestor, an element is no longer in the document.
    int lost = 0;
    for (Element named : namedBodies) {
      if (named.ownerDocument() != document) {
        lost = Math.max(lost, named.text().length());
      }
    }
    return lost;
  }

  /**
   * Removes reader comments (class or id naming a comment, unless it also names the article): the
   * part of the chrome filter that is safe when the rest of it misled, so that a short post read
   * again without the filter does not grow by its comment thread.
   */
  static void removeComments(Document document, Deadline deadline) {
    List<Element> removed = new ArrayList<>();
    for (Element element : document.getAllElements()) {
      deadline.tick();
      if (element.attributesSize() == 0 || element.normalName().equals("body")) {
        continue;
      }
      String words = words(element);
      if (!words.isBlank() && COMMENTS.find(words) && !MAYBE.find(words)) {
        removed.add(element);
      }
    }
    removed.forEach(Element::remove);
  }

  /** What an element's class and id say it is. */
  private enum Verdict {
    UNLIKELY,
    NAMED_BODY,
    NEUTRAL
  }

  private static Verdict verdict(Element element, Map<String, Verdict> verdicts) {
    String className = element.className();
    String id = element.id();
    if (className.isEmpty() && id.isEmpty()) {
      return Verdict.NEUTRAL;
    }
    return verdicts.computeIfAbsent(
        className + " " + id,
        value -> {
          if (isUnlikely(words(value))) {
            return Verdict.UNLIKELY;
          }
          return GenericContentFinder.namedAsArticleBody(value)
              ? Verdict.NAMED_BODY
              : Verdict.NEUTRAL;
        });
  }

  private static boolean isUnlikely(String words) {
    return !words.isBlank() && UNLIKELY.find(words) && !MAYBE.find(words);
  }

  /**
   * Class and id as lower-case words: {@code ArticleBody-shareBar} → {@code article body share
   * bar}.
   */
  static String words(Element element) {
    return words(element.className() + " " + element.id());
  }

  static String words(String classAndId) {
    // A character loop rather than two regex replacements: this runs once per distinct class name.
    String raw = cap(classAndId);
    StringBuilder out = new StringBuilder(raw.length() + 8);
    boolean inSeparator = false;
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (isSeparator(c)) {
        if (!inSeparator) {
          out.append(' ');
        }
        inSeparator = true;
        continue;
      }
      if (c >= 'A' && c <= 'Z' && i > 0 && isLowerOrDigit(raw.charAt(i - 1))) {
        out.append(' '); // camelCase: shareBar → share Bar
      }
      out.append(c);
      inSeparator = false;
    }
    return out.toString().toLowerCase(Locale.ROOT).strip();
  }

  /** {@code -}, {@code _} and the regex {@code \s} set. */
  private static boolean isSeparator(char c) {
    return c == '-' || c == '_' || c == ' ' || (c >= '\t' && c <= '\r');
  }

  private static boolean isLowerOrDigit(char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
  }

  /** Bounds regex work on hostile 1 MB attributes. */
  static String cap(String value) {
    return value.length() > 300 ? value.substring(0, 300) : value;
  }
}
