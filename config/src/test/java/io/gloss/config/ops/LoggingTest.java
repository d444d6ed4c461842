package io.gloss.config.ops;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/** Log level, JSON lines and secret masking, on the real Logback set-up writing to stderr. */
class LoggingTest {
  private static final String SECRET = "db-password-value-1234";
  private static final String TOKEN = "xoxb-1111111111-unconfigured-token";
  private static final Logger log = LoggerFactory.getLogger("io.gloss.test.LoggingTest");

  private final ByteArrayOutputStream captured = new ByteArrayOutputStream();
  private PrintStream originalErr;

  @BeforeEach
  void captureStderr() {
    originalErr = System.err;
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
  }

  @AfterEach
  void restore() {
    Logging.apply("warn", Logging.Format.TEXT, List.of());
    System.setErr(originalErr);
  }

  @Test
  void startup_logbackIsConfiguredByStartupLogging_flywayAndHikariAtWarn() {
    LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();

    assertThat(context.getLogger("org.flywaydb").getLevel()).isEqualTo(Level.WARN);
    assertThat(context.getLogger("com.zaxxer.hikari").getLevel()).isEqualTo(Level.WARN);
    assertThat(context.getLogger(Logger.ROOT_LOGGER_NAME).getAppender("STDERR")).isNotNull();
  }

  @Test
  void apply_json_writesOneObjectPerLineWithMdcAndMaskedSecrets() throws Exception {
    Logging.apply("debug", Logging.Format.JSON, List.of(SECRET));

    MDC.put("request_id", "r-42");
    try {
      log.debug("connecting with {} and {}", SECRET, TOKEN);
      log.warn("failed", new IllegalStateException("refused: " + SECRET));
    } finally {
      MDC.remove("request_id");
    }

    List<String> lines = captured.toString(StandardCharsets.UTF_8).lines().toList();
    assertThat(lines).hasSize(2);
    ObjectMapper json = new ObjectMapper();
    JsonNode debug = json.readTree(lines.get(0));
    JsonNode warn = json.readTree(lines.get(1));
    assertThat(debug.get("level").asText()).isEqualTo("DEBUG");
    assertThat(debug.get("logger").asText()).isEqualTo("io.gloss.test.LoggingTest");
    assertThat(debug.get("request_id").asText()).isEqualTo("r-42");
    assertThat(debug.has("timestamp")).isTrue();
    assertThat(debug.get("message").asText()).isEqualTo("connecting with **** and ****");
    assertThat(warn.get("exception").asText())
        .startsWith("java.lang.IllegalStateException: refused: ****");
    assertThat(captured.toString(StandardCharsets.UTF_8)).doesNotContain(SECRET, TOKEN);
  }

  @Test
  void apply_textAtInfo_dropsDebugAndMasksSecrets() {
    Logging.apply("info", Logging.Format.TEXT, List.of(SECRET));

    log.debug("not shown");
    log.info("token {} password {}", TOKEN, SECRET);
    log.error("boom", new IllegalStateException(SECRET));

    String text = captured.toString(StandardCharsets.UTF_8);
    assertThat(text).doesNotContain("not shown").doesNotContain(SECRET).doesNotContain(TOKEN);
    assertThat(text).contains("INFO  i.gloss.test.LoggingTest - token **** password ****");
    assertThat(text).contains("java.lang.IllegalStateException: ****");
  }

  @Test
  void masks_shortSecrets_areNotMaskedEverywhere() {
    List<java.util.regex.Pattern> masks = Logging.masks(List.of("ab", SECRET));

    assertThat(Logging.mask("about ab " + SECRET, masks)).isEqualTo("about ab ****");
  }
}
