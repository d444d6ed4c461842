package io.gloss.config.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The README's configuration table must list every key exactly as the code defines it. */
class ReadmeConfigTableTest {

  @Test
  void readme_listsEveryConfigKeyWithItsEnvironmentVariableAndDefault() throws IOException {
    String readme = Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);
    StringBuilder expected = new StringBuilder();
    for (ConfigKey key : ConfigKeys.all()) {
      expected.append(row(key)).append('\n');
    }
    assertThat(readme)
        .as("README table; expected rows:\n%s", expected)
        .contains(expected.toString());
  }

  @Test
  void readme_everyKeyInTheTable_existsInTheCode() throws IOException {
    List<String> unknown =
        Files.readAllLines(Path.of("../README.md"), StandardCharsets.UTF_8).stream()
            .map(ROW::matcher)
            .filter(Matcher::find)
            .map(matcher -> matcher.group(1))
            .filter(name -> ConfigKeys.byName(name).isEmpty())
            .toList();

    assertThat(unknown).as("keys in the README table that Gloss does not know").isEmpty();
  }

  /** A row of the configuration table: the key, then its environment variable. */
  private static final Pattern ROW = Pattern.compile("^\\| `([a-z][a-z0-9.-]*)` \\| `[A-Z_]+` \\|");

  static String row(ConfigKey key) {
    String def =
        key.defaultValue() == null || key.defaultValue().isEmpty()
            ? ""
            : "`" + key.defaultValue() + "`";
    return "| `"
        + key.name()
        + "` | `"
        + key.env()
        + "` | "
        + def
        + " | "
        + key.description()
        + " |";
  }
}
