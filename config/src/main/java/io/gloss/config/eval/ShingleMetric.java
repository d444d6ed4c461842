package io.gloss.config.eval;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Zyte article-extraction-benchmark metric, as in its {@code evaluate.py}: tokens are {@code
 * \w+} runs, 4-gram shingles are counted as multisets, TP/FP/FN per page are normalized to sum 1,
 * precision and recall are averaged over pages (a page counts for precision only if it has TP+FP,
 * for recall only if it has TP+FN), and F1 is taken from the two means.
 */
public final class ShingleMetric {
  private static final Pattern TOKEN = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);
  private static final int N = 4;

  /** Normalized true positives, false positives and false negatives of one page. */
  public record Counts(double tp, double fp, double fn) {
    public double precision() {
      if (fp == 0 && fn == 0) {
        return 1;
      }
      if (tp == 0 && fp == 0) {
        return 0;
      }
      return tp / (tp + fp);
    }

    public double recall() {
      if (fp == 0 && fn == 0) {
        return 1;
      }
      if (tp == 0 && fn == 0) {
        return 0;
      }
      return tp / (tp + fn);
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
  }

  /** Mean precision, mean recall and the F1 of the two. */
  public record Score(double precision, double recall, double f1) {}

  private ShingleMetric() {}

  public static Counts compare(String truth, String prediction) {
    Map<List<String>, Integer> expected = shingles(truth);
    Map<List<String>, Integer> predicted = shingles(prediction);
    Set<List<String>> keys = new HashSet<>(expected.keySet());
    keys.addAll(predicted.keySet());
    double tp = 0;
    double fp = 0;
    double fn = 0;
    for (List<String> key : keys) {
      int t = expected.getOrDefault(key, 0);
      int p = predicted.getOrDefault(key, 0);
      tp += Math.min(t, p);
      fp += Math.max(0, p - t);
      fn += Math.max(0, t - p);
    }
    double sum = tp + fp + fn;
    return sum > 0 ? new Counts(tp / sum, fp / sum, fn / sum) : new Counts(0, 0, 0);
  }

  public static Score score(List<Counts> pages) {
    double precision =
        pages.stream()
            .filter(c -> c.tp() + c.fp() > 0)
            .mapToDouble(Counts::precision)
            .average()
            .orElse(0);
    double recall =
        pages.stream()
            .filter(c -> c.tp() + c.fn() > 0)
            .mapToDouble(Counts::recall)
            .average()
            .orElse(0);
    double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    return new Score(precision, recall, f1);
  }

  private static Map<List<String>, Integer> shingles(String text) {
    List<String> tokens = new java.util.ArrayList<>();
    Matcher m = TOKEN.matcher(text);
    while (m.find()) {
      tokens.add(m.group());
    }
    Map<List<String>, Integer> counts = new HashMap<>();
    for (int i = 0; i < Math.max(1, tokens.size() - N + 1); i++) {
      List<String> shingle = tokens.subList(i, Math.min(tokens.size(), i + N));
      if (!shingle.isEmpty()) {
        counts.merge(List.copyOf(shingle), 1, Integer::sum);
      }
    }
    return counts;
  }
}
