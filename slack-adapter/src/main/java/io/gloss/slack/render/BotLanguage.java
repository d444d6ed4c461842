package io.gloss.slack.render;

import io.gloss.core.render.ReplyLanguage;
import io.gloss.core.render.ReplyTexts;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** The language of the bot's own words (labels, errors, acknowledgements): Korean or English. */
public enum BotLanguage {
  KO,
  EN;

  /**
   * The first usable choice: the user's locale when Slack sent one, else the channel's language,
   * else Korean.
   */
  public static BotLanguage choose(@Nullable String userLocale, @Nullable String channelLanguage) {
    for (String candidate : new String[] {userLocale, channelLanguage}) {
      if (candidate == null || candidate.isBlank()) {
        continue;
      }
      String code = candidate.strip().toLowerCase(Locale.ROOT);
      if (code.startsWith("ko")) {
        return KO;
      }
      if (code.startsWith("en")) {
        return EN;
      }
    }
    return KO;
  }

  /** The same language for the core's shared words ({@link ReplyTexts}). */
  public ReplyLanguage reply() {
    return this == KO ? ReplyLanguage.KO : ReplyLanguage.EN;
  }

  /** The Korean or the English text. */
  public String pick(String korean, String english) {
    return this == KO ? korean : english;
  }
}
