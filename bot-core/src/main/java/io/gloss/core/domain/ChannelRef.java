package io.gloss.core.domain;

import java.util.Objects;

/**
 * A chat channel.
 *
 * @param platform {@code slack} or {@code discord}
 * @param workspace Slack team id or Discord guild id
 * @param channel channel id
 */
public record ChannelRef(String platform, String workspace, String channel) {
  public ChannelRef {
    Objects.requireNonNull(platform, "platform");
    Objects.requireNonNull(workspace, "workspace");
    Objects.requireNonNull(channel, "channel");
  }
}
