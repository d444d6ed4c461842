package io.gloss.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.gloss.core.domain.LlmUsage;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A process killed in the middle of work (SIGKILL) loses nothing it acknowledged. */
class KillMidWorkIT {
  @TempDir Path dataDir;

  @Test
  void killedWriter_everyAcknowledgedWriteIsThere() throws Exception {
    Process child =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                KillMidWorkChild.class.getName(),
                dataDir.toString())
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    int acknowledged = 0;
    try (BufferedReader out =
        new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = out.readLine()) != null) {
        if (line.startsWith("ack ")) {
          acknowledged = Integer.parseInt(line.substring(4));
          if (acknowledged == 50) {
            child.destroyForcibly();
            break;
          }
        }
      }
    } finally {
      child.destroyForcibly();
      child.waitFor(30, TimeUnit.SECONDS);
    }
    assertThat(acknowledged).isEqualTo(50);

    try (Stores stores = Stores.open(StoreSettings.sqlite(dataDir), Clock.systemUTC())) {
      LlmUsage usage = stores.llmUsage().get("T1", LocalDate.of(2026, 3, 2));
      assertThat(usage.calls()).isGreaterThanOrEqualTo(acknowledged);
      for (int i = 1; i <= acknowledged; i++) {
        assertThat(
                stores
                    .processedEvents()
                    .claim("slack:Ev" + i, "after", Duration.ofMinutes(2), Duration.ofDays(1)))
            .as("event %d was acknowledged", i)
            .isFalse();
      }
    }
  }
}
