package io.gloss.bench;

import java.util.Arrays;

/** Median, 90th and 99th percentile of some values (nearest rank: always an observed value). */
record Quantiles(double median, double p90, double p99) {

  static Quantiles of(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return new Quantiles(rank(sorted, 0.50), rank(sorted, 0.90), rank(sorted, 0.99));
  }

  static double median(double[] values) {
    return of(values).median();
  }

  private static double rank(double[] sorted, double quantile) {
    int index = (int) Math.ceil(quantile * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
  }
}
