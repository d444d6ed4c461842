package io.gloss.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuantilesTest {
  @Test
  void of_tenValues_nearestRankOfObservedValues() {
    Quantiles q = Quantiles.of(new double[] {10, 1, 9, 2, 8, 3, 7, 4, 6, 5});

    assertThat(q.median()).isEqualTo(5);
    assertThat(q.p90()).isEqualTo(9);
    assertThat(q.p99()).isEqualTo(10);
  }

  @Test
  void of_oneValue_isThatValue() {
    assertThat(Quantiles.of(new double[] {3.5})).isEqualTo(new Quantiles(3.5, 3.5, 3.5));
  }
}
