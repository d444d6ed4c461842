package io.gloss.core.domain;

import org.jspecify.annotations.Nullable;

/**
 * A change to a channel's settings as a user typed it; {@code null} leaves an option as it is.
 *
 * @param auto {@code links}, {@code reaction} or {@code off}
 * @param language a reply language code, or {@code auto} for the article's language
 * @param length a summary style: {@code brief}, {@code short}, {@code simple} or {@code 5w1h}
 */
public record SettingsUpdate(
    @Nullable String auto, @Nullable String language, @Nullable String length) {
  public static final SettingsUpdate NONE = new SettingsUpdate(null, null, null);

  public boolean isEmpty() {
    return auto == null && language == null && length == null;
  }
}
