package io.gloss.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.gloss.core.conversation.FeedbackService;
import io.gloss.core.domain.ChannelRef;
import io.gloss.core.domain.Feedback;
import io.gloss.core.domain.FeedbackOutcome;
import io.gloss.core.domain.Vote;
import io.gloss.core.domain.Workspace;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * 👍/👎 on every database: one vote per user per reply, changeable, stored per workspace, removed
 * with the channel's data.
 */
abstract class AbstractFeedbackContractTest extends StoreContract {
  private static final ChannelRef T1 = new ChannelRef("slack", "T1", "C1");
  private static final ChannelRef T2 = new ChannelRef("slack", "T2", "C1");
  private static final String REPLY = "1700000000.000100";

  private FeedbackService service() {
    return new FeedbackService(new JdbcFeedbackStore(database), clock);
  }

  @Test
  void vote_again_isCountedOnce_andCanBeChanged() {
    FeedbackService feedback = service();

    assertThat(feedback.vote(T1, REPLY, "U1", "https://n/1", Vote.UP))
        .isEqualTo(FeedbackOutcome.RECORDED);
    assertThat(feedback.vote(T1, REPLY, "U1", "https://n/1", Vote.UP))
        .isEqualTo(FeedbackOutcome.UNCHANGED);
    clock.advance(Duration.ofMinutes(1));
    assertThat(feedback.vote(T1, REPLY, "U1", null, Vote.DOWN)).isEqualTo(FeedbackOutcome.CHANGED);
    clock.advance(Duration.ofMinutes(1));
    assertThat(feedback.vote(T1, REPLY, "U2", "https://n/1", Vote.UP))
        .isEqualTo(FeedbackOutcome.RECORDED);

    assertThat(new JdbcFeedbackStore(restart()).votes(Workspace.of(T1), REPLY))
        .extracting(Feedback::user, Feedback::vote, Feedback::url)
        .as("oldest vote first; the changed vote keeps the URL it was cast with")
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("U1", Vote.DOWN, "https://n/1"),
            org.assertj.core.groups.Tuple.tuple("U2", Vote.UP, "https://n/1"));
  }

  @Test
  void votes_ofOneWorkspace_areNotSeenOrChangedByAnother() {
    FeedbackService feedback = service();
    feedback.vote(T1, REPLY, "U1", null, Vote.UP);

    assertThat(feedback.vote(T2, REPLY, "U1", null, Vote.DOWN))
        .as("the same ids in another workspace are another vote")
        .isEqualTo(FeedbackOutcome.RECORDED);
    JdbcFeedbackStore store = new JdbcFeedbackStore(database);
    assertThat(store.votes(Workspace.of(T1), REPLY))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.vote()).isEqualTo(Vote.UP);
              assertThat(f.channel()).isEqualTo(T1);
            });
    assertThat(store.votes(Workspace.of(T2), REPLY))
        .extracting(Feedback::vote)
        .containsExactly(Vote.DOWN);
  }

  @Test
  void purgeChannel_removesItsFeedbackOnly() {
    FeedbackService feedback = service();
    feedback.vote(T1, REPLY, "U1", null, Vote.UP);
    feedback.vote(T2, REPLY, "U1", null, Vote.UP);

    DataPurger.Purged purged = new DataPurger(database).purgeChannel(T1);

    assertThat(purged.rowsByTable()).containsEntry("feedback", 1);
    JdbcFeedbackStore store = new JdbcFeedbackStore(database);
    assertThat(store.votes(Workspace.of(T1), REPLY)).isEmpty();
    assertThat(store.votes(Workspace.of(T2), REPLY)).hasSize(1);
  }
}
