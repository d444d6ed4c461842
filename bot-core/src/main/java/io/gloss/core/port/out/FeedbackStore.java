package io.gloss.core.port.out;

import io.gloss.core.domain.Feedback;
import io.gloss.core.domain.Workspace;
import java.util.List;
import java.util.Optional;

/** 👍/👎 votes on replies, per workspace: one vote per user per reply. Thread-safe. */
public interface FeedbackStore {

  /**
   * Stores the vote, replacing the user's earlier vote on the same reply in the same workspace.
   *
   * @return the user's earlier vote on that reply, if there was one
   */
  Optional<Feedback> vote(Feedback feedback);

  /** The workspace's votes on a reply, oldest first. */
  List<Feedback> votes(Workspace workspace, String replyRef);
}
