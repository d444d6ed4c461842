package io.gloss.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.gloss.core.domain.ChannelRef;
import io.gloss.core.domain.SharedLink;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The contract of {@link io.gloss.core.port.out.SharedLinkLog} on every database. */
abstract class AbstractSharedLinkLogContractTest extends StoreContract {
  static final ChannelRef CHANNEL = new ChannelRef("discord", "G1", "C1");

  static SharedLink link(ChannelRef channel, String message, String url, Instant at) {
    return new SharedLink(channel, message, null, "U1", url, url, at, 0, 0);
  }

  @Test
  void record_sameMessageAndUrlTwice_keepsOneRow() {
    JdbcSharedLinkLog log = new JdbcSharedLinkLog(database);
    log.record(link(CHANNEL, "m1", "https://news.example/a", T0));
    log.record(
        new SharedLink(
            CHANNEL,
            "m1",
            "t1",
            "U1",
            "https://news.example/a",
            "https://news.example/a",
            T0,
            0,
            0));

    assertThat(log.since(CHANNEL, T0))
        .singleElement()
        .satisfies(link -> assertThat(link.threadRef()).isEqualTo("t1"));
  }

  @Test
  void since_otherChannelsAndOlderLinks_areLeftOut_oldestFirst() {
    JdbcSharedLinkLog log = new JdbcSharedLinkLog(database);
    log.record(link(CHANNEL, "m3", "https://news.example/c", T0.plus(Duration.ofHours(2))));
    log.record(link(CHANNEL, "m1", "https://news.example/a", T0.minus(Duration.ofHours(1))));
    log.record(link(CHANNEL, "m2", "https://news.example/b", T0.plus(Duration.ofHours(1))));
    log.record(link(new ChannelRef("discord", "G1", "C2"), "m4", "https://news.example/d", T0));

    assertThat(log.since(CHANNEL, T0))
        .extracting(SharedLink::messageRef)
        .containsExactly("m2", "m3");
  }

  @Test
  void updateEngagement_countsAreStored_andSurviveRestart() {
    new JdbcSharedLinkLog(database).record(link(CHANNEL, "m1", "https://news.example/a", T0));
    new JdbcSharedLinkLog(database).updateEngagement(CHANNEL, "m1", 5, 3);

    assertThat(new JdbcSharedLinkLog(restart()).since(CHANNEL, T0))
        .singleElement()
        .satisfies(
            link -> {
              assertThat(link.reactions()).isEqualTo(5);
              assertThat(link.replies()).isEqualTo(3);
              assertThat(link.sharedAt()).isEqualTo(T0);
            });
  }
}
