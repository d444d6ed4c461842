package io.gloss.config.llm;

import static io.gloss.config.llm.LlmTestKit.CLOCK;
import static io.gloss.config.llm.LlmTestKit.ORIGIN;
import static io.gloss.config.llm.LlmTestKit.article;
import static io.gloss.config.llm.LlmTestKit.gemini;
import static io.gloss.config.llm.LlmTestKit.goodAnswer;
import static io.gloss.config.llm.LlmTestKit.status;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.googleai.GoogleAiGeminiChatModel;
import io.gloss.core.domain.Note;
import io.gloss.core.domain.SummaryDraft;
import io.gloss.core.domain.SummaryMode;
import io.gloss.core.domain.SummaryStyle;
import io.gloss.core.llm.FallbackReason;
import io.gloss.core.llm.InMemoryLlmUsageStore;
import io.gloss.core.llm.LlmClient;
import io.gloss.core.llm.LlmSettings;
import io.gloss.core.llm.LlmSummarizer;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The real GoogleAiGeminiChatModel, built by ChatModelFactory, against a loopback Gemini API. */
@Timeout(value = 60, unit = TimeUnit.SECONDS) // a hang guard, not a speed assertion
class GeminiLlmIT {
  private MockWebServer server;
  private final LlmTestKit.FakeExtractive extractive = new LlmTestKit.FakeExtractive();

  @BeforeEach
  void start() throws Exception {
    server = LlmTestKit.start();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private LlmClient client() {
    LlmSettings settings =
        LlmSettings.of(
                LlmSettings.Provider.GEMINI,
                "fake-gemini",
                "gemini-test-key",
                server.url("/v1beta").toString())
            .withTimeout(Duration.ofSeconds(5))
            .withMaxRetries(0);
    ChatModel model = ChatModelFactory.create(settings).orElseThrow();
    assertThat(model).isInstanceOf(GoogleAiGeminiChatModel.class);
    return new LlmClient(model, settings, new InMemoryLlmUsageStore(), CLOCK);
  }

  private SummaryDraft summarize(LlmClient client) {
    return new LlmSummarizer(client, extractive)
        .summarize(article(), SummaryStyle.SHORT, "ko", ORIGIN);
  }

  @Test
  void summarize_happyPath_overGenerateContentWithResponseSchema() throws Exception {
    server.enqueue(gemini(goodAnswer()));

    SummaryDraft draft = summarize(client());

    assertThat(draft.mode()).isEqualTo(SummaryMode.LLM);
    assertThat(draft.model()).isEqualTo("fake-gemini");
    assertThat(draft.bullets()).hasSize(1); // style short
    RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
    assertThat(request.getTarget()).startsWith("/v1beta/models/fake-gemini:generateContent");
    String raw = request.getBody().utf8();
    assertThat(raw).doesNotContain("U0PRIVATEUSER", "C0SECRETCHANNEL");
    JsonNode body = LlmTestKit.JSON.readTree(raw);
    JsonNode config = body.get("generationConfig");
    assertThat(config.get("responseMimeType").asText()).isEqualTo("application/json");
    assertThat(config.toString()).contains("sentence_ids");
    assertThat(body.toString()).contains("<article>").contains("[2] ");
  }

  @Test
  void summarize_serviceUnavailable_fallsBack() throws Exception {
    server.enqueue(status(503, "{\"error\":{\"code\":503,\"message\":\"overloaded\"}}"));
    LlmClient client = client();

    SummaryDraft draft = summarize(client);

    assertThat(draft.mode()).isEqualTo(SummaryMode.EXTRACTIVE);
    assertThat(draft.notes()).extracting(Note::code).containsExactly("llm_fallback");
    assertThat(client.metrics().snapshot().fallbacks(FallbackReason.PROVIDER_ERROR)).isEqualTo(1);
  }

  @Test
  void summarize_malformedThenGood_isRepaired() throws Exception {
    server.enqueue(gemini("{\"bullets\": [ {\"text\": \"cut off"));
    server.enqueue(gemini(goodAnswer()));
    LlmClient client = client();

    assertThat(summarize(client).mode()).isEqualTo(SummaryMode.LLM);
    assertThat(server.getRequestCount()).isEqualTo(2);
    assertThat(client.metrics().snapshot().repairs()).isEqualTo(1);
  }
}
