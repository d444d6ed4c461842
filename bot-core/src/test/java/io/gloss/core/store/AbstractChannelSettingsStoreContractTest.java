package io.gloss.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.gloss.core.domain.AutoMode;
import io.gloss.core.domain.ChannelRef;
import io.gloss.core.domain.ChannelSettings;
import io.gloss.core.domain.SummaryStyle;
import org.junit.jupiter.api.Test;

/** The contract of {@link io.gloss.core.port.out.ChannelSettingsStore} on every database. */
abstract class AbstractChannelSettingsStoreContractTest extends StoreContract {
  private static final ChannelRef CHANNEL = new ChannelRef("slack", "T1", "C1");

  private JdbcChannelSettingsStore store(Database on) {
    return new JdbcChannelSettingsStore(on, clock);
  }

  @Test
  void get_unknownChannel_returnsDefaults() {
    assertThat(store(database).get(CHANNEL)).isEqualTo(ChannelSettings.defaults(CHANNEL));
  }

  @Test
  void put_thenPutAgain_lastSettingsWin() {
    store(database).put(new ChannelSettings(CHANNEL, AutoMode.OFF, "en", SummaryStyle.SHORT));
    store(database).put(new ChannelSettings(CHANNEL, AutoMode.REACTION, null, SummaryStyle.SIMPLE));

    assertThat(store(database).get(CHANNEL))
        .isEqualTo(new ChannelSettings(CHANNEL, AutoMode.REACTION, null, SummaryStyle.SIMPLE));
    assertThat(store(database).get(new ChannelRef("discord", "T1", "C1")).autoMode())
        .isEqualTo(AutoMode.LINKS);
  }

  @Test
  void put_thenRestart_settingsAreKept() {
    ChannelSettings saved =
        new ChannelSettings(CHANNEL, AutoMode.OFF, "ko", SummaryStyle.FIVE_W_ONE_H);
    store(database).put(saved);

    assertThat(store(restart()).get(CHANNEL)).isEqualTo(saved);
  }
}
