package io.gloss.core.port.out;

import java.time.Duration;

/**
 * Short leases on a piece of work (fetching a URL, summarizing an article with an LLM) shared by
 * every instance on one store: the holder does the work, the others wait for its stored result. A
 * lease runs out by itself, so a crashed holder blocks nobody for longer than the lease.
 * Thread-safe.
 */
public interface WorkLeases {

  /** Grants every lease: one process, whose cache already shares one load per key. */
  WorkLeases LOCAL =
      new WorkLeases() {
        @Override
        public boolean tryAcquire(String key, String owner, Duration lease) {
          return true;
        }

        @Override
        public void release(String key, String owner) {}
      };

  /**
   * Takes the lease of {@code key} for {@code owner} when nobody holds it or its holder's lease ran
   * out.
   *
   * @return true when {@code owner} now holds the lease
   * @throws RuntimeException when the store fails
   */
  boolean tryAcquire(String key, String owner, Duration lease);

  /** Gives up {@code owner}'s lease of {@code key}; nothing when another owner holds it. */
  void release(String key, String owner);
}
