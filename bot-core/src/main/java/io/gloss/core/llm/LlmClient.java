package io.gloss.core.llm;

import dev.langchain4j.exception.ContentFilteredException;
import dev.langchain4j.exception.HttpException;
import dev.langchain4j.exception.RateLimitException;
import dev.langchain4j.model.chat.Capability;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.FinishReason;
import dev.langchain4j.model.output.TokenUsage;
import io.gloss.core.domain.LlmUsage;
import io.gloss.core.port.out.LlmUsageStore;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One bounded model call: the workspace's daily budget is checked before it, a semaphore limits
 * calls in flight (a caller waits at most {@link LlmSettings#timeout()} for a slot), and the call
 * itself gets at most {@link LlmSettings#callDeadline()}; usage is recorded after it. Never throws
 * for provider trouble: the outcome says what went wrong. Shared by {@link LlmSummarizer} and
 * {@link LlmTermDefiner} so that both count against one budget.
 */
public final class LlmClient {
  private static final Logger log = LoggerFactory.getLogger(LlmClient.class);

  /** What a call produced. */
  public sealed interface Outcome permits Answer, Failed {}

  /** The model's text and the tokens it cost. */
  public record Answer(String text, long tokens) implements Outcome {}

  /** No usable answer. */
  public record Failed(FallbackReason reason) implements Outcome {}

  private final ChatModel model;
  private final LlmSettings settings;
  private final LlmUsageStore usage;
  private final Clock clock;
  private final ExecutorService executor;
  private final Semaphore slots;
  private final LlmMetrics metrics = new LlmMetrics();
  private final CircuitBreaker breaker = new CircuitBreaker(BREAKER_THRESHOLD, BREAKER_COOLDOWN);

  /** Failures in a row (timeouts, 429, 5xx, transport) that pause the provider. */
  public static final int BREAKER_THRESHOLD = 5;

  /** How long calls fail fast once the breaker opened. */
  public static final Duration BREAKER_COOLDOWN = Duration.ofSeconds(30);

  /**
   * @param executor runs the blocking provider calls, so that the caller can stop waiting; a call
   *     stuck past its deadline is interrupted and its thread given back when the client returns
   */
  public LlmClient(
      ChatModel model,
      LlmSettings settings,
      LlmUsageStore usage,
      Clock clock,
      ExecutorService executor) {
    this.model = Objects.requireNonNull(model, "model");
    this.settings = Objects.requireNonNull(settings, "settings");
    this.usage = Objects.requireNonNull(usage, "usage");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.executor = Objects.requireNonNull(executor, "executor");
    this.slots = new Semaphore(Math.max(1, settings.maxConcurrency()), true);
  }

  /** With its own pool of daemon threads. */
  public LlmClient(ChatModel model, LlmSettings settings, LlmUsageStore usage, Clock clock) {
    this(model, settings, usage, clock, daemonPool());
  }

  public LlmSettings settings() {
    return settings;
  }

  public LlmMetrics metrics() {
    return metrics;
  }

  /** Whether calls fail fast now because the provider kept failing (for the metrics gauge). */
  public boolean breakerOpen() {
    return breaker.isOpen(clock.instant());
  }

  /** Whether requests may carry a JSON-schema response format (else the prompt describes it). */
  public boolean supportsJsonSchema() {
    return model.supportedCapabilities().contains(Capability.RESPONSE_FORMAT_JSON_SCHEMA);
  }

  /**
   * Calls the model once (langchain4j may retry inside, as configured).
   *
   * @param workspace whose budget pays
   * @param estimatedTokens input plus output tokens expected, checked against the budget first
   */
  public Outcome call(String workspace, ChatRequest request, long estimatedTokens) {
    LocalDate day = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    LlmUsage used = usage.get(workspace, day);
    if (used.calls() + 1L > settings.dailyCallBudget()
        || used.tokens() + estimatedTokens > settings.dailyTokenBudget()) {
      return failed(FallbackReason.BUDGET);
    }
    if (!breaker.allow(clock.instant())) {
      return failed(FallbackReason.UNAVAILABLE);
    }
    Outcome outcome = attempt(workspace, day, request, estimatedTokens);
    if (outcome instanceof Failed failed && failed.reason() == FallbackReason.BUSY) {
      breaker.skipped(); // the provider was not asked
    } else if (outcome instanceof Failed failed && countsAgainstProvider(failed.reason())) {
      breaker.failure(clock.instant());
    } else {
      breaker.success();
    }
    return outcome;
  }

  private static boolean countsAgainstProvider(FallbackReason reason) {
    return reason == FallbackReason.TIMEOUT
        || reason == FallbackReason.RATE_LIMITED
        || reason == FallbackReason.PROVIDER_ERROR;
  }

  private Outcome attempt(
      String workspace, LocalDate day, ChatRequest request, long estimatedTokens) {
    long deadlineMillis = settings.callDeadline().toMillis();
    try {
      // Waiting for a slot costs at most one attempt's timeout, so a reply is never held twice.
      if (!slots.tryAcquire(settings.timeout().toMillis(), TimeUnit.MILLISECONDS)) {
        return failed(FallbackReason.BUSY);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return failed(FallbackReason.BUSY);
    }
    long tokens = 0;
    try {
      Future<ChatResponse> future =
          executor.submit(
              () -> ProviderRetry.call(() -> model.chat(request), settings.maxRetries()));
      ChatResponse response;
      try {
        response = future.get(deadlineMillis, TimeUnit.MILLISECONDS);
      } catch (TimeoutException e) {
        future.cancel(true);
        log.warn("LLM call passed its deadline of {} ms", deadlineMillis);
        return failed(FallbackReason.TIMEOUT);
      } catch (ExecutionException e) {
        FallbackReason reason = reasonFor(e.getCause());
        log.warn(
            "LLM call failed: {} ({})",
            reason.code(),
            describe(Objects.requireNonNullElse(e.getCause(), e)));
        return failed(reason);
      } catch (InterruptedException e) {
        future.cancel(true);
        Thread.currentThread().interrupt();
        return failed(FallbackReason.TIMEOUT);
      }
      tokens = tokensOf(response, estimatedTokens);
      if (response.finishReason() == FinishReason.CONTENT_FILTER) {
        return failed(FallbackReason.REFUSAL);
      }
      String text = response.aiMessage() == null ? null : response.aiMessage().text();
      if (text == null || text.isBlank()) {
        return failed(FallbackReason.EMPTY_OUTPUT);
      }
      return new Answer(text, tokens);
    } finally {
      slots.release();
      usage.add(workspace, day, 1, tokens);
      metrics.call(tokens);
    }
  }

  private Failed failed(FallbackReason reason) {
    return new Failed(reason);
  }

  private static long tokensOf(ChatResponse response, long estimate) {
    TokenUsage tokenUsage = response.tokenUsage();
    if (tokenUsage != null && tokenUsage.totalTokenCount() != null) {
      return tokenUsage.totalTokenCount();
    }
    return estimate;
  }

  /** Maps library exceptions in one place; the cause chain is searched. */
  static FallbackReason reasonFor(@Nullable Throwable error) {
    for (Throwable t = error; t != null; t = t.getCause()) {
      if (t instanceof RateLimitException) {
        return FallbackReason.RATE_LIMITED;
      }
      if (t instanceof HttpException http && http.statusCode() == 429) {
        return FallbackReason.RATE_LIMITED;
      }
      if (t instanceof dev.langchain4j.exception.TimeoutException
          || t instanceof HttpTimeoutException
          || t instanceof java.net.SocketTimeoutException
          || t instanceof TimeoutException) {
        return FallbackReason.TIMEOUT;
      }
      if (t instanceof ContentFilteredException) {
        return FallbackReason.REFUSAL;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return FallbackReason.PROVIDER_ERROR;
  }

  /** Class and status only: provider messages may echo the request. */
  private static String describe(Throwable t) {
    if (t instanceof HttpException http) {
      return t.getClass().getSimpleName() + " status " + http.statusCode();
    }
    return t.getClass().getSimpleName();
  }

  private static ExecutorService daemonPool() {
    AtomicInteger count = new AtomicInteger();
    return Executors.newCachedThreadPool(
        runnable -> {
          Thread thread = new Thread(runnable, "gloss-llm-" + count.incrementAndGet());
          thread.setDaemon(true);
          return thread;
        });
  }
}
