package io.gloss.config.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code gloss summarize} with an OpenAI-compatible server on loopback: the LLM path end to end.
 */
class GlossLlmCliIT {
  private static final Path SEED = Path.of("../../shared/seed/000_de1c2da22072e404.txt");
  private static final String SEED_URL = "https://v.daum.net/v/20250804185331304";
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dataDir;
  private MockWebServer server;

  @BeforeEach
  void start() throws Exception {
    assumeTrue(Files.isRegularFile(SEED), "the seed document is beside the repository");
    server = new MockWebServer();
    server.start();
  }

  @AfterEach
  void stop() throws Exception {
    if (server != null) {
      server.close();
    }
  }

  private Map<String, String> env() {
    Map<String, String> env = new HashMap<>();
    env.put("GLOSS_DATA_DIR", dataDir.toString());
    env.put("GLOSS_LLM_PROVIDER", "openai");
    env.put("GLOSS_LLM_MODEL", "fake-model");
    env.put("GLOSS_LLM_BASE_URL", server.url("/v1").toString());
    env.put("GLOSS_LLM_API_KEY", "sk-test-Zq9Xv7");
    env.put("GLOSS_LLM_TIMEOUT", "5s");
    env.put("GLOSS_LLM_MAX_RETRIES", "0");
    return env;
  }

  @Test
  void summarize_withModel_printsLlmBulletsThatCiteSentences() throws Exception {
    server.enqueue(completion(answer()));

    GlossProcess.Result result =
        GlossProcess.run(
            env(),
            "summarize",
            SEED.toString(),
            "--url",
            SEED_URL,
            "--style",
            "simple",
            "--lang",
            "en",
            "--format",
            "json");

    assertThat(result.exit()).as(result.err()).isZero();
    JsonNode summary = JSON.readTree(result.out()).get("summary");
    assertThat(summary.get("mode").asText()).isEqualTo("llm");
    assertThat(summary.get("model").asText()).isEqualTo("fake-model");
    assertThat(summary.get("style").asText()).isEqualTo("simple");
    assertThat(summary.get("language").asText()).isEqualTo("en");
    assertThat(summary.get("bullets")).hasSize(2);
    assertThat(summary.at("/bullets/0/sentenceIds/0").asInt()).isZero();
    String request = server.takeRequest().getBody().utf8();
    assertThat(request).contains("json_schema").contains("소버린 AI");
    assertThat(result.out() + result.err()).doesNotContain("Zq9Xv7");
  }

  @Test
  void summarize_modelFails_printsExtractiveSummaryWithNote() throws Exception {
    server.enqueue(new MockResponse.Builder().code(500).body("{\"error\":\"boom\"}").build());

    GlossProcess.Result result =
        GlossProcess.run(
            env(), "summarize", SEED.toString(), "--url", SEED_URL, "--format", "json");

    assertThat(result.exit()).as(result.err()).isZero();
    JsonNode summary = JSON.readTree(result.out()).get("summary");
    assertThat(summary.get("mode").asText()).isEqualTo("extractive");
    assertThat(summary.get("bullets")).hasSize(3);
    assertThat(summary.get("notes").findValuesAsText("code")).contains("llm_fallback");
  }

  private static String answer() {
    ObjectNode root = JSON.createObjectNode();
    ArrayNode bullets = root.putArray("bullets");
    ObjectNode first = bullets.addObject();
    first.put(
        "text", "The United States asked Korea, its ally, to help spread American AI technology.");
    first.putArray("sentence_ids").add(0);
    ObjectNode second = bullets.addObject();
    second.put(
        "text", "Korea wants to balance its own sovereign AI with cooperation among allies.");
    second.putArray("sentence_ids").add(1);
    root.putArray("terms");
    return root.toString();
  }

  private static MockResponse completion(String content) {
    ObjectNode root = JSON.createObjectNode();
    root.put("id", "chatcmpl-1").put("object", "chat.completion").put("created", 1_700_000_000);
    root.put("model", "fake-model");
    ObjectNode choice = root.putArray("choices").addObject();
    choice.put("index", 0).put("finish_reason", "stop");
    choice.putObject("message").put("role", "assistant").put("content", content);
    root.putObject("usage")
        .put("prompt_tokens", 900)
        .put("completion_tokens", 80)
        .put("total_tokens", 980);
    return new MockResponse.Builder()
        .code(200)
        .setHeader("Content-Type", "application/json")
        .body(root.toString())
        .build();
  }
}
