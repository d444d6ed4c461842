package io.gloss.core.port.in;

import io.gloss.core.domain.ChannelRef;
import java.util.List;
import java.util.Objects;

/**
 * The links of one chat message, as a platform delivered them.
 *
 * @param channel where the message is (its workspace decides the settings and the limits)
 * @param user who asked: the author of a pasted message, the one who reacted or clicked
 * @param links the message's links in order of appearance, already found in the platform's markup
 * @param trigger what made Gloss look at them
 */
public record LinkMessage(
    ChannelRef channel, String user, List<String> links, LinkTrigger trigger) {
  public LinkMessage {
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(trigger, "trigger");
    links = List.copyOf(links);
  }
}
