package io.gloss.core.conversation;

import io.gloss.core.domain.ChannelRef;
import io.gloss.core.domain.Feedback;
import io.gloss.core.domain.FeedbackOutcome;
import io.gloss.core.domain.Vote;
import io.gloss.core.port.in.FeedbackUseCase;
import io.gloss.core.port.out.FeedbackStore;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@link FeedbackUseCase} on a {@link FeedbackStore}. */
public final class FeedbackService implements FeedbackUseCase {
  private static final Logger log = LoggerFactory.getLogger(FeedbackService.class);

  /** Longer references are not platform ids; they are cut, never stored whole. */
  static final int MAX_REF_CHARS = 300;

  private final FeedbackStore store;
  private final Clock clock;

  public FeedbackService(FeedbackStore store, Clock clock) {
    this.store = Objects.requireNonNull(store, "store");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public FeedbackOutcome vote(
      ChannelRef channel, String replyRef, String user, @Nullable String url, Vote vote) {
    Optional<Feedback> previous =
        store.vote(
            new Feedback(
                channel,
                cut(replyRef),
                cut(user),
                url == null ? null : cut(url),
                vote,
                clock.instant()));
    FeedbackOutcome outcome =
        previous.isEmpty()
            ? FeedbackOutcome.RECORDED
            : previous.get().vote() == vote ? FeedbackOutcome.UNCHANGED : FeedbackOutcome.CHANGED;
    log.info(
        "feedback {} on reply {} in {} by {}: {}",
        vote,
        cut(replyRef),
        channel.channel(),
        cut(user),
        outcome);
    return outcome;
  }

  private static String cut(String text) {
    return text.length() <= MAX_REF_CHARS ? text : text.substring(0, MAX_REF_CHARS);
  }
}
