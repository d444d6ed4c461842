package io.gloss.config.settings;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Configuration values as text, merged from all sources, with the problems found while reading
 * them. Typed access and validation are in {@link Settings}.
 */
public record RawConfig(Map<String, ConfigValue> values, List<ConfigProblem> problems) {
  public RawConfig {
    values = Map.copyOf(values);
    problems = List.copyOf(problems);
  }

  public Optional<ConfigValue> get(ConfigKey key) {
    return Optional.ofNullable(values.get(key.name()));
  }
}
