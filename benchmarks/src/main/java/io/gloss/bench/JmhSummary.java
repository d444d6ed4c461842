package io.gloss.bench;

import java.io.PrintStream;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;

/** JMH's scores side by side per page set, with the ratios the issue asks for. */
final class JmhSummary {
  /** The benchmark methods in the order of {@link Step}, then the cache hit. */
  private static final List<String> ORDER =
      List.of("parse", "glossExtract", "readability4j", "offlineReply", "cacheHit");

  private JmhSummary() {}

  static void print(Collection<RunResult> results, PrintStream out) {
    if (results.isEmpty()) {
      return;
    }
    // set -> benchmark method -> score; "-" for the benchmark without pages (the cache hit).
    Map<String, Map<String, Result<?>>> bySet = new TreeMap<>(Comparator.reverseOrder());
    for (RunResult run : results) {
      String method = run.getParams().getBenchmark().replaceAll(".*\\.", "");
      String set = run.getParams().getParam("set");
      bySet
          .computeIfAbsent(set == null ? "-" : set, s -> new TreeMap<>(JmhSummary::byOrder))
          .put(method, run.getPrimaryResult());
    }
    String mode = results.iterator().next().getParams().getMode().longLabel();
    out.printf("%nJMH (%s, one thread; one operation = one page):%n", mode);
    bySet.forEach(
        (set, scores) -> {
          scores.forEach((method, score) -> printScore(set, method, score, out));
          printRatio(set, scores, "glossExtract", "parse", out);
          printRatio(set, scores, "readability4j", "glossExtract", out);
          printRatio(set, scores, "offlineReply", "glossExtract", out);
        });
  }

  private static int byOrder(String a, String b) {
    return Integer.compare(rank(a), rank(b));
  }

  private static int rank(String method) {
    int index = ORDER.indexOf(method);
    return index < 0 ? ORDER.size() : index;
  }

  private static void printScore(String set, String method, Result<?> score, PrintStream out) {
    double error = score.getScoreError();
    out.printf(
        Locale.ROOT,
        "  %-6s %-15s %10.3f %s%s%n",
        set,
        method,
        score.getScore(),
        score.getScoreUnit(),
        // JMH gives no error bar below two measured iterations.
        Double.isNaN(error) ? "" : String.format(Locale.ROOT, " ± %.3f (99.9%%)", error));
  }

  private static void printRatio(
      String set, Map<String, Result<?>> scores, String top, String bottom, PrintStream out) {
    Result<?> a = scores.get(top);
    Result<?> b = scores.get(bottom);
    if (a != null && b != null && a.getScoreUnit().equals(b.getScoreUnit())) {
      out.printf(
          Locale.ROOT, "  %-6s %s / %s: %.2fx%n", set, top, bottom, a.getScore() / b.getScore());
    }
  }
}
