package io.gloss.core.extract;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Finds the article on any page: the element whose subtree holds the most good text (long blocks
 * with few links) against the least noise (short blocks and link lists). Maximizing content minus
 * noise over the tree picks one container when the article is in one, and their common parent when
 * it is split in parts with little chrome between them.
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
      int weight = block.weight();
      double links = block.linkDensity();
      double content = 0;
      double noise;
      if (weight >= contentWeightThreshold && links < 0.35) {
        content = weight * (1 - links);
        noise = weight * links;
      } else if (links >= 0.35) {
        noise = weight;
      } else {
        noise = block.isHeading() ? 0 : weight * 0.5;
      }
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
    Element best = body;
    double bestScore = Double.NEGATIVE_INFINITY;
    for (Map.Entry<Element, double[]> entry : totals.entrySet()) {
      double[] sums = entry.getValue();
      double score = sums[0] - noiseWeight * sums[1];
      if (sums[0] > 0 && hinted(entry.getKey())) {
        score += 0.15 * sums[0];
      }
      if (score > bestScore) {
        bestScore = score;
        best = entry.getKey();
      }
    }
    return best;
  }

  private static boolean hinted(Element element) {
    String words = Boilerplate.cap(element.className() + " " + element.id());
    return element.hasAttr("itemprop") && "articleBody".equals(element.attr("itemprop"))
        || GOOD_HINT.matcher(words).find()
        || element.normalName().equals("article");
  }
}
