package io.gloss.core.domain;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One reader's vote on one reply. A reader has one vote per reply: voting again changes it.
 *
 * @param channel where the reply was posted (its workspace scopes the vote)
 * @param replyRef the reply, e.g. the platform message id (with the article URL when one message
 *     holds several)
 * @param user who voted
 * @param url the article the reply was about, if known
 * @param vote up or down
 * @param votedAt when the vote was last cast
 */
public record Feedback(
    ChannelRef channel,
    String replyRef,
    String user,
    @Nullable String url,
    Vote vote,
    Instant votedAt) {
  public Feedback {
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(replyRef, "replyRef");
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(vote, "vote");
    Objects.requireNonNull(votedAt, "votedAt");
  }

  public Workspace workspace() {
    return Workspace.of(channel);
  }
}
