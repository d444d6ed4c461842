package io.gloss.config.settings;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Merges the three sources of configuration, later ones winning: defaults, the YAML file, the
 * environment. Unknown keys in the file are problems (a typo must not silently fall back to a
 * default).
 */
public final class ConfigSources {
  private ConfigSources() {}

  /**
   * @param file the YAML file, or null for none
   * @param env the environment (System.getenv() in production)
   * @return the raw values, or a {@link ConfigException} listing every problem
   */
  public static RawConfig load(@Nullable Path file, Map<String, String> env) {
    List<ConfigProblem> problems = new ArrayList<>();
    Map<String, ConfigValue> values = new LinkedHashMap<>();
    for (ConfigKey key : ConfigKeys.all()) {
      if (key.defaultValue() != null) {
        values.put(key.name(), new ConfigValue(key.defaultValue(), "default"));
      }
    }
    if (file != null) {
      readFile(file, values, problems);
    }
    for (ConfigKey key : ConfigKeys.all()) {
      String fromEnv = env.get(key.env());
      if (fromEnv != null) {
        values.put(key.name(), new ConfigValue(fromEnv, "env " + key.env()));
      }
    }
    return new RawConfig(values, problems);
  }

  private static void readFile(
      Path file, Map<String, ConfigValue> values, List<ConfigProblem> problems) {
    String origin = "file " + file;
    JsonNode root;
    try {
      root = new ObjectMapper(new YAMLFactory()).readTree(Files.readAllBytes(file));
    } catch (JacksonException e) {
      problems.add(new ConfigProblem(file.toString(), "not valid YAML: " + e.getOriginalMessage()));
      return;
    } catch (IOException e) {
      problems.add(new ConfigProblem(file.toString(), "cannot be read: " + e));
      return;
    }
    if (root == null || root.isMissingNode() || root.isNull()) {
      return;
    }
    if (!root.isObject()) {
      problems.add(new ConfigProblem(file.toString(), "must be a mapping of keys to values"));
      return;
    }
    Map<String, JsonNode> flat = new LinkedHashMap<>();
    flatten("", root, flat);
    flat.forEach(
        (name, node) -> {
          if (ConfigKeys.byName(name).isEmpty()) {
            problems.add(new ConfigProblem(name, "unknown key in " + file));
          } else {
            values.put(name, new ConfigValue(textOf(node), origin));
          }
        });
  }

  private static void flatten(String prefix, JsonNode node, Map<String, JsonNode> out) {
    if (node.isObject() && !ConfigKeys.byName(prefix).isPresent()) {
      Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> field = fields.next();
        String name = prefix.isEmpty() ? field.getKey() : prefix + "." + field.getKey();
        flatten(name, field.getValue(), out);
      }
    } else {
      out.put(prefix, node);
    }
  }

  private static String textOf(JsonNode node) {
    if (node.isArray()) {
      List<String> items = new ArrayList<>();
      node.forEach(item -> items.add(item.asText()));
      return String.join(",", items);
    }
    return node.isNull() ? "" : node.asText();
  }
}
