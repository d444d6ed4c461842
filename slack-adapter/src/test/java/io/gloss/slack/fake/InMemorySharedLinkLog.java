package io.gloss.slack.fake;

import io.gloss.core.domain.ChannelRef;
import io.gloss.core.domain.SharedLink;
import io.gloss.core.port.out.SharedLinkLog;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

public final class InMemorySharedLinkLog implements SharedLinkLog {
  private final List<SharedLink> links = new ArrayList<>();

  @Override
  public synchronized void record(SharedLink link) {
    boolean known =
        links.stream()
            .anyMatch(
                l ->
                    l.channel().equals(link.channel())
                        && l.messageRef().equals(link.messageRef())
                        && l.url().equals(link.url()));
    if (!known) {
      links.add(link);
    }
  }

  @Override
  public synchronized void updateEngagement(
      ChannelRef channel, String messageRef, int reactions, int replies) {
    links.replaceAll(
        l ->
            l.channel().equals(channel) && l.messageRef().equals(messageRef)
                ? new SharedLink(
                    l.channel(),
                    l.messageRef(),
                    l.threadRef(),
                    l.user(),
                    l.url(),
                    l.canonicalUrl(),
                    l.sharedAt(),
                    reactions,
                    replies)
                : l);
  }

  @Override
  public synchronized List<SharedLink> since(ChannelRef channel, Instant since) {
    return links.stream()
        .filter(l -> l.channel().equals(channel) && !l.sharedAt().isBefore(since))
        .sorted(Comparator.comparing(SharedLink::sharedAt))
        .toList();
  }

  public synchronized List<SharedLink> all() {
    return List.copyOf(links);
  }
}
