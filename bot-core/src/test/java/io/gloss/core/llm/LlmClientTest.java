package io.gloss.core.llm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The concurrency limit, deterministic with latches. A hand-written ChatModel stands in for the
 * provider here only: the HTTP behaviour is covered by the loopback ITs in the config module.
 */
class LlmClientTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-03-02T23:59:00Z"), ZoneOffset.UTC);
  private final ExecutorService callers = Executors.newCachedThreadPool();

  @AfterEach
  void stop() {
    callers.shutdownNow();
  }

  /** Answers "ok" once released; counts the calls that started. */
  private static final class GatedModel implements ChatModel {
    final CountDownLatch started = new CountDownLatch(1);
    final CountDownLatch release = new CountDownLatch(1);

    @Override
    public ChatResponse doChat(ChatRequest request) {
      started.countDown();
      try {
        release.await(30, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return ChatResponse.builder().aiMessage(AiMessage.from("ok")).build();
    }
  }

  private static LlmSettings settings(int concurrency) {
    LlmSettings d = LlmSettings.defaults();
    return new LlmSettings(
        LlmSettings.Provider.OPENAI,
        "fake",
        null,
        "http://127.0.0.1:1/v1",
        Duration.ofMillis(200),
        d.maxInputChars(),
        d.maxOutputTokens(),
        d.temperature(),
        0,
        100,
        1_000_000,
        concurrency);
  }

  private static ChatRequest request() {
    return ChatRequest.builder().messages(UserMessage.from("x")).build();
  }

  @Test
  void call_allSlotsBusy_returnsBusyWithoutCallingTheModel() throws Exception {
    GatedModel model = new GatedModel();
    InMemoryLlmUsageStore usage = new InMemoryLlmUsageStore();
    // A slot is waited for one timeout (1 s); the first call holds it until the model answers
    // (released below, after the second caller gave up) or its deadline (2 s).
    LlmClient client =
        new LlmClient(model, settings(1).withTimeout(Duration.ofSeconds(1)), usage, CLOCK, callers);
    Future<LlmClient.Outcome> first = callers.submit(() -> client.call("w", request(), 10));
    assertThat(model.started.await(10, TimeUnit.SECONDS)).isTrue();

    LlmClient.Outcome second = client.call("w", request(), 10);
    model.release.countDown();

    assertThat(second).isEqualTo(new LlmClient.Failed(FallbackReason.BUSY));
    assertThat(first.get(10, TimeUnit.SECONDS)).isInstanceOf(LlmClient.Answer.class);
    assertThat(client.metrics().snapshot().calls()).isEqualTo(1);
    assertThat(usage.get("w", LocalDate.of(2026, 3, 2)).calls()).isEqualTo(1);
  }

  @Test
  void call_modelStallsPastDeadline_returnsTimeoutAndFreesTheSlot() throws Exception {
    GatedModel model = new GatedModel();
    LlmClient client =
        new LlmClient(model, settings(1), new InMemoryLlmUsageStore(), CLOCK, callers);

    LlmClient.Outcome outcome = client.call("w", request(), 10);

    assertThat(outcome).isEqualTo(new LlmClient.Failed(FallbackReason.TIMEOUT));
    model.release.countDown();
    GatedModel next = new GatedModel();
    next.release.countDown();
    LlmClient again = new LlmClient(next, settings(1), new InMemoryLlmUsageStore(), CLOCK, callers);
    assertThat(again.call("w", request(), 10)).isInstanceOf(LlmClient.Answer.class);
  }

  @Test
  void call_dayRollsOverAtUtcMidnight() {
    InMemoryLlmUsageStore usage = new InMemoryLlmUsageStore();
    usage.add("w", LocalDate.of(2026, 3, 1), 100, 0);
    GatedModel model = new GatedModel();
    model.release.countDown();
    LlmClient client = new LlmClient(model, settings(1), usage, CLOCK, callers);

    assertThat(client.call("w", request(), 10)).isInstanceOf(LlmClient.Answer.class);
  }

  /** A clock the test moves. */
  private static final class MovableClock extends Clock {
    private Instant now = Instant.parse("2026-03-02T10:00:00Z");

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  /** Fails every call with a provider error until told to answer. */
  private static final class FlakyModel implements ChatModel {
    final java.util.concurrent.atomic.AtomicInteger calls =
        new java.util.concurrent.atomic.AtomicInteger();
    volatile boolean healthy;

    @Override
    public ChatResponse doChat(ChatRequest request) {
      calls.incrementAndGet();
      if (!healthy) {
        throw new dev.langchain4j.exception.InternalServerException("down");
      }
      return ChatResponse.builder().aiMessage(AiMessage.from("ok")).build();
    }
  }

  @Test
  void call_providerKeepsFailing_opensTheBreakerThenTriesAgainAfterCooldown() {
    MovableClock clock = new MovableClock();
    FlakyModel model = new FlakyModel();
    LlmClient client =
        new LlmClient(model, settings(2), new InMemoryLlmUsageStore(), clock, callers);
    for (int i = 0; i < LlmClient.BREAKER_THRESHOLD; i++) {
      assertThat(client.call("w", request(), 10))
          .isEqualTo(new LlmClient.Failed(FallbackReason.PROVIDER_ERROR));
    }

    assertThat(client.call("w", request(), 10))
        .isEqualTo(new LlmClient.Failed(FallbackReason.UNAVAILABLE));
    assertThat(model.calls).hasValue(LlmClient.BREAKER_THRESHOLD);

    clock.now = clock.now.plus(LlmClient.BREAKER_COOLDOWN).plusSeconds(1);
    model.healthy = true;
    assertThat(client.call("w", request(), 10)).isInstanceOf(LlmClient.Answer.class);
    assertThat(client.call("w", request(), 10)).isInstanceOf(LlmClient.Answer.class);
    assertThat(model.calls).hasValue(LlmClient.BREAKER_THRESHOLD + 2);
  }

  @Test
  void call_trialAfterCooldownFails_opensAgainAtOnce() {
    MovableClock clock = new MovableClock();
    FlakyModel model = new FlakyModel();
    LlmClient client =
        new LlmClient(model, settings(2), new InMemoryLlmUsageStore(), clock, callers);
    for (int i = 0; i < LlmClient.BREAKER_THRESHOLD; i++) {
      client.call("w", request(), 10);
    }
    clock.now = clock.now.plus(LlmClient.BREAKER_COOLDOWN).plusSeconds(1);

    assertThat(client.call("w", request(), 10))
        .isEqualTo(new LlmClient.Failed(FallbackReason.PROVIDER_ERROR));
    assertThat(client.call("w", request(), 10))
        .isEqualTo(new LlmClient.Failed(FallbackReason.UNAVAILABLE));
  }
}
