package io.gloss.core.store;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;

/**
 * Run in a child JVM by {@link KillMidWorkIT}: writes until killed and prints {@code ack N} after
 * each write returned (the moment a caller would tell a user "done").
 */
public final class KillMidWorkChild {
  private KillMidWorkChild() {}

  public static void main(String[] args) {
    try (Stores stores = Stores.open(StoreSettings.sqlite(Path.of(args[0])), Clock.systemUTC())) {
      for (int i = 1; ; i++) {
        String owner = "child:" + i;
        stores
            .processedEvents()
            .claim(
                "slack:Ev" + i,
                owner,
                java.time.Duration.ofMinutes(2),
                java.time.Duration.ofDays(1));
        stores.processedEvents().answered("slack:Ev" + i, owner);
        stores.llmUsage().add("T1", LocalDate.of(2026, 3, 2), 1, 10);
        System.out.println("ack " + i);
        System.out.flush();
      }
    }
  }
}
