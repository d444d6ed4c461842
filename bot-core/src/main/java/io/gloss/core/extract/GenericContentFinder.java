package io.gloss.core.extract;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Finds the article on any page. Every text block is good text (long, few links) or noise (short
 * blocks, link lists). The tightest container with the most good text against noise wins, counting
 * a block fully for its own container and less for far ancestors, so that teaser lists next to the
 * article do not lift the choice to the whole page. Then the choice climbs to an ancestor that adds
 * good text without adding relatively more noise, and takes in siblings that hold a fair share of
 * good text (an article split around an ad slot).
 */
final class GenericContentFinder {
  private static final Pattern GOOD_HINT =
      Pattern.compile(
          "article[-_]?body|articlebody|story[-_]?body|entry[-_]?content|post[-_]?content"
              + "|article[-_]?content|article[-_]?text|news[-_]?body|body[-_]?text|main[-_]?content"
              + "|article__body|articletext|story[-_]?content|post[-_]?body|itemprop",
          Pattern.CASE_INSENSITIVE);

  private final double noiseWeight;
  private final int contentWeightThreshold;

  GenericContentFinder(double noiseWeight, int contentWeightThreshold) {
    this.noiseWeight = noiseWeight;
    this.contentWeightThreshold = contentWeightThreshold;
  }

  static GenericContentFinder standard() {
    return new GenericContentFinder(1.0, 70);
  }

  /** Returns the best container, or {@code body} when nothing stands out. */
  Element find(Element body, List<TextBlock> blocks) {
    Map<Element, double[]> totals = new IdentityHashMap<>();
    for (TextBlock block : blocks) {
      double[] value = value(block);
      double content = value[0];
      double noise = value[1];
      double[] sums = totals.computeIfAbsent(block.owner(), k -> new double[2]);
      sums[0] += content;
      sums[1] += noise;
    }
    // Pre-order reversed visits children before parents: one pass sums every subtree.
    List<Element> all = body.getAllElements();
    for (int i = all.size() - 1; i > 0; i--) {
      Element element = all.get(i);
      double[] sums = totals.get(element);
      Element parent = element.parent();
      if (sums != null && parent != null) {
        double[] parentSums = totals.computeIfAbsent(parent, k -> new double[2]);
        parentSums[0] += sums[0];
        parentSums[1] += sums[1];
      }
    }
    Map<Element, double[]> ranking = decayed(body, blocks);
    Element best = body;
    double bestScore = Double.NEGATIVE_INFINITY;
    // In page order, not the map's: an identity map iterates in an order that changes from run to
    // run, so a tie went to a different container each time. Now the first in the page wins it.
    for (Element element : all) {
      double[] sums = ranking.get(element);
      if (sums == null) {
        continue;
      }
      double score = sums[0] - noiseWeight * sums[1];
      if (sums[0] > 0 && hinted(element)) {
        score += 0.15 * sums[0];
      }
      if (score > bestScore) {
        bestScore = score;
        best = element;
      }
    }
    // A paragraph is not a container: its article is its parent.
    while (PARAGRAPH_TAGS.contains(best.normalName()) && best.parent() != null && best != body) {
      best = best.parent();
    }
    best = climb(best, body, totals);
    return withSiblings(best, totals);
  }

  private static final java.util.Set<String> PARAGRAPH_TAGS =
      java.util.Set.of(
          "p",
          "pre",
          "blockquote",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "li",
          "dd",
          "dt",
          "span",
          "a",
          "strong",
          "b",
          "em",
          "i",
          "font",
          "figcaption",
          "caption");

  /** Good text and noise of one block. */
  private double[] value(TextBlock block) {
    int weight = block.weight();
    double links = block.linkDensity();
    if (weight >= contentWeightThreshold && links < 0.35) {
      return new double[] {weight * (1 - links), weight * links};
    }
    if (links >= 0.35) {
      return new double[] {0, weight};
    }
    return new double[] {0, block.isHeading() ? 0 : weight * 0.5};
  }

  /** How much noisier than the tightest container an ancestor may be and still be chosen. */
  private static final double CLIMB = 0.02;

