package io.gloss.core.render;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** The language of the bot's own words (labels, errors): Korean or English. */
public enum ReplyLanguage {
  KO,
  EN;

  /** Korean for {@code ko…}, English for everything else (a reasonable lingua franca). */
  public static ReplyLanguage of(@Nullable String language) {
    return language != null && language.toLowerCase(Locale.ROOT).startsWith("ko") ? KO : EN;
  }
}
