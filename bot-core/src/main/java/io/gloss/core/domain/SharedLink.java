package io.gloss.core.domain;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A link shared in a channel, recorded when posted (for the daily digest).
 *
 * @param channel where it was shared
 * @param messageRef the platform's id of the message (Slack ts, Discord message id)
 * @param threadRef the thread Gloss answered in, if any
 * @param user who shared it
 * @param url the URL as pasted
 * @param canonicalUrl its canonical form
 * @param sharedAt when
 * @param reactions reaction count seen so far
 * @param replies reply count seen so far
 */
public record SharedLink(
    ChannelRef channel,
    String messageRef,
    @Nullable String threadRef,
    String user,
    String url,
    String canonicalUrl,
    Instant sharedAt,
    int reactions,
    int replies) {
  public SharedLink {
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(messageRef, "messageRef");
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(canonicalUrl, "canonicalUrl");
    Objects.requireNonNull(sharedAt, "sharedAt");
  }
}