  /**
   * The decayed ranking prefers the tightest container; move up while the parent adds good text
   * without adding relatively more noise (an article whose paragraphs sit in several groups).
   */
  private static Element climb(Element best, Element body, Map<Element, double[]> totals) {
    double[] mine = totals.get(best);
    if (mine == null || mine[0] <= 0) {
      return best;
    }
    double myNoise = mine[1] / mine[0];
    Element chosen = best;
    double[] chosenSums = mine;
    Element ancestor = best.parent();
    for (int i = 0; i < 8 && ancestor != null; i++, ancestor = ancestor.parent()) {
      double[] theirs = totals.get(ancestor);
      if (theirs == null) {
        break;
      }
      double theirNoise = theirs[1] / Math.max(1, theirs[0]);
      if (theirNoise > myNoise + CLIMB) {
        break;
      }
      if (theirs[0] - theirs[1] > chosenSums[0] - chosenSums[1]
          && theirs[0] > chosenSums[0] * 1.05) {
        chosen = ancestor;
        chosenSums = theirs;
      }
      if (ancestor == body) {
        break;
      }
    }
    return chosen;
  }

  /**
   * An article split in parts (an intro block, then the body; text around an ad slot) has its other
   * parts as siblings of the best container: siblings with a fair share of good text join it, in
   * page order.
   */
  private static Element withSiblings(Element best, Map<Element, double[]> totals) {
    Element parent = best.parent();
    double[] bestSums = totals.get(best);
    if (parent == null || bestSums == null || parent.normalName().equals("html")) {
      return best;
    }
    List<Element> parts = new java.util.ArrayList<>();
    for (Element sibling : parent.children()) {
      double[] sums = totals.get(sibling);
      if (sibling == best) {
        parts.add(sibling);
      } else if (sums != null
          && sums[0] > sums[1]
          && (sums[0] >= 0.2 * bestSums[0] || (sibling.normalName().equals("p") && sums[0] > 0))) {
        parts.add(sibling);
      }
    }
    if (parts.size() == 1) {
      return best;
    }
    Element wrapper = new Element("div");
    for (Element part : parts) {
      wrapper.appendChild(part);
    }
    return wrapper;
  }

  /** Like the subtree sums, but a block counts less for far ancestors than for its container. */
  private Map<Element, double[]> decayed(Element body, List<TextBlock> blocks) {
    Map<Element, double[]> totals = new IdentityHashMap<>();
    for (TextBlock block : blocks) {
      double[] value = value(block);
      double content = value[0];
      double noise = value[1];
      int d = 0;
      for (Element e = block.owner(); e != null && d < 12; e = e.parent(), d++) {
        double f = d <= 1 ? 1 : d == 2 ? 0.8 : 2.0 / d;
        double[] sums = totals.computeIfAbsent(e, k -> new double[2]);
        sums[0] += content * f;
        sums[1] += noise * f;
        if (e == body) {
          break;
        }
      }
    }
    return totals;
  }

  private static boolean hinted(Element element) {
    return element.hasAttr("itemprop") && "articleBody".equals(element.attr("itemprop"))
        || element.normalName().equals("article")
        || namedAsArticleBody(element);
  }

  /** Whether the class or id names the article's text ("article-body", "entry-content", …). */
  static boolean namedAsArticleBody(Element element) {
    return namedAsArticleBody(element.className() + " " + element.id());
  }

  /** The same, for an element's class and id joined by a space. */
  static boolean namedAsArticleBody(String classAndId) {
    String words = Boilerplate.cap(classAndId);
    return mayHint(words) && GOOD_HINT.matcher(words).find();
  }

  /** Every alternative of GOOD_HINT contains one of these words: most names skip the regex. */
  private static boolean mayHint(String words) {
    // Without a lower-cased copy: this runs on every distinct class name of a page.
    return containsIgnoreCase(words, "body")
        || containsIgnoreCase(words, "content")
        || containsIgnoreCase(words, "text")
        || containsIgnoreCase(words, "itemprop");
  }

  private static boolean containsIgnoreCase(String text, String lowerWord) {
    for (int i = 0; i + lowerWord.length() <= text.length(); i++) {
      if (text.regionMatches(true, i, lowerWord, 0, lowerWord.length())) {
        return true;
      }
    }
    return false;
  }
}
