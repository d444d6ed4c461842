package io.gloss.core.port.in;

import io.gloss.core.domain.ChannelRef;
import io.gloss.core.domain.ChannelSettings;
import io.gloss.core.domain.SettingsOutcome;
import io.gloss.core.domain.SettingsUpdate;
import java.util.List;
import java.util.Optional;

/**
 * Channel settings ({@code /gloss settings}): one parser and validator for every platform, so Slack
 * and Discord accept the same values and refuse the same ones with the same answer.
 */
public interface ChannelSettingsUseCase {

  /** Reply languages a channel can choose besides {@code auto} (the article's language). */
  List<String> LANGUAGES = List.of("ko", "en", "ja", "zh", "es", "fr", "de");

  /** The channel's settings (defaults when none were saved). */
  ChannelSettings get(ChannelRef channel);

  /** The first invalid option of an update, without saving anything (for a fast usage answer). */
  Optional<SettingsOutcome.Invalid> check(SettingsUpdate update);

  /** Validates and applies the update, saving it when it changes anything. */
  SettingsOutcome update(ChannelRef channel, SettingsUpdate update);
}
