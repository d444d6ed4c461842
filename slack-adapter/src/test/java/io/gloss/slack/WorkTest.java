package io.gloss.slack;

import static org.assertj.core.api.Assertions.assertThat;

import io.gloss.core.domain.ChannelRef;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

/** The logging context of Slack work: the request's ids on the worker, nothing left after it. */
class WorkTest {
  private static final ChannelRef NEWS = new ChannelRef("slack", "T0001", "C0001");

  private final ExecutorService worker = Executors.newSingleThreadExecutor();
  private final Workspaces workspaces = new Workspaces();
  private final Work work = new Work(worker, Runnable::run, workspaces);

  @AfterEach
  void stop() throws InterruptedException {
    worker.shutdownNow();
    worker.awaitTermination(5, TimeUnit.SECONDS);
  }

  @Test
  void submit_taskSeesWorkspaceChannelAndOneRequestId_workerContextClearedAfter() throws Exception {
    List<Map<String, String>> seen = new CopyOnWriteArrayList<>();
    Runnable record =
        () -> {
          seen.add(MDC.getCopyOfContextMap());
          MDC.put("leftover", "from the task"); // a task that forgets to clean up after itself
        };

    work.submit(NEWS, "first", record);
    work.submit(new ChannelRef("slack", "T0002", "C0002"), "second", record);
    work.submit(
        NEWS,
        "third",
        () -> {
          throw new IllegalStateException("a failing task still leaves the context clean");
        });

    assertThat(contextOfTheWorker()).isEmpty();
    assertThat(seen).hasSize(2);
    assertThat(seen.get(0))
        .containsEntry("platform", "slack")
        .containsEntry("workspace", "T0001")
        .containsEntry("channel", "C0001")
        .doesNotContainKey("leftover");
    assertThat(seen.get(0).get("request_id")).matches("[0-9a-f]{8}");
    assertThat(seen.get(1))
        .containsEntry("workspace", "T0002")
        .containsEntry("channel", "C0002")
        .doesNotContainKey("leftover");
    assertThat(seen.get(1).get("request_id")).isNotEqualTo(seen.get(0).get("request_id"));
  }

  @Test
  void submit_onTheCallersThread_putsTheCallersContextBack() {
    Work inline = new Work(Runnable::run, Runnable::run, workspaces);
    MDC.put("request_id", "outer");
    try {
      inline.submit(NEWS, "inline", () -> assertThat(MDC.get("channel")).isEqualTo("C0001"));

      assertThat(MDC.getCopyOfContextMap()).containsOnly(Map.entry("request_id", "outer"));
    } finally {
      MDC.clear();
    }
  }

  @Test
  void submitIfInstalled_workspaceGone_dropsTheTaskAndLeavesNoContext() throws Exception {
    List<String> ran = new CopyOnWriteArrayList<>();
    workspaces.gone("T0001", "app_uninstalled");

    work.submitIfInstalled(NEWS, "links", () -> ran.add("T0001"));
    work.submitIfInstalled(
        new ChannelRef("slack", "T0002", "C0002"), "links", () -> ran.add(MDC.get("workspace")));

    assertThat(contextOfTheWorker()).isEmpty();
    assertThat(ran).containsExactly("T0002");
  }

  /** The worker's context once every task submitted before has run. */
  private Map<String, String> contextOfTheWorker() throws Exception {
    Map<String, String> context = worker.submit(MDC::getCopyOfContextMap).get(5, TimeUnit.SECONDS);
    return context == null ? Map.of() : context;
  }
}
