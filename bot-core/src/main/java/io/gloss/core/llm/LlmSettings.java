package io.gloss.core.llm;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Language-model settings, built by {@code config} from the {@code llm.*} keys.
 *
 * @param provider which client to build; {@link Provider#NONE} disables the model
 * @param model the model name, e.g. {@code gpt-4o-mini}
 * @param apiKey the provider key ({@code GLOSS_LLM_API_KEY}); never printed
 * @param baseUrl the API base URL; {@code null} for the provider's default
 * @param timeout per HTTP attempt; the whole call (with its retries) gets a deadline derived from
 *     it, see {@link #callDeadline()}
 * @param maxInputChars article characters sent at most (sentences past it are left out)
 * @param maxOutputTokens the model's output limit
 * @param temperature sampling temperature
 * @param maxRetries retries on HTTP 429 and 5xx only, made by {@code ProviderRetry} (langchain4j's
 *     own retry, which also retries timeouts, is switched off)
 * @param dailyCallBudget model calls per workspace and UTC day
 * @param dailyTokenBudget input plus output tokens per workspace and UTC day
 * @param maxConcurrency model calls in flight at once in this process
 */
public record LlmSettings(
    Provider provider,
    String model,
    @Nullable String apiKey,
    @Nullable String baseUrl,
    Duration timeout,
    int maxInputChars,
    int maxOutputTokens,
    double temperature,
    int maxRetries,
    int dailyCallBudget,
    long dailyTokenBudget,
    int maxConcurrency) {

  /** The clients Gloss can build. */
  public enum Provider {
    NONE,
    /** OpenAI or any OpenAI-compatible server (vLLM, LM Studio, gateways) via {@code baseUrl}. */
    OPENAI,
    ANTHROPIC,
    GEMINI,
    /**
     * Ollama through its OpenAI-compatible {@code /v1} API: {@code langchain4j-ollama:1.19.0} does
     * not resolve from the repository we build with.
     */
    OLLAMA;

    /** The value of {@code llm.provider}. */
    public String id() {
      return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Provider> parse(String text) {
      String wanted = text.trim().toLowerCase(Locale.ROOT);
      for (Provider provider : values()) {
        if (provider.id().equals(wanted)) {
          return Optional.of(provider);
        }
      }
      return Optional.empty();
    }
  }

  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(20);
  public static final int DEFAULT_MAX_INPUT_CHARS = 12_000;
  public static final int DEFAULT_MAX_OUTPUT_TOKENS = 1_024;
  public static final double DEFAULT_TEMPERATURE = 0.2;
  public static final int DEFAULT_MAX_RETRIES = 1;
  public static final int DEFAULT_DAILY_CALL_BUDGET = 500;
  public static final long DEFAULT_DAILY_TOKEN_BUDGET = 2_000_000;
  public static final int DEFAULT_MAX_CONCURRENCY = 4;

  /** The Ollama OpenAI-compatible endpoint used when {@code llm.base-url} is not set. */
  public static final String DEFAULT_OLLAMA_BASE_URL = "http://localhost:11434/v1";

  public LlmSettings {
    Objects.requireNonNull(provider, "provider");
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(timeout, "timeout");
  }

  /** No model: the extractive summarizer only. */
  public static LlmSettings defaults() {
    return new LlmSettings(
        Provider.NONE,
        "",
        null,
        null,
        DEFAULT_TIMEOUT,
        DEFAULT_MAX_INPUT_CHARS,
        DEFAULT_MAX_OUTPUT_TOKENS,
        DEFAULT_TEMPERATURE,
        DEFAULT_MAX_RETRIES,
        DEFAULT_DAILY_CALL_BUDGET,
        DEFAULT_DAILY_TOKEN_BUDGET,
        DEFAULT_MAX_CONCURRENCY);
  }

  /** The defaults with a provider, model, key and base URL. */
  public static LlmSettings of(
      Provider provider, String model, @Nullable String apiKey, @Nullable String baseUrl) {
    LlmSettings d = defaults();
    return new LlmSettings(
        provider,
        model,
        apiKey,
        baseUrl,
        d.timeout,
        d.maxInputChars,
        d.maxOutputTokens,
        d.temperature,
        d.maxRetries,
        d.dailyCallBudget,
        d.dailyTokenBudget,
        d.maxConcurrency);
  }

  public boolean enabled() {
    return provider != Provider.NONE;
  }

  /**
   * The longest a caller waits for one model call, retries included: every attempt may take {@link
   * #timeout()}, plus a second of slack and two per retry for langchain4j's back-off. It also
   * covers a server that sends headers and then stalls, which the HTTP client's own timeout does
   * not. With the defaults (20 s, 1 retry): 43 s.
   */
  public Duration callDeadline() {
    return timeout.multipliedBy(maxRetries + 1L).plusSeconds(1L + 2L * maxRetries);
  }

  public LlmSettings withTimeout(Duration newTimeout) {
    return new LlmSettings(
        provider,
        model,
        apiKey,
        baseUrl,
        newTimeout,
        maxInputChars,
        maxOutputTokens,
        temperature,
        maxRetries,
        dailyCallBudget,
        dailyTokenBudget,
        maxConcurrency);
  }

  public LlmSettings withMaxRetries(int newMaxRetries) {
    return new LlmSettings(
        provider,
        model,
        apiKey,
        baseUrl,
        timeout,
        maxInputChars,
        maxOutputTokens,
        temperature,
        newMaxRetries,
        dailyCallBudget,
        dailyTokenBudget,
        maxConcurrency);
  }

  public LlmSettings withBudget(int newDailyCallBudget, long newDailyTokenBudget) {
    return new LlmSettings(
        provider,
        model,
        apiKey,
        baseUrl,
        timeout,
        maxInputChars,
        maxOutputTokens,
        temperature,
        maxRetries,
        newDailyCallBudget,
        newDailyTokenBudget,
        maxConcurrency);
  }

  public LlmSettings withMaxInputChars(int newMaxInputChars) {
    return new LlmSettings(
        provider,
        model,
        apiKey,
        baseUrl,
        timeout,
        newMaxInputChars,
        maxOutputTokens,
        temperature,
        maxRetries,
        dailyCallBudget,
        dailyTokenBudget,
        maxConcurrency);
  }

  /**
   * Every problem at once, each naming its key ({@code llm.base-url: ...}), so that a config check
   * can report them together. Empty when the settings are usable.
   */
  public List<String> validate() {
    List<String> problems = new ArrayList<>();
    if (provider != Provider.NONE && model.isBlank()) {
      problems.add("llm.model: required when llm.provider is " + provider.id());
    }
    boolean keyRequired =
        provider == Provider.ANTHROPIC
            || provider == Provider.GEMINI
            || (provider == Provider.OPENAI && baseUrl == null);
    if (keyRequired && (apiKey == null || apiKey.isBlank())) {
      problems.add(
          "llm.api-key: required when llm.provider is "
              + provider.id()
              + " (set GLOSS_LLM_API_KEY)");
    }
    if (baseUrl != null) {
      problems.addAll(baseUrlProblems(baseUrl));
    }
    if (timeout.isNegative() || timeout.isZero() || timeout.compareTo(Duration.ofMinutes(5)) > 0) {
      problems.add("llm.timeout: must be between 1ms and 5m, was " + timeout);
    }
    if (maxInputChars < 500 || maxInputChars > 1_000_000) {
      problems.add("llm.max-input-chars: must be between 500 and 1000000, was " + maxInputChars);
    }
    if (maxOutputTokens < 64 || maxOutputTokens > 65_536) {
      problems.add("llm.max-output-tokens: must be between 64 and 65536, was " + maxOutputTokens);
    }
    if (!(temperature >= 0.0 && temperature <= 2.0)) {
      problems.add("llm.temperature: must be between 0 and 2, was " + temperature);
    }
    if (maxRetries < 0 || maxRetries > 3) {
      problems.add("llm.max-retries: must be between 0 and 3, was " + maxRetries);
    }
    if (dailyCallBudget < 0) {
      problems.add("llm.daily-calls: must be 0 or more, was " + dailyCallBudget);
    }
    if (dailyTokenBudget < 0) {
      problems.add("llm.daily-tokens: must be 0 or more, was " + dailyTokenBudget);
    }
    if (maxConcurrency < 1 || maxConcurrency > 256) {
      problems.add("llm.concurrency: must be between 1 and 256, was " + maxConcurrency);
    }
    return List.copyOf(problems);
  }

  /** Never echoes the URL: it might carry credentials. */
  private static List<String> baseUrlProblems(String url) {
    try {
      URI uri = new URI(url);
      if (uri.getUserInfo() != null) {
        return List.of("llm.base-url: must not carry credentials; use llm.api-key");
      }
      String scheme = uri.getScheme();
      if (scheme == null
          || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
          || uri.getHost() == null) {
        return List.of("llm.base-url: must be an http(s) URL with a host");
      }
      return List.of();
    } catch (java.net.URISyntaxException e) {
      return List.of("llm.base-url: not a valid URL");
    }
  }

  /** Redacts the key: settings end up in logs and error messages. */
  @Override
  public String toString() {
    return "LlmSettings[provider="
        + provider.id()
        + ", model="
        + model
        + ", apiKey="
        + (apiKey == null || apiKey.isEmpty() ? "(none)" : "***")
        + ", baseUrl="
        + baseUrl
        + ", timeout="
        + timeout
        + ", maxInputChars="
        + maxInputChars
        + ", maxOutputTokens="
        + maxOutputTokens
        + ", temperature="
        + temperature
        + ", maxRetries="
        + maxRetries
        + ", dailyCallBudget="
        + dailyCallBudget
        + ", dailyTokenBudget="
        + dailyTokenBudget
        + ", maxConcurrency="
        + maxConcurrency
        + "]";
  }
}
