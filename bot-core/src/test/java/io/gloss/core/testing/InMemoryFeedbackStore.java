package io.gloss.core.testing;

import io.gloss.core.domain.Feedback;
import io.gloss.core.domain.Workspace;
import io.gloss.core.port.out.FeedbackStore;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@link FeedbackStore} in memory (one vote per workspace, reply and user), for adapter tests. */
public final class InMemoryFeedbackStore implements FeedbackStore {
  private record Key(Workspace workspace, String replyRef, String user) {}

  private final Map<Key, Feedback> votes = new LinkedHashMap<>();

  @Override
  public synchronized Optional<Feedback> vote(Feedback feedback) {
    return Optional.ofNullable(
        votes.put(new Key(feedback.workspace(), feedback.replyRef(), feedback.user()), feedback));
  }

  @Override
  public synchronized List<Feedback> votes(Workspace workspace, String replyRef) {
    List<Feedback> found = new ArrayList<>();
    votes.forEach(
        (key, feedback) -> {
          if (key.workspace().equals(workspace) && key.replyRef().equals(replyRef)) {
            found.add(feedback);
          }
        });
    return found;
  }

  /** Every vote of every workspace. */
  public synchronized List<Feedback> all() {
    return List.copyOf(votes.values());
  }
}
