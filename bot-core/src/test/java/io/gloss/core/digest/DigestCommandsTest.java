package io.gloss.core.digest;

import static org.assertj.core.api.Assertions.assertThat;

import io.gloss.core.domain.ChannelRef;
import io.gloss.core.domain.DigestSubscription;
import io.gloss.core.domain.Workspace;
import io.gloss.core.port.in.DigestCaller;
import io.gloss.core.port.in.DigestRequest;
import io.gloss.core.render.ReplyLanguage;
import io.gloss.core.store.StoreSettings;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code /digest} as every platform gets it: the team-settings rule (only admins change a
 * subscription or the workspace's zone, as for {@code /gloss term set}) and the default zone of a
 * subscription (workspace zone, else the caller's own zone, else {@code digest.default-zone}).
 */
class DigestCommandsTest extends DigestTestBase {
  private static final ChannelRef OTHER_CHANNEL = new ChannelRef("slack", "T1", "C2");
  private static final ZoneId LONDON = ZoneId.of("Europe/London");
  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

  @TempDir Path dataDir;
  private final AtomicInteger wakes = new AtomicInteger();
  private DigestCommands commands;

  @Override
  protected StoreSettings freshStore() {
    return StoreSettings.sqlite(dataDir);
  }

  @BeforeEach
  void commands() {
    stores.digests().unsubscribe(CHANNEL);
    commands = new DigestCommands(runner, stores.digestZones(), wakes::incrementAndGet);
  }

  private String ask(ChannelRef channel, boolean admin, @Nullable ZoneId own, String text) {
    return commands.handle(
        new DigestCaller(channel, admin, own, ReplyLanguage.EN), DigestRequest.parse(text));
  }

  private ZoneId subscribedZone(ChannelRef channel) {
    return stores.digests().subscription(channel).map(DigestSubscription::zone).orElseThrow();
  }

  @Test
  void nonAdmin_cannotSubscribeUnsubscribeOrSetTheZone_butMaySeeStatusAndPostNow() {
    assertThat(ask(CHANNEL, false, null, "subscribe 08:00")).contains("Only admins");
    assertThat(stores.digests().subscription(CHANNEL)).isEmpty();

    ask(CHANNEL, true, null, "subscribe 08:00");
    assertThat(ask(CHANNEL, false, null, "unsubscribe")).contains("Only admins");
    assertThat(stores.digests().subscription(CHANNEL)).isPresent();

    assertThat(ask(CHANNEL, false, null, "zone Europe/London")).contains("Only admins");
    assertThat(stores.digestZones().zone(Workspace.of("slack", "T1"))).isEmpty();

    assertThat(ask(CHANNEL, false, null, "status")).contains("Subscribed: daily 08:00");
    assertThat(ask(CHANNEL, false, null, "now")).contains("Nothing was shared");
    assertThat(wakes).hasValue(1);
  }

  @Test
  void subscribeWithoutZone_usesTheConfigDefault_thenTheCallersZone_thenTheWorkspaceZone() {
    ask(CHANNEL, true, null, "subscribe 08:00");
    assertThat(subscribedZone(CHANNEL)).isEqualTo(SEOUL);

    ask(CHANNEL, true, NEW_YORK, "subscribe 08:00");
    assertThat(subscribedZone(CHANNEL)).isEqualTo(NEW_YORK);

    assertThat(ask(CHANNEL, true, null, "zone Europe/London"))
        .contains("This workspace's digest time zone is now Europe/London");
    ask(OTHER_CHANNEL, true, NEW_YORK, "subscribe 09:00 weekdays");
    assertThat(subscribedZone(OTHER_CHANNEL)).isEqualTo(LONDON);
    assertThat(subscribedZone(CHANNEL))
        .as("existing subscriptions keep theirs")
        .isEqualTo(NEW_YORK);

    ask(CHANNEL, true, null, "subscribe 08:00 Asia/Tokyo");
    assertThat(subscribedZone(CHANNEL)).isEqualTo(ZoneId.of("Asia/Tokyo"));
  }

  @Test
  void workspaceZone_isPerWorkspace_andShownByStatus() {
    assertThat(ask(CHANNEL, false, null, "status"))
        .contains("Not subscribed.", "Workspace time zone: not set (default Asia/Seoul)");

    ask(CHANNEL, true, null, "zone UTC");
    ChannelRef otherTeam = new ChannelRef("slack", "T2", "C1");
    ChannelRef guild = new ChannelRef("discord", "T1", "C1");
    ask(otherTeam, true, null, "subscribe 07:00");
    ask(guild, true, null, "subscribe 07:00");

    assertThat(ask(CHANNEL, false, null, "status")).contains("Workspace time zone: UTC");
    assertThat(subscribedZone(otherTeam)).isEqualTo(SEOUL);
    assertThat(subscribedZone(guild)).isEqualTo(SEOUL);
  }

  @Test
  void zone_unknownOrMissing_isAClearError_andChangesNothing() {
    assertThat(ask(CHANNEL, true, null, "zone Mars/Base")).contains("Usage:", "unknown time zone");
    assertThat(ask(CHANNEL, true, null, "zone")).contains("zone needs one IANA time zone");
    assertThat(stores.digestZones().zone(Workspace.of("slack", "T1"))).isEmpty();
  }
}
