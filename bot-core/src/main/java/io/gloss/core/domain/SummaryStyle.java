package io.gloss.core.domain;

import java.util.Locale;
import java.util.Optional;

/** The summary variants a user can ask for. */
public enum SummaryStyle {
  /** Three bullets (the default). */
  BRIEF("brief"),
  /** One bullet. */
  SHORT("short"),
  /** Plain words for a non-expert (ELI5); needs an LLM, else falls back to brief. */
  SIMPLE("simple"),
  /** Who, what, when, where, why, how; needs an LLM, else falls back to brief. */
  FIVE_W_ONE_H("5w1h");

  private final String id;

  SummaryStyle(String id) {
    this.id = id;
  }

  /**
   * The name users type and JSON shows: {@code brief}, {@code short}, {@code simple}, {@code 5w1h}.
   */
  public String id() {
    return id;
  }

  public static Optional<SummaryStyle> parse(String text) {
    String wanted = text.trim().toLowerCase(Locale.ROOT);
    for (SummaryStyle style : values()) {
      if (style.id.equals(wanted) || style.name().toLowerCase(Locale.ROOT).equals(wanted)) {
        return Optional.of(style);
      }
    }
    return Optional.empty();
  }
}
