package io.gloss.core.domain;

import java.util.Locale;
import java.util.Optional;

/** When Gloss answers pasted links in a channel. */
public enum AutoMode {
  /** Answer every pasted article link (the default). */
  LINKS,
  /** Answer only when someone reacts with 📰. */
  REACTION,
  /** Commands only. */
  OFF;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<AutoMode> parse(String text) {
    for (AutoMode mode : values()) {
      if (mode.code().equals(text.trim().toLowerCase(Locale.ROOT))) {
        return Optional.of(mode);
      }
    }
    return Optional.empty();
  }
}
