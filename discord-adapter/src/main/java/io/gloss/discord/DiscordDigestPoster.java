package io.gloss.discord;

import io.gloss.core.digest.view.Digest;
import io.gloss.core.port.out.DigestPostException;
import io.gloss.core.port.out.DigestPoster;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.channel.middleman.GuildMessageChannel;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.exceptions.InsufficientPermissionException;
import net.dv8tion.jda.api.requests.ErrorResponse;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.jspecify.annotations.Nullable;

/**
 * Posts digests to Discord channels through the running shards. JDA paces requests per route and
 * waits out 429s by their Retry-After itself; errors that say the channel refuses the bot (unknown
 * channel, missing access or permission) are reported as such (the run is skipped, not retried).
 */
final class DiscordDigestPoster implements DigestPoster {
  private final Supplier<List<JDA>> shards;
  private final DiscordDigestRenderer renderer;

  DiscordDigestPoster(Supplier<List<JDA>> shards, DiscordDigestRenderer renderer) {
    this.shards = Objects.requireNonNull(shards, "shards");
    this.renderer = Objects.requireNonNull(renderer, "renderer");
  }

  @Override
  public String platform() {
    return DiscordChannels.PLATFORM;
  }

  @Override
  public void post(Digest digest, int alreadyPosted, Consumer<String> posted)
      throws DigestPostException {
    GuildMessageChannel channel = channel(digest.channel().channel());
    if (channel == null) {
      throw new DigestPostException("channel_not_found", true);
    }
    List<MessageCreateData> messages = renderer.render(digest);
    for (int part = alreadyPosted; part < messages.size(); part++) {
      try {
        Message message = channel.sendMessage(messages.get(part)).complete();
        posted.accept(message.getId());
      } catch (InsufficientPermissionException e) {
        throw new DigestPostException(
            "missing_permission_" + e.getPermission().name().toLowerCase(Locale.ROOT), true);
      } catch (ErrorResponseException e) {
        ErrorResponse error = e.getErrorResponse();
        boolean channelProblem =
            error == ErrorResponse.UNKNOWN_CHANNEL
                || error == ErrorResponse.MISSING_ACCESS
                || error == ErrorResponse.MISSING_PERMISSIONS
                || error == ErrorResponse.CANNOT_SEND_TO_USER;
        throw new DigestPostException(error.name().toLowerCase(Locale.ROOT), channelProblem);
      } catch (RuntimeException e) {
        throw new DigestPostException("discord_error", false);
      }
    }
  }

  private @Nullable GuildMessageChannel channel(String id) {
    if (!id.matches("\\d+")) {
      return null;
    }
    for (JDA shard : shards.get()) {
      GuildMessageChannel channel = shard.getChannelById(GuildMessageChannel.class, id);
      if (channel != null) {
        return channel;
      }
    }
    return null;
  }
}
