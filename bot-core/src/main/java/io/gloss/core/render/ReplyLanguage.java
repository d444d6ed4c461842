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

  /**
   * The one locale rule of every platform: the first candidate (the user's locale, then the
   * channel's language, then the server's locale…) that is Korean or English decides; when
   * candidates are known but none is Korean or English, English (a lingua franca); when nothing is
   * known at all, Korean (Gloss is Korean-first).
   */
  public static ReplyLanguage choose(@Nullable String... candidates) {
    boolean anyKnown = false;
    for (String candidate : candidates) {
      if (candidate == null || candidate.isBlank()) {
        continue;
      }
      anyKnown = true;
      String code = candidate.strip().toLowerCase(Locale.ROOT);
      if (code.startsWith("ko")) {
        return KO;
      }
      if (code.startsWith("en")) {
        return EN;
      }
    }
    return anyKnown ? EN : KO;
  }
}
