package io.gloss.config.settings;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code GLOSS_*} environment variables that no key reads: almost always a misspelling ({@code
 * GLOSS_FETCH_TIMOUT}) that silently leaves the default in force. Reported as warnings with the
 * closest known name.
 */
final class UnknownVariables {

  /** Read by the launcher or the command line, not by a configuration key. */
  private static final Set<String> OTHERS =
      Set.of("GLOSS_CONFIG", "GLOSS_REBUILD", "GLOSS_JAVA_OPTS");

  private UnknownVariables() {}

  static List<String> warnings(Map<String, String> env) {
    Set<String> known = new TreeSet<>(OTHERS);
    ConfigKeys.all().forEach(key -> known.add(key.env()));
    List<String> warnings = new ArrayList<>();
    for (String name : new TreeSet<>(env.keySet())) {
      if (name.startsWith("GLOSS_") && !known.contains(name)) {
        String closest =
            known.stream().max(Comparator.comparingDouble(k -> similarity(k, name))).orElse("");
        warnings.add(
            "unknown environment variable "
                + name
                + " is ignored"
                + (similarity(closest, name) >= 0.7 ? " (did you mean " + closest + "?)" : ""));
      }
    }
    return warnings;
  }

  /** Dice coefficient of the two names' letter pairs: 1 for equal names, high for typos. */
  static double similarity(String a, String b) {
    List<String> pairs = pairs(a);
    List<String> others = new ArrayList<>(pairs(b));
    if (pairs.isEmpty() || others.isEmpty()) {
      return 0;
    }
    int total = pairs.size() + others.size();
    int shared = 0;
    for (String pair : pairs) {
      if (others.remove(pair)) {
        shared++;
      }
    }
    return 2.0 * shared / total;
  }

  private static List<String> pairs(String text) {
    List<String> pairs = new ArrayList<>();
    for (int i = 0; i + 1 < text.length(); i++) {
      pairs.add(text.substring(i, i + 2));
    }
    return pairs;
  }
}
