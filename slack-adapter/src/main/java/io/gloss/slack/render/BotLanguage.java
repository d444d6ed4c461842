package io.gloss.slack.render;

import io.gloss.core.render.ReplyLanguage;
import io.gloss.core.render.ReplyTexts;
import org.jspecify.annotations.Nullable;

/**
 * The language of the bot's own words on Slack: only the choice; the words themselves are the
 * core's catalogue ({@link ReplyTexts} and its siblings), taking {@link #reply()}.
 */
public enum BotLanguage {
  KO,
  EN;

  /**
   * The core's one locale rule ({@link ReplyLanguage#choose}): the user's locale when Slack sent a
   * Korean or English one, else the channel's language; another language means English; nothing
   * known means Korean.
   */
  public static BotLanguage choose(@Nullable String userLocale, @Nullable String channelLanguage) {
    return ReplyLanguage.choose(userLocale, channelLanguage) == ReplyLanguage.KO ? KO : EN;
  }

  /** The same language for the core's shared words ({@link ReplyTexts}). */
  public ReplyLanguage reply() {
    return this == KO ? ReplyLanguage.KO : ReplyLanguage.EN;
  }
}
