package io.gloss.config.settings;

import io.gloss.core.url.UrlRedactor;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Typed, validated configuration: defaults < {@code gloss.yml} < environment. Loading checks every
 * key and reports all problems at once in a {@link ConfigException}; secrets are never echoed.
 */
public final class Settings {
  private static final String REDACTED = "****";

  private final RawConfig raw;
  private List<String> warnings = List.of();

  private Settings(RawConfig raw) {
    this.raw = raw;
  }

  /** What is suspicious but not wrong, e.g. unknown {@code GLOSS_*} variables; one line each. */
  public List<String> warnings() {
    return warnings;
  }

  /**
   * Loads and validates.
   *
   * @throws ConfigException with every problem found
   */
  public static Settings load(@Nullable Path file, Map<String, String> env) {
    return load(file, env, settings -> List.of());
  }

  /**
   * Loads and validates, adding the problems found by the components' own checks (which need the
   * typed values, so they run after parsing).
   *
   * @throws ConfigException with every problem found
   */
  public static Settings load(
      @Nullable Path file,
      Map<String, String> env,
      Function<Settings, List<ConfigProblem>> componentChecks) {
    RawConfig raw = ConfigSources.load(file, env);
    Settings settings = new Settings(raw);
    settings.warnings = UnknownVariables.warnings(env);
    List<ConfigProblem> problems = new ArrayList<>(raw.problems());
    for (ConfigKey key : ConfigKeys.all()) {
      settings.checkType(key).ifPresent(problems::add);
    }
    problems.addAll(CrossChecks.of(settings));
    Set<String> reported = new HashSet<>();
    problems.forEach(problem -> reported.add(problem.key()));
    for (ConfigProblem problem : componentChecks.apply(settings)) {
      // A component that checks a value again ("server.port must be …") would only repeat the
      // value's own line.
      if (reported.stream().noneMatch(key -> problem.message().startsWith(key + " "))) {
        problems.add(problem);
      }
    }
    if (!problems.isEmpty()) {
      throw new ConfigException(problems);
    }
    return settings;
  }

  private Optional<ConfigProblem> checkType(ConfigKey key) {
    Optional<ConfigValue> value = raw.get(key);
    if (value.isEmpty() || value.get().text().isBlank()) {
      return Optional.empty();
    }
    try {
      parse(key, value.get().text());
      return Optional.empty();
    } catch (IllegalArgumentException e) {
      return Optional.of(
          new ConfigProblem(
              key.name(),
              e.getMessage()
                  + ": "
                  + shown(key, value.get().text())
                  + " (from "
                  + value.get().origin()
                  + ")"));
    }
  }

  private static Object parse(ConfigKey key, String text) {
    return switch (key.type()) {
      case INT -> ValueParsers.integer(text);
      case BOOLEAN -> ValueParsers.bool(text);
      case DURATION -> ValueParsers.duration(text);
      case BYTES -> ValueParsers.bytes(text);
      case LIST -> ValueParsers.list(text);
      case URL -> ValueParsers.url(text);
      case DECIMAL -> ValueParsers.decimal(text);
      case STRING, PATH -> text;
    };
  }

  /** How a value may be shown: secrets are always redacted, whatever they contain. */
  static String shown(ConfigKey key, String text) {
    return key.secret() ? REDACTED : "'" + UrlRedactor.redact(text) + "'";
  }

  /** The value, or empty when not set or blank. */
  public Optional<String> optional(ConfigKey key) {
    return raw.get(key).map(ConfigValue::text).filter(text -> !text.isBlank()).map(String::trim);
  }

  public String string(ConfigKey key) {
    return optional(key).orElseThrow(() -> new IllegalStateException(key.name() + " is not set"));
  }

  public int integer(ConfigKey key) {
    return typed(key, ValueParsers::integer);
  }

  public Optional<Integer> optionalInteger(ConfigKey key) {
    try {
      return optional(key).map(ValueParsers::integer);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  public boolean bool(ConfigKey key) {
    return optional(key).isPresent() && typed(key, ValueParsers::bool);
  }

  public Duration duration(ConfigKey key) {
    return typed(key, ValueParsers::duration);
  }

  public long bytes(ConfigKey key) {
    return typed(key, ValueParsers::bytes);
  }

  public double decimal(ConfigKey key) {
    return typed(key, ValueParsers::decimal);
  }

  public List<String> list(ConfigKey key) {
    return optional(key).map(ValueParsers::list).orElse(List.of());
  }

  public Optional<URI> url(ConfigKey key) {
    return optional(key).isEmpty() ? Optional.empty() : Optional.of(typed(key, ValueParsers::url));
  }

  public Path dataDir() {
    return Path.of(string(ConfigKeys.DATA_DIR));
  }

  /**
   * Parses the value; an invalid value (already reported by {@link #load}) falls back to the key's
   * default so that cross-checks can still run and report their own problems.
   */
  private <T> T typed(ConfigKey key, Function<String, T> parser) {
    try {
      return parser.apply(string(key));
    } catch (IllegalArgumentException e) {
      String fallback = key.defaultValue();
      if (fallback == null) {
        throw e;
      }
      return parser.apply(fallback);
    }
  }

  /** Every key with its effective value (secrets redacted) and origin, for {@code config check}. */
  public List<EffectiveValue> effective() {
    List<EffectiveValue> out = new ArrayList<>();
    for (ConfigKey key : ConfigKeys.all()) {
      Optional<ConfigValue> value = raw.get(key).filter(v -> !v.text().isBlank());
      String shown =
          value
              .map(v -> key.secret() ? REDACTED : UrlRedactor.redact(v.text()))
              .orElse(key.secret() ? "(not set)" : "");
      out.add(new EffectiveValue(key, shown, value.map(ConfigValue::origin).orElse("not set")));
    }
    return out;
  }

  /**
   * A key's value as shown to users.
   *
   * @param key the key
   * @param shown the value, redacted if secret
   * @param origin where it came from
   */
  public record EffectiveValue(ConfigKey key, String shown, String origin) {}

  @Override
  public String toString() {
    return "Settings" + effective();
  }
}
