package io.gloss.config.scenarios;

import io.gloss.config.InProcessGloss;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One chat platform as its users reach Gloss: the real adapter of an in-process {@code gloss run},
 * driven through the platform's loopback fake the way the platform itself would (Slack: signed HTTP
 * deliveries to Bolt; Discord: gateway dispatches to JDA). Everything a scenario asserts is read
 * back from what Gloss sent to the fake: what the users of that platform would see.
 */
interface ChatDriver extends AutoCloseable {

  /**
   * A message a user posted.
   *
   * @param channel the channel it is in
   * @param id its id on the platform (Slack {@code ts}, Discord snowflake)
   * @param user its author
   * @param ack how long the platform waited for Gloss's acknowledgement of the delivery, where the
   *     platform asks for one (Slack events); Discord's gateway does not
   * @param delivered when the platform started delivering it to Gloss ({@link System#nanoTime()})
   */
  record Posted(String channel, String id, String user, Optional<Duration> ack, long delivered) {}

  /** Where an answer to a message is shown. */
  enum Place {
    /** In the message's thread (Slack {@code thread_ts}; Discord a thread started on it). */
    THREAD,
    /** In the channel, as a reply to the message (Discord's pointer to an earlier thread). */
    CHANNEL
  }

  /**
   * Something Gloss posted in answer to a message.
   *
   * @param content everything it shows (text, blocks or embeds, as sent), for {@code contains}
   */
  record Reply(Place place, String content) {}

  /**
   * Gloss's answer to a command.
   *
   * @param text everything it shows
   * @param onlyAsker true when only the person who asked sees it (Slack ephemeral, Discord
   *     ephemeral interaction reply)
   * @param ack how long the platform waited for the acknowledgement (Slack's HTTP response,
   *     Discord's interaction callback); both drop or retry after 3 s
   */
  record Answer(String text, boolean onlyAsker, Duration ack) {}

  /** Reactions the scenarios use, by the platform's own names. */
  enum Emoji {
    NEWSPAPER("newspaper", "📰"),
    THUMBS_UP("+1", "👍");

    final String slackName;
    final String unicode;

    Emoji(String slackName, String unicode) {
      this.slackName = slackName;
      this.unicode = unicode;
    }
  }

  /**
   * The {@code gloss run} environment of this platform: its fake's URLs, credentials and limits.
   *
   * @param linksPerUserPerMinute the per-user rate limit of pasted links
   */
  Map<String, String> env(int linksPerUserPerMinute);

  /** Gloss is running: where to deliver (Slack's HTTP endpoint). */
  void started(InProcessGloss gloss) throws Exception;

  /** Moves to a channel nobody used yet (its own settings, link log and threads). */
  String newChannel();

  /** A member nobody heard from yet (own rate-limit budget). */
  String newUser();

  /** {@code user} posts {@code text} in the current channel. */
  Posted paste(String user, String text) throws Exception;

  /** The platform delivers the same message event again (Slack's retry, a gateway replay). */
  void redeliver(Posted message) throws Exception;

  void react(Posted message, String user, Emoji emoji) throws Exception;

  /** {@code /gloss settings} with option/value pairs, e.g. {@code "auto", "reaction"}. */
  Answer settings(String user, String... optionsAndValues) throws Exception;

  /** {@code /define term}. */
  Answer define(String user, String term) throws Exception;

  /** {@code /gloss term set} of the current workspace. */
  Answer setTeamTerm(String user, String term, String explanation) throws Exception;

  /** What Gloss posted so far in answer to the message. */
  List<Reply> replies(Posted message);

  /** When Gloss's 👀 on the message reached the platform ({@link System#nanoTime()}), if it did. */
  OptionalLong working(Posted message);

  /** What told the author of a message that it was rate limited, if anything. */
  Optional<String> rateLimitNotice(Posted message);

  /** Returns once the fake saw no call from Gloss for a moment: nothing more is on its way. */
  void settle() throws InterruptedException;

  // Where the platforms differ by design.

  /**
   * Discord keeps one thread per article in a channel ({@code conversation.repost-window}): an
   * article pasted again gets a short reply pointing to that thread. Slack threads belong to the
   * message, so a repost is answered in its own thread (from the cache).
   */
  boolean pointsRepostsToEarlierThread();

  /**
   * A Discord bot can only whisper to a user inside an interaction; a rate-limited pasted link is a
   * plain message, so Discord marks it ⏳. Slack tells the author with an ephemeral message.
   */
  boolean tellsRateLimitWithReaction();
}
