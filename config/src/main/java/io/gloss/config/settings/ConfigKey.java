package io.gloss.config.settings;

import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One configuration key: its dotted name in {@code gloss.yml}, its environment variable, default
 * and meaning. The registry of all keys is {@link ConfigKeys}.
 *
 * @param name dotted key, e.g. {@code llm.base-url}
 * @param env environment variable, e.g. {@code GLOSS_LLM_BASE_URL} or {@code SLACK_BOT_TOKEN}
 * @param defaultValue default as text, or null for "not set"
 * @param type how the value is parsed and checked
 * @param secret true for tokens and passwords: redacted everywhere
 * @param description one line for the README table and {@code gloss config check}
 */
public record ConfigKey(
    String name,
    String env,
    @Nullable String defaultValue,
    ValueType type,
    boolean secret,
    String description) {

  public ConfigKey {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(env, "env");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(description, "description");
  }

  /**
   * {@code GLOSS_} + the key path in upper snake case: {@code llm.base-url} → {@code
   * GLOSS_LLM_BASE_URL}.
   */
  public static String envNameOf(String name) {
    return "GLOSS_" + name.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
  }

  /** The kinds of values a key can hold. */
  public enum ValueType {
    STRING,
    INT,
    BOOLEAN,
    DURATION,
    BYTES,
    LIST,
    URL,
    PATH,
    DECIMAL
  }
}
