package io.gloss.core.extract;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jspecify.annotations.Nullable;

/**
 * What one walk over the page as parsed (before anything is removed) learns: its size, checked
 * against the extraction limits; the elements the metadata is read from; and the body elements
 * whose own text carries a copyright sign, where an outlet prints its name. One walk instead of
 * six: the element count, the shape, the copyright search and each metadata lookup walked the whole
 * page.
 *
 * @param elements the elements counted; the walk stops once there are more than the limit
 * @param metaTags every {@code <meta>}, in document order
 * @param jsonLdScripts every {@code <script type="application/ld+json">}, in document order
 * @param canonicalLink the first {@code <link rel="canonical">}, or null
 * @param forms every {@code <form>}, in document order (a login page is a password form)
 * @param copyrightElements in document order
 */
record PageScan(
    int elements,
    int maxDepth,
    long textChars,
    List<Element> metaTags,
    List<Element> jsonLdScripts,
    @Nullable Element canonicalLink,
    List<Element> forms,
    List<Element> copyrightElements) {

  static PageScan of(Document doc, int maxElements, Deadline deadline) {
    Walk walk = new Walk(doc.body(), maxElements, deadline);
    NodeTraversor.filter(walk, doc);
    return new PageScan(
        walk.elements,
        walk.maxDepth,
        walk.textChars,
        walk.metaTags,
        walk.jsonLdScripts,
        walk.canonicalLink,
        walk.forms,
        walk.copyright);
  }

  private static final class Walk implements NodeFilter {
    private final Element body;
    private final int maxElements;
    private final Deadline deadline;
    private final List<Element> metaTags = new ArrayList<>();
    private final List<Element> jsonLdScripts = new ArrayList<>();
    private @Nullable Element canonicalLink;
    private final List<Element> forms = new ArrayList<>();
    private final List<Element> copyright = new ArrayList<>();
    private int elements;
    private int maxDepth;
    private long textChars;
    private boolean inBody;

    Walk(Element body, int maxElements, Deadline deadline) {
      this.body = body;
      this.maxElements = maxElements;
      this.deadline = deadline;
    }

    @Override
    public FilterResult head(Node node, int depth) {
      deadline.tick();
      maxDepth = Math.max(maxDepth, depth);
      if (node instanceof TextNode text) {
        textChars += text.getWholeText().length();
      } else if (node instanceof Element element) {
        if (++elements > maxElements) {
          return FilterResult.STOP;
        }
        inBody |= element == body;
        collectMetadata(element);
        if (inBody && ownTextHasCopyrightSign(element)) {
          copyright.add(element);
        }
      }
      return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
      if (node == body) {
        inBody = false;
      }
      return FilterResult.CONTINUE;
    }

    /** As the selectors {@code meta}, {@code form}, {@code script[type=application/ld+json]}… */
    private void collectMetadata(Element element) {
      switch (element.normalName()) {
        case "meta" -> metaTags.add(element);
        case "form" -> forms.add(element);
        case "script" -> {
          if (attributeIs(element, "type", "application/ld+json")) {
            jsonLdScripts.add(element);
          }
        }
        case "link" -> {
          if (canonicalLink == null && attributeIs(element, "rel", "canonical")) {
            canonicalLink = element;
          }
        }
        default -> {}
      }
    }

    /** jsoup's {@code [key=value]}: the value compared ignoring case, not trimmed. */
    private static boolean attributeIs(Element element, String key, String value) {
      return element.hasAttr(key) && value.equalsIgnoreCase(element.attr(key));
    }

    private static boolean ownTextHasCopyrightSign(Element element) {
      for (int i = 0; i < element.childNodeSize(); i++) {
        if (element.childNode(i) instanceof TextNode text) {
          String value = text.getWholeText();
          if (value.indexOf('©') >= 0 || value.indexOf('ⓒ') >= 0) {
            return true;
          }
        }
      }
      return false;
    }
  }
}
