package io.gloss.core.llm;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class LlmSettingsTest {

  @Test
  void defaults_areValidAndDisabled() {
    LlmSettings settings = LlmSettings.defaults();
    assertThat(settings.validate()).isEmpty();
    assertThat(settings.enabled()).isFalse();
    assertThat(settings.timeout()).isEqualTo(Duration.ofSeconds(20));
    assertThat(settings.maxRetries()).isEqualTo(1);
  }

  @Test
  void toString_redactsTheKey() {
    LlmSettings settings =
        LlmSettings.of(LlmSettings.Provider.OPENAI, "gpt-4o-mini", "sk-secret-123", null);
    assertThat(settings.toString()).doesNotContain("sk-secret-123").contains("***");
  }

  @Test
  void validate_reportsEveryProblemWithItsKey() {
    LlmSettings bad =
        new LlmSettings(
            LlmSettings.Provider.ANTHROPIC,
            "",
            null,
            "ftp://user:pw@host",
            Duration.ZERO,
            10,
            1,
            3.0,
            9,
            -1,
            -1,
            0);
    assertThat(bad.validate())
        .hasSize(11)
        .anySatisfy(p -> assertThat(p).startsWith("llm.model:"))
        .anySatisfy(p -> assertThat(p).startsWith("llm.api-key:"))
        .anySatisfy(p -> assertThat(p).startsWith("llm.base-url:").doesNotContain("pw"))
        .anySatisfy(p -> assertThat(p).startsWith("llm.timeout:"))
        .anySatisfy(p -> assertThat(p).startsWith("llm.concurrency:"));
  }

  @Test
  void validate_openAiCompatibleServerWithoutKey_isFine() {
    LlmSettings local =
        LlmSettings.of(LlmSettings.Provider.OPENAI, "llama3", null, "http://127.0.0.1:8000/v1");
    assertThat(local.validate()).isEmpty();
  }

  @Test
  void parse_providerNames() {
    assertThat(LlmSettings.Provider.parse(" Gemini ")).contains(LlmSettings.Provider.GEMINI);
    assertThat(LlmSettings.Provider.parse("mistral")).isEmpty();
  }

  @Test
  void callDeadline_coversEveryAttempt() {
    LlmSettings settings = LlmSettings.defaults().withTimeout(Duration.ofSeconds(5));
    assertThat(settings.callDeadline()).isGreaterThanOrEqualTo(Duration.ofSeconds(10));
  }
}
