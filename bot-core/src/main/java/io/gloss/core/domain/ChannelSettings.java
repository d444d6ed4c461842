package io.gloss.core.domain;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Per-channel settings ({@code /gloss settings}).
 *
 * @param channel the channel
 * @param autoMode when pasted links are answered
 * @param language the reply language, or null for the article's language
 * @param style the default summary style (length)
 */
public record ChannelSettings(
    ChannelRef channel, AutoMode autoMode, @Nullable String language, SummaryStyle style) {
  public ChannelSettings {
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(autoMode, "autoMode");
    Objects.requireNonNull(style, "style");
  }

  public static ChannelSettings defaults(ChannelRef channel) {
    return new ChannelSettings(channel, AutoMode.LINKS, null, SummaryStyle.BRIEF);
  }
}
