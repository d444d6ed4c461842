package io.gloss.config.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

/** A reply's ids follow its work into the summary pool and do not stay there. */
class LogContextTest {
  private final ExecutorService pool = Executors.newSingleThreadExecutor();

  @AfterEach
  void stop() throws InterruptedException {
    MDC.clear();
    pool.shutdownNow();
    pool.awaitTermination(5, TimeUnit.SECONDS);
  }

  @Test
  void carrying_taskSeesTheHandingThreadsIds_poolThreadCleanAfter() throws Exception {
    BlockingQueue<Map<String, String>> seen = new LinkedBlockingQueue<>();
    MDC.put("workspace", "T0001");
    MDC.put("request_id", "abcd1234");

    LogContext.carrying(pool)
        .execute(
            () -> {
              Map<String, String> context = MDC.getCopyOfContextMap();
              MDC.put("leftover", "x");
              seen.offer(context);
            });

    assertThat(seen.poll(5, TimeUnit.SECONDS))
        .containsOnly(Map.entry("workspace", "T0001"), Map.entry("request_id", "abcd1234"));
    Map<String, String> left = pool.submit(MDC::getCopyOfContextMap).get(5, TimeUnit.SECONDS);
    assertThat(left == null ? Map.of() : left).isEmpty();
  }
}
