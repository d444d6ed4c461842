package io.gloss.core.port.in;

import io.gloss.core.domain.ChannelRef;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
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

  /**
   * The links recorded for a message in the last week, as pasted, without repeats; none while the
   * store is unavailable (the message itself still has its links).
   */
  List<String> linksOf(ChannelRef channel, String messageRef);

  /** The canonical form of a link: the one the log keys articles by (a repost is the same key). */
  String canonical(String url);

  /**
   * Where articles were answered in the channel within {@code window}: canonical URL → the thread
   * of an earlier message's answer, for those of {@code canonicalUrls} that have one. Empty while
   * the store is unavailable (a repost is then answered as usual).
   *
   * @param messageRef the message being answered (its own rows are not earlier answers)
   */
  Map<String, String> answeredThreads(
      ChannelRef channel, String messageRef, Collection<String> canonicalUrls, Duration window);
}
