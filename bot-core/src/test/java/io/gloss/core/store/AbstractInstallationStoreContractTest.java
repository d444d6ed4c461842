package io.gloss.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gloss.core.conversation.InstallationsService;
import io.gloss.core.domain.AutoMode;
import io.gloss.core.domain.ChannelRef;
import io.gloss.core.domain.ChannelSettings;
import io.gloss.core.domain.Installation;
import io.gloss.core.domain.SummaryStyle;
import io.gloss.core.port.in.InstallationsUseCase;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Slack installations (V7) on every database: one row per workspace, tokens encrypted at rest with
 * a key, OAuth states usable once, and token renewal under the row lock.
 */
abstract class AbstractInstallationStoreContractTest extends StoreContract {
  private static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);
  private static final String OTHER_KEY =
      Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef".getBytes());

  static Installation installation(String team, String token) {
    return new Installation(
        team,
        null,
        "Team " + team,
        "U" + team,
        "B" + team,
        token,
        "chat:write,commands",
        "UINSTALLER",
        T0,
        null,
        null);
  }

  static Installation rotating(String team, String token, String refresh, Duration life) {
    return new Installation(
        team, "E1", null, "U" + team, null, token, "chat:write", null, T0, refresh, T0.plus(life));
  }

  private String rawColumn(Database db, String column, String team) {
    return db.read(
        connection -> {
          try (PreparedStatement select =
              connection.prepareStatement(
                  "SELECT " + column + " FROM slack_installation WHERE team_id = ?")) {
            select.setString(1, team);
            try (ResultSet row = select.executeQuery()) {
              return row.next() ? row.getString(1) : null;
            }
          }
        });
  }

  @Test
  void save_find_reinstall_delete_perWorkspace() {
    JdbcInstallationStore store = new JdbcInstallationStore(database, TokenCipher.none());
    store.save(installation("T1", "xoxb-one"));
    store.save(installation("T2", "xoxb-two"));
    store.save(installation("T1", "xoxb-one-again"));

    JdbcInstallationStore restarted = new JdbcInstallationStore(restart(), TokenCipher.none());
    assertThat(restarted.find("T1")).contains(installation("T1", "xoxb-one-again"));
    assertThat(restarted.find("T2")).contains(installation("T2", "xoxb-two"));
    assertThat(restarted.delete("T1")).isTrue();
    assertThat(restarted.delete("T1")).isFalse();
    assertThat(restarted.find("T1")).isEmpty();
    assertThat(restarted.find("T2")).isPresent();
  }

  @Test
  void tokens_withAKey_areEncryptedAtRest_andReadBackOnlyWithThatKey() {
    JdbcInstallationStore store =
        new JdbcInstallationStore(database, TokenCipher.fromBase64Key(KEY));
    Installation saved =
        rotating("T1", "xoxb-secret-bot", "xoxe-secret-refresh", Duration.ofHours(12));
    store.save(saved);

    assertThat(rawColumn(database, "bot_token", "T1")).startsWith("gcm1:").doesNotContain("secret");
    assertThat(rawColumn(database, "refresh_token", "T1"))
        .startsWith("gcm1:")
        .doesNotContain("secret");
    assertThat(new JdbcInstallationStore(restart(), TokenCipher.fromBase64Key(KEY)).find("T1"))
        .contains(saved);
    assertThatThrownBy(() -> new JdbcInstallationStore(database, TokenCipher.none()).find("T1"))
        .hasMessageContaining("store.encryption-key is not set")
        .hasMessageNotContaining("secret");
    assertThatThrownBy(
            () ->
                new JdbcInstallationStore(database, TokenCipher.fromBase64Key(OTHER_KEY))
                    .find("T1"))
        .hasMessageContaining("does not decrypt");
  }

  @Test
  void tokens_storedBeforeAKeyWasSet_areStillRead() {
    new JdbcInstallationStore(database, TokenCipher.none()).save(installation("T1", "xoxb-plain"));

    assertThat(new JdbcInstallationStore(database, TokenCipher.fromBase64Key(KEY)).find("T1"))
        .contains(installation("T1", "xoxb-plain"));
  }

  @Test
  void state_isTakenOnce_andNotAfterItExpires() {
    JdbcInstallationStore store = new JdbcInstallationStore(database, TokenCipher.none());
    store.addState("s-1", T0.plusSeconds(600));
    store.addState("s-2", T0.plusSeconds(600));

    assertThat(store.takeState("s-1", T0)).isTrue();
    assertThat(store.takeState("s-1", T0)).as("a replayed state").isFalse();
    assertThat(store.takeState("unknown", T0)).isFalse();
    assertThat(store.takeState("s-2", T0.plusSeconds(600))).as("expired").isFalse();
  }

  @Test
  void update_fromManyThreads_losesNoChange() throws Exception {
    JdbcInstallationStore store = new JdbcInstallationStore(database, TokenCipher.none());
    store.save(installation("T1", "xoxb-"));
    JdbcInstallationStore other = new JdbcInstallationStore(another(), TokenCipher.none());
    List<Callable<Boolean>> tasks = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      JdbcInstallationStore instance = i % 2 == 0 ? store : other;
      tasks.add(
          () ->
              instance
                  .update(
                      "T1",
                      current ->
                          new Installation(
                              "T1",
                              null,
                              null,
                              current.botUserId(),
                              null,
                              current.botToken() + "x",
                              current.botScopes(),
                              null,
                              current.installedAt(),
                              null,
                              null))
                  .isPresent());
    }

    assertThat(race(tasks)).containsOnly(true);
    assertThat(store.find("T1").orElseThrow().botToken()).isEqualTo("xoxb-xxxxxxxx");
    assertThat(store.update("T9", current -> current)).isEmpty();
  }

  @Test
  void renewal_raceBetweenTwoInstances_spendsTheRefreshTokenOnce() throws Exception {
    new JdbcInstallationStore(database, TokenCipher.none())
        .save(rotating("T1", "xoxb-old", "xoxe-1", Duration.ofMinutes(5)));
    AtomicInteger renewals = new AtomicInteger();
    InstallationsUseCase.TokenRenewal renewal =
        refresh -> {
          assertThat(refresh).isEqualTo("xoxe-1");
          renewals.incrementAndGet();
          return new InstallationsUseCase.RenewedToken(
              "xoxb-new", "xoxe-2", T0.plus(Duration.ofHours(12)));
        };
    List<Callable<String>> tasks = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      Database db = i % 2 == 0 ? database : another();
      InstallationsService service =
          new InstallationsService(
              new JdbcInstallationStore(db, TokenCipher.none()), w -> 0, false, clock);
      tasks.add(() -> service.installation("T1", renewal).orElseThrow().botToken());
    }

    assertThat(race(tasks)).containsOnly("xoxb-new");
    assertThat(renewals).hasValue(1);
    assertThat(new JdbcInstallationStore(database, TokenCipher.none()).find("T1").orElseThrow())
        .extracting(Installation::refreshToken)
        .isEqualTo("xoxe-2");
  }

  @Test
  void uninstall_withPurge_deletesTheWorkspacesData_only() {
    JdbcChannelSettingsStore settings = new JdbcChannelSettingsStore(database, clock);
    ChannelRef mine = new ChannelRef("slack", "T1", "C1");
    ChannelRef theirs = new ChannelRef("slack", "T2", "C1");
    settings.put(new ChannelSettings(mine, AutoMode.OFF, "en", SummaryStyle.BRIEF));
    settings.put(new ChannelSettings(theirs, AutoMode.OFF, "en", SummaryStyle.BRIEF));
    JdbcInstallationStore store = new JdbcInstallationStore(database, TokenCipher.none());
    store.save(installation("T1", "xoxb-one"));
    DataPurger purger = new DataPurger(database);
    InstallationsService service =
        new InstallationsService(
            store, workspace -> purger.purgeWorkspace(workspace).total(), true, clock);

    assertThat(service.uninstall("T1")).isTrue();

    assertThat(store.find("T1")).isEmpty();
    assertThat(settings.get(mine)).isEqualTo(ChannelSettings.defaults(mine));
    assertThat(settings.get(theirs).autoMode()).isEqualTo(AutoMode.OFF);
  }
}
