package io.gloss.core.port.in;

import io.gloss.core.domain.ChannelRef;
import io.gloss.core.render.ReplyLanguage;
import java.time.ZoneId;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Who asks a {@code /digest} command, as the platform knows it.
 *
 * @param channel the channel the command was given in
 * @param admin whether the caller may change team settings (Slack workspace admin or owner, Discord
 *     Manage Server), the same fact {@code /gloss term set} uses
 * @param ownZone the caller's own time zone where the platform tells it (Slack profile), else null:
 *     the default for {@code subscribe} when the workspace has no zone of its own
 * @param language the language of the answer
 */
public record DigestCaller(
    ChannelRef channel, boolean admin, @Nullable ZoneId ownZone, ReplyLanguage language) {
  public DigestCaller {
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(language, "language");
  }
}
