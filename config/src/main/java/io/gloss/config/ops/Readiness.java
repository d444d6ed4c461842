package io.gloss.config.ops;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Whether Gloss can serve now: every registered check (the store, each configured platform) passes
 * and no shutdown has begun. Checks are added as components start, so a platform still connecting
 * keeps the service not ready.
 */
public final class Readiness {
  private final Map<String, Supplier<@Nullable String>> checks = new LinkedHashMap<>();
  private volatile boolean stopping;

  /**
   * Adds a check.
   *
   * @param name what is checked, e.g. {@code store} or {@code slack}
   * @param problem returns null when fine, else a short reason without secrets
   */
  public synchronized void add(String name, Supplier<@Nullable String> problem) {
    checks.put(name, problem);
  }

  /** From now on the service reports not ready (it is shutting down). */
  public void stopping() {
    stopping = true;
  }

  /** The reasons the service is not ready; empty when ready. */
  public synchronized List<String> problems() {
    List<String> problems = new ArrayList<>();
    if (stopping) {
      problems.add("shutting down");
    }
    if (checks.isEmpty()) {
      problems.add("starting");
    }
    checks.forEach(
        (name, check) -> {
          String problem;
          try {
            problem = check.get();
          } catch (RuntimeException e) {
            problem = e.getClass().getSimpleName();
          }
          if (problem != null) {
            problems.add(name + ": " + problem);
          }
        });
    return problems;
  }
}
