package io.gloss.core.domain;

import java.util.Objects;

/** What {@code /gloss settings} did. */
public sealed interface SettingsOutcome {

  /**
   * The channel's settings after the change (or as they are, when nothing was asked).
   *
   * @param changed true when something was saved
   */
  record Applied(ChannelSettings settings, boolean changed) implements SettingsOutcome {
    public Applied {
      Objects.requireNonNull(settings, "settings");
    }
  }

  /**
   * An option value no platform accepts; nothing was saved.
   *
   * @param option {@code auto}, {@code lang} or {@code length}
   * @param value what was given
   */
  record Invalid(String option, String value) implements SettingsOutcome {
    public Invalid {
      Objects.requireNonNull(option, "option");
      Objects.requireNonNull(value, "value");
    }
  }
}
