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
  private final Workspaces workspaces;

  Work(Executor executor, Workspaces workspaces) {
    this.executor = executor;
    this.workspaces = workspaces;
  }

  /**
   * As {@link #submit(String, Runnable)}, for work on behalf of workspace {@code team}: dropped
   * when it is about to start and the app was uninstalled from that workspace meanwhile.
   */
  void submit(String team, String what, Runnable task) {
    submit(
        what,
        () -> {
          if (workspaces.isGone(team)) {
            log.debug("Slack work dropped, the app was uninstalled from {}: {}", team, what);
            return;
          }
          task.run();
        });
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
