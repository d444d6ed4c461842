package io.gloss.config.ops;

import java.util.ArrayDeque;
import java.util.Deque;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What to close when the service stops, in reverse order of registration (what started last stops
 * first). Components started by {@code gloss run} — chat platforms, schedulers such as the digest,
 * the HTTP server — register here; a failing close is logged and the others still run.
 */
public final class ShutdownSequence implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(ShutdownSequence.class);

  private record Step(String name, AutoCloseable resource) {}

  private final Deque<Step> steps = new ArrayDeque<>();

  /** Registers a resource to close at shutdown; returns it for chaining. */
  public synchronized <T extends AutoCloseable> T register(String name, T resource) {
    steps.push(new Step(name, resource));
    return resource;
  }

  @Override
  public synchronized void close() {
    while (!steps.isEmpty()) {
      Step step = steps.pop();
      long start = System.nanoTime();
      try {
        step.resource().close();
        log.debug("Closed {} in {} ms", step.name(), (System.nanoTime() - start) / 1_000_000);
      } catch (Exception e) {
        log.warn("Closing {} failed: {}", step.name(), e.toString());
      }
    }
  }
}
