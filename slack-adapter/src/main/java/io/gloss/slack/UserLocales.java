package io.gloss.slack;

import io.gloss.core.domain.ChannelSettings;
import io.gloss.slack.render.BotLanguage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.jspecify.annotations.Nullable;

/**
 * The language of the bot's own words for a user: Slack sends no locale with events or commands, so
 * it is read once with {@code users.info include_locale} (scope {@code users:read}) and cached.
 * Only called from the executor, never on the ack path.
 */
final class UserLocales {
  private static final Duration TTL = Duration.ofHours(6);
  private static final int MAX_ENTRIES = 20_000;

  private record Entry(@Nullable String locale, Instant expires) {}

  private final SlackPoster poster;
  private final Clock clock;
  private final ConcurrentMap<String, Entry> cache = new ConcurrentHashMap<>();

  UserLocales(SlackPoster poster, Clock clock) {
    this.poster = poster;
    this.clock = clock;
  }

  /** For answers only this user sees: the user's locale, else the channel language, else Korean. */
  BotLanguage forUser(ChannelSettings settings, String workspace, String user) {
    return BotLanguage.choose(locale(workspace, user), settings.language());
  }

  /** For public posts: the channel language, else the asking user's locale, else Korean. */
  BotLanguage forChannel(ChannelSettings settings, String workspace, String user) {
    if (settings.language() != null) {
      return BotLanguage.choose(null, settings.language());
    }
    return BotLanguage.choose(locale(workspace, user), null);
  }

  @Nullable String locale(String workspace, String user) {
    if (user.isBlank() || user.equals("-")) {
      return null;
    }
    Instant now = clock.instant();
    String key = workspace + ":" + user;
    Entry cached = cache.get(key);
    if (cached != null && now.isBefore(cached.expires())) {
      return cached.locale();
    }
    if (cache.size() > MAX_ENTRIES) {
      cache.clear();
    }
    String locale = poster.userLocale(workspace, user).orElse(null);
    cache.put(key, new Entry(locale, now.plus(TTL)));
    return locale;
  }
}
