package io.gloss.config.ops;

import java.util.Map;
import java.util.concurrent.Executor;
import org.jspecify.annotations.Nullable;
import org.slf4j.MDC;

/**
 * Carries the logging context (MDC: {@code platform}, {@code workspace}, {@code channel}, {@code
 * request_id}) across a hand-over to another pool, such as the summary cache's loads: a line logged
 * while a reply's page is fetched and summarized there still names the request. The worker's own
 * context is put back afterwards, so nothing leaks into the next task on a pooled thread.
 */
public final class LogContext {
  private LogContext() {}

  /** {@code pool}, running each task in the context of the thread that handed it over. */
  public static Executor carrying(Executor pool) {
    return task -> {
      @Nullable Map<String, String> handedOver = MDC.getCopyOfContextMap();
      pool.execute(
          () -> {
            @Nullable Map<String, String> own = MDC.getCopyOfContextMap();
            set(handedOver);
            try {
              task.run();
            } finally {
              set(own);
            }
          });
    };
  }

  private static void set(@Nullable Map<String, String> context) {
    if (context == null) {
      MDC.clear();
    } else {
      MDC.setContextMap(context);
    }
  }
}
