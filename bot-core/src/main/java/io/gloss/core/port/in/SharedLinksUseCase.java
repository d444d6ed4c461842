package io.gloss.core.port.in;

import io.gloss.core.domain.ChannelRef;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The shared-link log a conversation keeps (for the digest and for 📰 on older messages): the core
 * canonicalizes each link once and never lets a logging failure stop a reply. Thread-safe.
 */
public interface SharedLinksUseCase {

  /** Records the links of a message. Failures are logged, never thrown. */
  void record(
      ChannelRef channel,
      String messageRef,
      @Nullable String threadRef,
      String user,
      List<String> urls,
      Instant sharedAt);

  /** The links recorded for a message in the last week, as pasted, without repeats. */
  List<String> linksOf(ChannelRef channel, String messageRef);
}
