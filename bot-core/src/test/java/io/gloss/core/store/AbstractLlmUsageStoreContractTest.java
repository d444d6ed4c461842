package io.gloss.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.gloss.core.domain.LlmUsage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

/** The contract of {@link io.gloss.core.port.out.LlmUsageStore} on every database. */
abstract class AbstractLlmUsageStoreContractTest extends StoreContract {
  private static final LocalDate DAY = LocalDate.of(2026, 3, 2);

  @Test
  void get_nothingUsed_returnsNone() {
    assertThat(new JdbcLlmUsageStore(database).get("T1", DAY)).isEqualTo(LlmUsage.NONE);
  }

  @Test
  void add_accumulatesPerWorkspaceAndDay() {
    JdbcLlmUsageStore usage = new JdbcLlmUsageStore(database);

    assertThat(usage.add("T1", DAY, 1, 100)).isEqualTo(new LlmUsage(1, 100));
    assertThat(usage.add("T1", DAY, 2, 50)).isEqualTo(new LlmUsage(3, 150));
    usage.add("T2", DAY, 1, 7);
    usage.add("T1", DAY.plusDays(1), 1, 7);

    assertThat(new JdbcLlmUsageStore(restart()).get("T1", DAY)).isEqualTo(new LlmUsage(3, 150));
  }

  @Test
  void add_concurrentlyFromTwoInstances_loosesNothing() throws Exception {
    JdbcLlmUsageStore first = new JdbcLlmUsageStore(database);
    JdbcLlmUsageStore second = new JdbcLlmUsageStore(another());
    List<Callable<LlmUsage>> adds = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      JdbcLlmUsageStore instance = i % 2 == 0 ? first : second;
      adds.add(() -> instance.add("T1", DAY, 1, 10));
    }

    race(adds);

    assertThat(first.get("T1", DAY)).isEqualTo(new LlmUsage(20, 200));
  }
}
