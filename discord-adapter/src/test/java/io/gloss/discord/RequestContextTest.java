package io.gloss.discord;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

/** The request's logging context travels to the worker and does not stay there. */
class RequestContextTest {
  private final ExecutorService worker = Executors.newSingleThreadExecutor();

  @AfterEach
  void stop() throws InterruptedException {
    MDC.clear();
    worker.shutdownNow();
    worker.awaitTermination(5, TimeUnit.SECONDS);
  }

  @Test
  void execute_workerSeesTheHandingThreadsContext_andIsCleanAfter() throws Exception {
    BlockingQueue<Map<String, String>> seen = new LinkedBlockingQueue<>();
    RequestContext executor = new RequestContext(worker);
    MDC.put("workspace", "2000");
    MDC.put("channel", "4000");
    MDC.put("request_id", "abcd1234");

    executor.execute(
        () -> {
          Map<String, String> context = MDC.getCopyOfContextMap();
          MDC.put("leftover", "from the task");
          seen.offer(context);
        });
    MDC.clear(); // the event thread moves on to its next event

    assertThat(seen.poll(5, TimeUnit.SECONDS))
        .containsOnly(
            Map.entry("workspace", "2000"),
            Map.entry("channel", "4000"),
            Map.entry("request_id", "abcd1234"));
    Map<String, String> left = worker.submit(MDC::getCopyOfContextMap).get(5, TimeUnit.SECONDS);
    assertThat(left == null ? Map.of() : left).isEmpty();
  }

  @Test
  void execute_failingTask_stillPutsTheWorkersOwnContextBack() {
    Executor workerWithOwnContext =
        task -> {
          MDC.setContextMap(Map.of("thread", "own"));
          try {
            task.run();
          } catch (IllegalStateException expected) {
            // a pool logs it and moves on
          }
        };
    MDC.put("request_id", "abcd1234");

    new RequestContext(workerWithOwnContext)
        .execute(
            () -> {
              assertThat(MDC.getCopyOfContextMap())
                  .containsOnly(Map.entry("request_id", "abcd1234"));
              throw new IllegalStateException("boom");
            });

    assertThat(MDC.getCopyOfContextMap()).containsOnly(Map.entry("thread", "own"));
  }
}
