package io.gloss.slack;

import io.gloss.core.domain.ChannelRef;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Runs the slow part of a request (fetching, summarizing, posting) after the ack. The top-level
 * boundary of the adapter: anything unexpected is logged here with its context and goes no further.
 *
 * <p>A request whose user should see at once that Gloss is on it (👀 on a pasted link) is
 * {@linkplain #acceptIfInstalled accepted} first on a small executor of its own, so that the core's
 * plan and the reaction never wait behind other requests' fetches on the work executor.
 *
 * <p>Every line logged while the work runs carries {@code platform}, {@code workspace} and {@code
 * channel} (ids only) and one {@code request_id} for the whole request in the logging context (the
 * MDC). The worker's context is put back as it was afterwards, so nothing leaks into the next task
 * on a pooled thread.
 */
final class Work {
  private static final Logger log = LoggerFactory.getLogger(Work.class);
  private final Executor executor;
  private final Executor acks;
  private final Workspaces workspaces;

  /**
   * @param executor the work executor: fetching, summarizing, posting
   * @param acks the acknowledgement executor: the quick first step of {@link #acceptIfInstalled}
   */
  Work(Executor executor, Executor acks, Workspaces workspaces) {
    this.executor = executor;
    this.acks = acks;
    this.workspaces = workspaces;
  }

  /**
   * A request in two steps, both dropped when the app was uninstalled from the workspace of {@code
   * where} meanwhile: {@code accept} runs on the acknowledgement executor (the core's plan and what
   * the user sees at once) and returns the slow rest, if any, which then runs on the work executor.
   * Both steps log with the same request id.
   */
  void acceptIfInstalled(ChannelRef where, String what, Supplier<@Nullable Runnable> accept) {
    String requestId = newRequestId();
    run(
        acks,
        where,
        what,
        requestId,
        installed(
            where,
            what,
            () -> {
              Runnable rest = accept.get();
              if (rest != null) {
                run(executor, where, what, requestId, installed(where, what, rest));
              }
            }));
  }

  /**
   * As {@link #submit(ChannelRef, String, Runnable)}, dropped when it is about to start and the app
   * was uninstalled from the workspace of {@code where} meanwhile.
   */
  void submitIfInstalled(ChannelRef where, String what, Runnable task) {
    submit(where, what, installed(where, what, task));
  }

  private Runnable installed(ChannelRef where, String what, Runnable task) {
    return () -> {
      if (workspaces.isGone(where.workspace())) {
        log.debug(
            "Slack work dropped, the app was uninstalled from {}: {}", where.workspace(), what);
        return;
      }
      task.run();
    };
  }

  /** Runs {@code task} on the executor for a request made in channel {@code where}. */
  void submit(ChannelRef where, String what, Runnable task) {
    run(executor, where, what, newRequestId(), task);
  }

  private static String newRequestId() {
    return UUID.randomUUID().toString().substring(0, 8);
  }

  private static void run(
      Executor executor, ChannelRef where, String what, String requestId, Runnable task) {
    try {
      executor.execute(
          () -> {
            @Nullable Map<String, String> previous = MDC.getCopyOfContextMap();
            MDC.put("platform", LinkReplies.PLATFORM);
            MDC.put("workspace", where.workspace());
            MDC.put("channel", where.channel());
            MDC.put("request_id", requestId);
            try {
              task.run();
            } catch (RuntimeException e) {
              log.error("Slack work failed: {}", what, e);
            } finally {
              if (previous == null) {
                MDC.clear();
              } else {
                MDC.setContextMap(previous);
              }
            }
          });
    } catch (RejectedExecutionException e) {
      log.warn("Slack work rejected (executor busy or shut down): {}", what);
    }
  }
}
