package io.gloss.config.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ShutdownSequenceTest {

  @Test
  void close_closesInReverseOrder_evenWhenOneFails() {
    List<String> closed = new ArrayList<>();
    ShutdownSequence sequence = new ShutdownSequence();
    sequence.register("HTTP server", () -> closed.add("http"));
    sequence.register(
        "digest scheduler",
        () -> {
          closed.add("digest");
          throw new IllegalStateException("stuck");
        });
    sequence.register("chat platforms", () -> closed.add("chat"));

    sequence.close();
    sequence.close();

    assertThat(closed).containsExactly("chat", "digest", "http");
  }
}
