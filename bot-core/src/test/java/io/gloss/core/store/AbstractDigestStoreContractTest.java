package io.gloss.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.gloss.core.domain.ChannelRef;
import io.gloss.core.domain.DigestRunStatus;
import io.gloss.core.domain.DigestSubscription;
import io.gloss.core.domain.Workspace;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link io.gloss.core.port.out.DigestStore} on every database (hostile input 35: a
 * digest run twice by two replicas or after a restart is posted once).
 */
abstract class AbstractDigestStoreContractTest extends StoreContract {
  private static final ChannelRef CHANNEL = new ChannelRef("slack", "T1", "C1");
  private static final LocalDate DATE = LocalDate.of(2026, 3, 2);

  @Test
  void subscribe_thenReplace_thenUnsubscribe() {
    JdbcDigestStore digests = new JdbcDigestStore(database, clock);
    ZoneId seoul = ZoneId.of("Asia/Seoul");
    digests.subscribe(
        new DigestSubscription(CHANNEL, LocalTime.of(8, 0), seoul, DigestSubscription.workdays()));
    DigestSubscription replaced =
        new DigestSubscription(
            CHANNEL, LocalTime.of(18, 30), seoul, EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.MONDAY));
    digests.subscribe(replaced);

    assertThat(new JdbcDigestStore(restart(), clock).subscription(CHANNEL)).contains(replaced);
    digests = new JdbcDigestStore(database, clock);
    assertThat(digests.subscriptions()).containsExactly(replaced);
    assertThat(digests.unsubscribe(CHANNEL)).isTrue();
    assertThat(digests.unsubscribe(CHANNEL)).isFalse();
    assertThat(digests.subscription(CHANNEL)).isEmpty();
  }

  @Test
  void workspaceZone_setReplaced_keptAcrossRestart_perWorkspace() {
    Workspace team = Workspace.of("slack", "T1");
    JdbcDigestZoneStore zones = new JdbcDigestZoneStore(database, clock);
    assertThat(zones.zone(team)).isEmpty();

    zones.setZone(team, ZoneId.of("Europe/London"));
    zones.setZone(team, ZoneId.of("America/New_York"));

    JdbcDigestZoneStore restarted = new JdbcDigestZoneStore(restart(), clock);
    assertThat(restarted.zone(team)).contains(ZoneId.of("America/New_York"));
    assertThat(restarted.zone(Workspace.of("discord", "T1"))).isEmpty();
    assertThat(restarted.zone(Workspace.of("slack", "T2"))).isEmpty();
  }

  @Test
  void claimRun_twoReplicasAtOnce_exactlyOneWins() throws Exception {
    JdbcDigestStore first = new JdbcDigestStore(database, clock);
    JdbcDigestStore second = new JdbcDigestStore(another(), clock);
    List<Callable<Boolean>> replicas = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      JdbcDigestStore instance = i % 2 == 0 ? first : second;
      replicas.add(() -> instance.claimRun(CHANNEL, DATE));
    }

    assertThat(race(replicas)).containsOnlyOnce(true).hasSize(8);
    assertThat(first.claimRun(CHANNEL, DATE.plusDays(1))).isTrue();
  }

  @Test
  void claimRun_afterRestart_isNotClaimedAgain_andOutcomeIsKept() {
    JdbcDigestStore digests = new JdbcDigestStore(database, clock);
    assertThat(digests.claimRun(CHANNEL, DATE)).isTrue();
    digests.finishRun(CHANNEL, DATE, DigestRunStatus.SKIPPED, "channel archived");

    JdbcDigestStore restarted = new JdbcDigestStore(restart(), clock);

    assertThat(restarted.claimRun(CHANNEL, DATE)).isFalse();
    assertThat(restarted.run(CHANNEL, DATE))
        .hasValueSatisfying(
            run -> {
              assertThat(run.status()).isEqualTo(DigestRunStatus.SKIPPED);
              assertThat(run.detail()).isEqualTo("channel archived");
              assertThat(run.claimedAt()).isEqualTo(T0);
              assertThat(run.finishedAt()).isEqualTo(T0);
            });
    assertThat(restarted.run(CHANNEL, DATE.minusDays(1))).isEmpty();
  }
}
