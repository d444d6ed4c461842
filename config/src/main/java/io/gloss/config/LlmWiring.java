package io.gloss.config;

import dev.langchain4j.model.chat.ChatModel;
import io.gloss.config.llm.ChatModelFactory;
import io.gloss.config.settings.ConfigKeys;
import io.gloss.config.settings.Settings;
import io.gloss.core.llm.LlmClient;
import io.gloss.core.llm.LlmSettings;
import io.gloss.core.llm.LlmSummarizer;
import io.gloss.core.llm.LlmTermDefiner;
import io.gloss.core.port.out.Summarizer;
import io.gloss.core.port.out.TermDefiner;
import io.gloss.core.store.Database;
import io.gloss.core.store.JdbcLlmUsageStore;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** Chooses the summarizer: extractive offline, or a language model when one is configured. */
final class LlmWiring {
  private LlmWiring() {}

  static SummarizerChoice summarizer(
      Settings settings, Summarizer extractive, Database database, Clock clock) {
    LlmSettings llm = llmSettings(settings);
    Optional<ChatModel> model = ChatModelFactory.create(llm);
    if (model.isEmpty()) {
      return new SummarizerChoice(extractive, "extractive", TermDefiner.NONE, List.of(), null);
    }
    // One client: one budget, one concurrency limit and one circuit breaker for summaries and
    // definitions alike.
    LlmClient client = new LlmClient(model.get(), llm, new JdbcLlmUsageStore(database), clock);
    return new SummarizerChoice(
        new LlmSummarizer(client, extractive),
        "llm:" + llm.provider().id() + ":" + llm.model(),
        new LlmTermDefiner(client),
        List.of(),
        client);
  }

  static LlmSettings llmSettings(Settings settings) {
    return new LlmSettings(
        LlmSettings.Provider.parse(settings.string(ConfigKeys.LLM_PROVIDER))
            .orElse(LlmSettings.Provider.NONE),
        settings.optional(ConfigKeys.LLM_MODEL).orElse(""),
        settings.optional(ConfigKeys.LLM_API_KEY).orElse(null),
        settings.optional(ConfigKeys.LLM_BASE_URL).orElse(null),
        settings.duration(ConfigKeys.LLM_TIMEOUT),
        settings.integer(ConfigKeys.LLM_MAX_INPUT_CHARS),
        settings.integer(ConfigKeys.LLM_MAX_OUTPUT_TOKENS),
        settings.decimal(ConfigKeys.LLM_TEMPERATURE),
        settings.integer(ConfigKeys.LLM_MAX_RETRIES),
        settings.integer(ConfigKeys.LLM_DAILY_CALLS),
        settings.integer(ConfigKeys.LLM_DAILY_TOKENS),
        settings.integer(ConfigKeys.LLM_CONCURRENCY));
  }
}
