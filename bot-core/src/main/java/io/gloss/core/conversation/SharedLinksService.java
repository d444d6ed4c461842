package io.gloss.core.conversation;

import io.gloss.core.domain.ChannelRef;
import io.gloss.core.domain.SharedLink;
import io.gloss.core.port.in.SharedLinksUseCase;
import io.gloss.core.port.in.StoreUnavailableException;
import io.gloss.core.port.out.SharedLinkLog;
import io.gloss.core.url.UrlCanonicalizer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
      } catch (StoreUnavailableException e) {
        // The outage is logged once where the store calls are bounded.
        log.debug("Shared link in {} not recorded: {}", channel.channel(), e.getMessage());
      } catch (RuntimeException e) {
        log.warn("Could not record a shared link in {}: {}", channel.channel(), e.toString());
      }
    }
  }

  @Override
  public List<String> linksOf(ChannelRef channel, String messageRef) {
    List<SharedLink> recent;
    try {
      recent = sharedLinks.since(channel, clock.instant().minus(LOOKBACK));
    } catch (StoreUnavailableException e) {
      return List.of(); // the message itself still has its links
    }
    return recent.stream()
        .filter(link -> link.messageRef().equals(messageRef))
        .map(SharedLink::url)
        .distinct()
        .toList();
  }

  @Override
  public String canonical(String url) {
    return canonicalizer.canonicalize(url);
  }

  @Override
  public Map<String, String> answeredThreads(
      ChannelRef channel, String messageRef, Collection<String> canonicalUrls, Duration window) {
    Map<String, String> threads = new LinkedHashMap<>();
    List<SharedLink> recent;
    try {
      recent = sharedLinks.since(channel, clock.instant().minus(window));
    } catch (StoreUnavailableException e) {
      return threads; // without the log, answer as usual
    }
    for (SharedLink link : recent) {
      if (link.threadRef() != null
          && !link.messageRef().equals(messageRef)
          && canonicalUrls.contains(link.canonicalUrl())) {
        threads.putIfAbsent(link.canonicalUrl(), link.threadRef());
      }
    }
    return threads;
  }
}
