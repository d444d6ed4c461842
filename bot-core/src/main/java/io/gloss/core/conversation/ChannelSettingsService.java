package io.gloss.core.conversation;

import io.gloss.core.domain.AutoMode;
import io.gloss.core.domain.ChannelRef;
import io.gloss.core.domain.ChannelSettings;
import io.gloss.core.domain.SettingsOutcome;
import io.gloss.core.domain.SettingsUpdate;
import io.gloss.core.domain.SummaryStyle;
import io.gloss.core.port.in.ChannelSettingsUseCase;
import io.gloss.core.port.in.StoreUnavailableException;
import io.gloss.core.port.out.ChannelSettingsStore;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@link ChannelSettingsUseCase} on a {@link ChannelSettingsStore}. */
public final class ChannelSettingsService implements ChannelSettingsUseCase {
  private static final Logger log = LoggerFactory.getLogger(ChannelSettingsService.class);

  /** Longer values are not options; they are cut in the answer. */
  private static final int MAX_SHOWN_VALUE = 40;

  private final ChannelSettingsStore store;

  public ChannelSettingsService(ChannelSettingsStore store) {
    this.store = Objects.requireNonNull(store, "store");
  }

  /**
   * The defaults while the store is unavailable, so that a link is still answered (in the default
   * mode). {@link #update} reads strictly: it never shows or saves defaults as the channel's
   * settings.
   */
  @Override
  public ChannelSettings get(ChannelRef channel) {
    try {
      return store.get(channel);
    } catch (StoreUnavailableException e) {
      log.debug(
          "Settings of {} unavailable, using the defaults: {}", channel.channel(), e.getMessage());
      return ChannelSettings.defaults(channel);
    }
  }

  @Override
  public Optional<SettingsOutcome.Invalid> check(SettingsUpdate update) {
    if (update.auto() != null && AutoMode.parse(update.auto()).isEmpty()) {
      return Optional.of(invalid("auto", update.auto()));
    }
    if (update.language() != null && language(update.language()).isEmpty()) {
      return Optional.of(invalid("lang", update.language()));
    }
    if (update.length() != null && SummaryStyle.parse(update.length()).isEmpty()) {
      return Optional.of(invalid("length", update.length()));
    }
    return Optional.empty();
  }

  @Override
  public SettingsOutcome update(ChannelRef channel, SettingsUpdate update) {
    Optional<SettingsOutcome.Invalid> invalid = check(update);
    if (invalid.isPresent()) {
      return invalid.get();
    }
    ChannelSettings current = store.get(channel);
    if (update.isEmpty()) {
      return new SettingsOutcome.Applied(current, false);
    }
    ChannelSettings updated =
        new ChannelSettings(
            channel,
            update.auto() == null
                ? current.autoMode()
                : AutoMode.parse(update.auto()).orElseThrow(),
            update.language() == null
                ? current.language()
                : language(update.language()).orElseThrow().orElse(null),
            update.length() == null
                ? current.style()
                : SummaryStyle.parse(update.length()).orElseThrow());
    if (updated.equals(current)) {
      return new SettingsOutcome.Applied(current, false);
    }
    store.put(updated);
    log.info("Channel {} settings changed: {}", channel.channel(), updated);
    return new SettingsOutcome.Applied(updated, true);
  }

  /**
   * A language option: empty when invalid; a present empty optional for {@code auto} (the article's
   * language).
   */
  static Optional<Optional<String>> language(String value) {
    String code = value.strip().toLowerCase(Locale.ROOT);
    if (code.equals("auto")) {
      return Optional.of(Optional.empty());
    }
    return LANGUAGES.contains(code) ? Optional.of(Optional.of(code)) : Optional.empty();
  }

  private static SettingsOutcome.Invalid invalid(String option, @Nullable String value) {
    String shown = value == null ? "" : value.strip();
    if (shown.length() > MAX_SHOWN_VALUE) {
      shown = shown.substring(0, MAX_SHOWN_VALUE) + "…";
    }
    return new SettingsOutcome.Invalid(option, shown);
  }
}
