package io.gloss.core.extract;

import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/** Removes what is never article text: scripts, chrome, hidden nodes, ads, shares, comments. */
final class Boilerplate {
  private static final String ALWAYS_REMOVED =
      "script, style, noscript, template, svg, canvas, iframe, object, embed, button, input,"
          + " select, textarea, form, nav, aside, footer, figcaption, [hidden],"
          + " [aria-hidden=true], [role=navigation], [role=complementary], [role=contentinfo],"
          + " [role=dialog], [role=alert], [role=banner], link, meta";

  private static final Pattern HIDDEN_STYLE =
      Pattern.compile("display\\s*:\\s*none|visibility\\s*:\\s*hidden", Pattern.CASE_INSENSITIVE);

  /** Class or id words of page parts that are not the article (after Mozilla Readability). */
  private static final Pattern UNLIKELY =
      Pattern.compile(
          "-ad-|\\bads?\\b|advert|ai2html|banner|breadcrumb|combx|comment|community|cover-wrap|disqus"
              + "|extra|gdpr|legends|menu|related|relate_|remark|replies|rss|shoutbox|sidebar"
              + "|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup"
              + "|yom-remote|share|sharing|sns|newsletter|subscribe|subscription|promo|outbrain"
              + "|taboola|recommend|most-?read|popular|trending|toolbar|caption|credit|byline"
              + "|copyright|reporter_?area|journalist|tags?-?list|keyword|signup|sign-up|paywall"
              + "|login|modal|cookie|consent|author-bio|bio-box|read-?more|more-?stories|next-?article"
              + "|prev-?article|font-?size|breaking|ticker|livebox|photo_?desc|img_?desc"
              + "|dable|widget|footer|header|masthead|topbar|gnb|lnb|snb",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern MAYBE =
      Pattern.compile(
          "and|article|body|column|content|main|mathjax|shadow|story|text|post|entry|view",
          Pattern.CASE_INSENSITIVE);

  private Boilerplate() {}

  /** Removes elements that no extractor should ever read. */
  static void removeNonContent(Document document, Deadline deadline) {
    document.select(ALWAYS_REMOVED).remove();
    for (Element element : document.getAllElements()) {
      deadline.tick();
      String style = element.attr("style");
      if (!style.isEmpty() && HIDDEN_STYLE.matcher(cap(style)).find()) {
        element.remove();
      }
    }
  }

  /** Removes elements whose class or id says they are page chrome; the generic extractor's step. */
  static void removeUnlikely(Document document, Deadline deadline) {
    Elements all = document.getAllElements();
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
      String words = cap(element.className() + " " + element.id()).toLowerCase(Locale.ROOT);
      if (words.isBlank()) {
        continue;
      }
      if (UNLIKELY.matcher(words).find() && !MAYBE.matcher(words).find()) {
        element.remove();
      }
    }
  }

  /** Bounds regex work on hostile 1 MB attributes. */
  static String cap(String value) {
    return value.length() > 300 ? value.substring(0, 300) : value;
  }
}
