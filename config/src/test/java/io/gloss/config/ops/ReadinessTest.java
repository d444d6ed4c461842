package io.gloss.config.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class ReadinessTest {

  @Test
  void problems_noChecksYet_isStarting() {
    assertThat(new Readiness().problems()).containsExactly("starting");
  }

  @Test
  void problems_followTheChecks() {
    Readiness readiness = new Readiness();
    AtomicBoolean connected = new AtomicBoolean();
    readiness.add("store", () -> null);
    readiness.add("slack", () -> connected.get() ? null : "not connected");

    assertThat(readiness.problems()).containsExactly("slack: not connected");
    connected.set(true);
    assertThat(readiness.problems()).isEmpty();
  }

  @Test
  void problems_failingCheckOrStopping_areReasons() {
    Readiness readiness = new Readiness();
    readiness.add(
        "store",
        () -> {
          throw new IllegalStateException("jdbc:postgresql://user:secret@host");
        });
    readiness.stopping();

    assertThat(readiness.problems())
        .containsExactly("shutting down", "store: IllegalStateException");
  }
}
