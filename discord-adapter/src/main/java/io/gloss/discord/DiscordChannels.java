package io.gloss.discord;

import io.gloss.core.domain.ChannelRef;
import io.gloss.core.domain.RequestOrigin;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.channel.ChannelType;
import net.dv8tion.jda.api.entities.channel.concrete.ThreadChannel;
import net.dv8tion.jda.api.entities.channel.middleman.MessageChannel;
import org.jspecify.annotations.Nullable;

/** How Discord places map to core references: threads share their parent channel's settings. */
final class DiscordChannels {

  static final String PLATFORM = "discord";

  /** The workspace used for direct messages, which have no guild. */
  static final String DIRECT = "@me";

  private DiscordChannels() {}

  static ChannelRef settingsRef(@Nullable Guild guild, MessageChannel channel) {
    return new ChannelRef(PLATFORM, workspace(guild), settingsChannelId(channel));
  }

  static RequestOrigin origin(@Nullable Guild guild, MessageChannel channel, String userId) {
    return new RequestOrigin(PLATFORM, workspace(guild), settingsChannelId(channel), userId);
  }

  /** True where Gloss starts a thread from the message; elsewhere it replies in place. */
  static boolean threadsFromMessages(ChannelType type) {
    return type == ChannelType.TEXT || type == ChannelType.NEWS;
  }

  private static String workspace(@Nullable Guild guild) {
    return guild == null ? DIRECT : guild.getId();
  }

  private static String settingsChannelId(MessageChannel channel) {
    if (channel instanceof ThreadChannel) {
      // a thread or forum post follows its parent's settings
      return ((ThreadChannel) channel).getParentChannel().getId();
    }
    return channel.getId();
  }
}
