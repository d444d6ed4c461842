package io.gloss.config.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.langchain4j.model.anthropic.AnthropicChatModel;
import dev.langchain4j.model.chat.Capability;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.googleai.GoogleAiGeminiChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import io.gloss.core.llm.LlmSettings;
import org.junit.jupiter.api.Test;

class LlmChatModelFactoryTest {

  @Test
  void create_none_isEmpty() {
    assertThat(ChatModelFactory.create(LlmSettings.defaults())).isEmpty();
  }

  @Test
  void create_openAi_supportsJsonSchema() {
    ChatModel model =
        ChatModelFactory.create(
                LlmSettings.of(LlmSettings.Provider.OPENAI, "gpt-4o-mini", "sk-x", null))
            .orElseThrow();
    assertThat(model).isInstanceOf(OpenAiChatModel.class);
    assertThat(model.supportedCapabilities()).contains(Capability.RESPONSE_FORMAT_JSON_SCHEMA);
  }

  @Test
  void create_ollama_usesTheOpenAiCompatibleClientWithoutKey() {
    ChatModel model =
        ChatModelFactory.create(LlmSettings.of(LlmSettings.Provider.OLLAMA, "llama3.2", null, null))
            .orElseThrow();
    assertThat(model).isInstanceOf(OpenAiChatModel.class);
  }

  @Test
  void create_anthropicAndGemini_buildTheirClients() {
    assertThat(
            ChatModelFactory.create(
                    LlmSettings.of(LlmSettings.Provider.ANTHROPIC, "claude-x", "k", null))
                .orElseThrow())
        .isInstanceOf(AnthropicChatModel.class);
    ChatModel gemini =
        ChatModelFactory.create(LlmSettings.of(LlmSettings.Provider.GEMINI, "gemini-x", "k", null))
            .orElseThrow();
    assertThat(gemini).isInstanceOf(GoogleAiGeminiChatModel.class);
    assertThat(gemini.supportedCapabilities()).contains(Capability.RESPONSE_FORMAT_JSON_SCHEMA);
  }

  @Test
  void create_invalidSettings_listsProblemsWithoutTheKey() {
    LlmSettings bad = LlmSettings.of(LlmSettings.Provider.OPENAI, "", "sk-very-secret", "nope");
    assertThatThrownBy(() -> ChatModelFactory.create(bad))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("llm.model")
        .hasMessageContaining("llm.base-url")
        .hasMessageNotContaining("sk-very-secret");
  }
}
