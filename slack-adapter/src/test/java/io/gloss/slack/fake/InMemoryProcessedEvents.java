package io.gloss.slack.fake;

import io.gloss.core.port.out.ProcessedEvents;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

public final class InMemoryProcessedEvents implements ProcessedEvents {
  private final Set<String> claimed = ConcurrentHashMap.newKeySet();

  @Override
  public boolean claim(String eventKey, Duration ttl) {
    return claimed.add(eventKey);
  }

  public Set<String> claimed() {
    return Set.copyOf(claimed);
  }
}
