package io.gloss.config.llm;

import dev.langchain4j.model.anthropic.AnthropicChatModel;
import dev.langchain4j.model.chat.Capability;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.googleai.GoogleAiGeminiChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import io.gloss.core.llm.LlmSettings;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The chat model for the configured provider, with timeout, retries (configured here once; Gloss
 * never retries around them), temperature and output limit.
 *
 * <ul>
 *   <li>{@code openai}: OpenAI or any OpenAI-compatible server through {@code llm.base-url} (vLLM,
 *       LM Studio, gateways), with JSON-schema structured output ({@code strict}).
 *   <li>{@code ollama}: Ollama's OpenAI-compatible {@code /v1} API (default {@value
 *       LlmSettings#DEFAULT_OLLAMA_BASE_URL}) through the OpenAI client, because {@code
 *       langchain4j-ollama:1.19.0} does not resolve from our repository. Ollama 0.5 and later
 *       honour {@code response_format} json_schema there.
 *   <li>{@code anthropic}: the Messages API; the JSON shape is asked for in the prompt.
 *   <li>{@code gemini}: {@code generateContent} with a response schema.
 * </ul>
 */
public final class ChatModelFactory {
  /** Sent when an OpenAI-compatible server needs no key (the client wants one). */
  static final String NO_KEY = "not-needed";

  private ChatModelFactory() {}

  /**
   * @return empty for provider {@code none}
   * @throws IllegalArgumentException listing every problem when the settings are invalid
   */
  public static Optional<ChatModel> create(LlmSettings settings) {
    List<String> problems = settings.validate();
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException("invalid llm settings: " + String.join("; ", problems));
    }
    return switch (settings.provider()) {
      case NONE -> Optional.empty();
      case OPENAI -> Optional.of(openAi(settings, settings.baseUrl()));
      case OLLAMA ->
          Optional.of(
              openAi(
                  settings,
                  settings.baseUrl() == null
                      ? LlmSettings.DEFAULT_OLLAMA_BASE_URL
                      : settings.baseUrl()));
      case ANTHROPIC -> Optional.of(anthropic(settings));
      case GEMINI -> Optional.of(gemini(settings));
    };
  }

  private static ChatModel openAi(LlmSettings settings, @Nullable String baseUrl) {
    OpenAiChatModel.OpenAiChatModelBuilder builder =
        OpenAiChatModel.builder()
            .apiKey(keyOrPlaceholder(settings))
            .modelName(settings.model())
            .timeout(settings.timeout())
            .maxRetries(0) // retried by LlmClient on 429/5xx only, never on a timeout
            .temperature(settings.temperature())
            .maxTokens(settings.maxOutputTokens())
            .supportedCapabilities(Capability.RESPONSE_FORMAT_JSON_SCHEMA)
            .strictJsonSchema(true);
    if (baseUrl != null) {
      builder.baseUrl(baseUrl);
    }
    return builder.build();
  }

  private static ChatModel anthropic(LlmSettings settings) {
    AnthropicChatModel.AnthropicChatModelBuilder builder =
        AnthropicChatModel.builder()
            .apiKey(settings.apiKey())
            .modelName(settings.model())
            .timeout(settings.timeout())
            .maxRetries(0) // retried by LlmClient on 429/5xx only, never on a timeout
            .temperature(settings.temperature())
            .maxTokens(settings.maxOutputTokens());
    if (settings.baseUrl() != null) {
      builder.baseUrl(settings.baseUrl());
    }
    return builder.build();
  }

  private static ChatModel gemini(LlmSettings settings) {
    GoogleAiGeminiChatModel.GoogleAiGeminiChatModelBuilder builder =
        GoogleAiGeminiChatModel.builder()
            .apiKey(settings.apiKey())
            .modelName(settings.model())
            .timeout(settings.timeout())
            .maxRetries(0) // retried by LlmClient on 429/5xx only, never on a timeout
            .temperature(settings.temperature())
            .maxOutputTokens(settings.maxOutputTokens())
            .supportedCapabilities(Capability.RESPONSE_FORMAT_JSON_SCHEMA);
    if (settings.baseUrl() != null) {
      builder.baseUrl(settings.baseUrl());
    }
    return builder.build();
  }

  private static String keyOrPlaceholder(LlmSettings settings) {
    String key = settings.apiKey();
    return key == null || key.isBlank() ? NO_KEY : key;
  }
}
