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
            known.stream().min(Comparator.comparingInt(k -> distance(k, name))).orElse("");
        warnings.add(
            "unknown environment variable "
                + name
                + " is ignored"
                + (distance(closest, name) <= 3 ? " (did you mean " + closest + "?)" : ""));
      }
    }
    return warnings;
  }

  /** Levenshtein distance; names are short. */
  private static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        current[j] =
            Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
