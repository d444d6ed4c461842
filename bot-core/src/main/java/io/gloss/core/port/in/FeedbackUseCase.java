package io.gloss.core.port.in;

import io.gloss.core.domain.ChannelRef;
import io.gloss.core.domain.FeedbackOutcome;
import io.gloss.core.domain.Vote;
import org.jspecify.annotations.Nullable;

/** 👍/👎 on replies, stored per workspace: one vote per user per reply, changeable. */
public interface FeedbackUseCase {

  /**
   * Records a vote.
   *
   * @param channel where the reply is (its workspace scopes the vote)
   * @param replyRef the reply (platform message id, with the article URL when it holds several)
   * @param user who voted
   * @param url the article, if known
   */
  FeedbackOutcome vote(
      ChannelRef channel, String replyRef, String user, @Nullable String url, Vote vote);
}
