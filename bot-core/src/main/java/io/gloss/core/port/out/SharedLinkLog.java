package io.gloss.core.port.out;

import io.gloss.core.domain.ChannelRef;
import io.gloss.core.domain.SharedLink;
import java.time.Instant;
import java.util.List;

/** The log of links shared in channels, for the daily digest. Thread-safe. */
public interface SharedLinkLog {

  /** Records a shared link; recording the same (channel, message, url) twice keeps one row. */
  void record(SharedLink link);

  /** Updates the engagement counters of a shared message. */
  void updateEngagement(ChannelRef channel, String messageRef, int reactions, int replies);

  /** Links shared in the channel at or after {@code since}, oldest first. */
  List<SharedLink> since(ChannelRef channel, Instant since);
}
