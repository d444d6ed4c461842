package io.gloss.slack;

import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the slow part of a request (fetching, summarizing, posting) after the ack. The top-level
 * boundary of the adapter: anything unexpected is logged here with its context and goes no further.
 */
final class Work {
  private static final Logger log = LoggerFactory.getLogger(Work.class);
  private final Executor executor;

  Work(Executor executor) {
    this.executor = executor;
  }

  void submit(String what, Runnable task) {
    try {
      executor.execute(
          () -> {
            try {
              task.run();
            } catch (RuntimeException e) {
              log.error("Slack work failed: {}", what, e);
            }
          });
    } catch (RejectedExecutionException e) {
      log.warn("Slack work rejected (executor busy or shut down): {}", what);
    }
  }
}
