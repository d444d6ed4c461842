package io.gloss.core.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import io.gloss.core.domain.AutoMode;
import io.gloss.core.domain.ChannelRef;
import io.gloss.core.domain.ChannelSettings;
import io.gloss.core.domain.SettingsOutcome;
import io.gloss.core.domain.SettingsUpdate;
import io.gloss.core.domain.SummaryStyle;
import io.gloss.core.port.out.ChannelSettingsStore;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** One parser and validator for both platforms' {@code /gloss settings}. */
class ChannelSettingsServiceTest {
  private static final ChannelRef CHANNEL = new ChannelRef("discord", "G1", "C1");
  private final Map<ChannelRef, ChannelSettings> saved = new HashMap<>();
  private final ChannelSettingsService settings =
      new ChannelSettingsService(
          new ChannelSettingsStore() {
            @Override
            public ChannelSettings get(ChannelRef channel) {
              return saved.getOrDefault(channel, ChannelSettings.defaults(channel));
            }

            @Override
            public void put(ChannelSettings value) {
              saved.put(value.channel(), value);
            }
          });

  @Test
  void update_everyStyleAndListedLanguage_isAccepted() {
    SettingsOutcome outcome =
        settings.update(CHANNEL, new SettingsUpdate("Reaction", "JA", "5w1h"));

    assertThat(outcome)
        .isEqualTo(
            new SettingsOutcome.Applied(
                new ChannelSettings(CHANNEL, AutoMode.REACTION, "ja", SummaryStyle.FIVE_W_ONE_H),
                true));
    assertThat(settings.update(CHANNEL, new SettingsUpdate(null, "auto", null)))
        .isInstanceOfSatisfying(
            SettingsOutcome.Applied.class, a -> assertThat(a.settings().language()).isNull());
    assertThat(settings.update(CHANNEL, new SettingsUpdate(null, "auto", null)))
        .isInstanceOfSatisfying(
            SettingsOutcome.Applied.class, a -> assertThat(a.changed()).isFalse());
  }

  @Test
  void update_invalidValue_namesTheOption_andSavesNothing() {
    assertThat(settings.update(CHANNEL, new SettingsUpdate("sometimes", null, null)))
        .isEqualTo(new SettingsOutcome.Invalid("auto", "sometimes"));
    assertThat(settings.update(CHANNEL, new SettingsUpdate("off", "xx", null)))
        .isEqualTo(new SettingsOutcome.Invalid("lang", "xx"));
    assertThat(settings.update(CHANNEL, new SettingsUpdate(null, null, "x".repeat(500))))
        .isInstanceOfSatisfying(
            SettingsOutcome.Invalid.class,
            i -> assertThat(i.value()).hasSizeLessThan(50).endsWith("…"));
    assertThat(saved).isEmpty();
  }
}
