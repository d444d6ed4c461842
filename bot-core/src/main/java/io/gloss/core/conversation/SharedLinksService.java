package io.gloss.core.conversation;

import io.gloss.core.domain.ChannelRef;
import io.gloss.core.domain.SharedLink;
import io.gloss.core.port.in.SharedLinksUseCase;
import io.gloss.core.port.out.SharedLinkLog;
import io.gloss.core.url.UrlCanonicalizer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@link SharedLinksUseCase} on a {@link SharedLinkLog}. */
public final class SharedLinksService implements SharedLinksUseCase {
  private static final Logger log = LoggerFactory.getLogger(SharedLinksService.class);

  /** How far back a 📰 on an older message finds its logged links. */
  static final Duration LOOKBACK = Duration.ofDays(7);

  private final SharedLinkLog sharedLinks;
  private final Clock clock;
  private final UrlCanonicalizer canonicalizer = new UrlCanonicalizer();

  public SharedLinksService(SharedLinkLog sharedLinks, Clock clock) {
    this.sharedLinks = Objects.requireNonNull(sharedLinks, "sharedLinks");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public void record(
      ChannelRef channel,
      String messageRef,
      @Nullable String threadRef,
      String user,
      List<String> urls,
      Instant sharedAt) {
    for (String url : urls) {
      try {
        sharedLinks.record(
            new SharedLink(
                channel,
                messageRef,
                threadRef,
                user,
                url,
                canonicalizer.canonicalize(url),
                sharedAt,
                0,
                0));
      } catch (RuntimeException e) {
        log.warn("Could not record a shared link in {}: {}", channel.channel(), e.toString());
      }
    }
  }

  @Override
  public List<String> linksOf(ChannelRef channel, String messageRef) {
    return sharedLinks.since(channel, clock.instant().minus(LOOKBACK)).stream()
        .filter(link -> link.messageRef().equals(messageRef))
        .map(SharedLink::url)
        .distinct()
        .toList();
  }
}
