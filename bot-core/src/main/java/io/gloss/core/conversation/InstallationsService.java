package io.gloss.core.conversation;

import io.gloss.core.domain.Installation;
import io.gloss.core.domain.Workspace;
import io.gloss.core.port.in.InstallationsUseCase;
import io.gloss.core.port.out.InstallationStore;
import io.gloss.core.port.out.WorkspacePurge;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link InstallationsUseCase} on an {@link InstallationStore}: renews rotating tokens shortly
 * before they expire (under the store's row lock), and on uninstall deletes the installation and,
 * when configured, everything the workspace wrote.
 */
public final class InstallationsService implements InstallationsUseCase {
  private static final Logger log = LoggerFactory.getLogger(InstallationsService.class);

  /** A rotating token is renewed when it has less than this left (Slack's tokens last 12 h). */
  static final Duration RENEW_BEFORE = Duration.ofMinutes(10);

  private final InstallationStore store;
  private final WorkspacePurge purge;
  private final boolean purgeOnUninstall;
  private final Clock clock;

  /**
   * @param store where installations and states are kept
   * @param purge deletes a workspace's data
   * @param purgeOnUninstall whether an uninstall also deletes the workspace's data ({@code
   *     store.purge-on-uninstall})
   * @param clock time for state expiry and token renewal
   */
  public InstallationsService(
      InstallationStore store, WorkspacePurge purge, boolean purgeOnUninstall, Clock clock) {
    this.store = Objects.requireNonNull(store, "store");
    this.purge = Objects.requireNonNull(purge, "purge");
    this.purgeOnUninstall = purgeOnUninstall;
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public void install(Installation installation) {
    store.save(installation);
    log.info(
        "Slack workspace {} installed Gloss (bot user {}, scopes {})",
        installation.teamId(),
        installation.botUserId(),
        installation.botScopes());
  }

  @Override
  public Optional<Installation> installation(String teamId, TokenRenewal renewal) {
    Objects.requireNonNull(renewal, "renewal");
    Optional<Installation> found = store.find(teamId);
    if (found.isEmpty() || !expiresSoon(found.get())) {
      return found;
    }
    // Under the row lock, read again: another instance may have renewed it meanwhile.
    return store.update(
        teamId,
        current -> {
          if (!expiresSoon(current)) {
            return current;
          }
          RenewedToken renewed = renewal.renew(Objects.requireNonNull(current.refreshToken()));
          log.info("Slack workspace {}: bot token renewed (token rotation)", teamId);
          return current.withTokens(
              renewed.botToken(), renewed.refreshToken(), renewed.expiresAt());
        });
  }

  private boolean expiresSoon(Installation installation) {
    Instant expires = installation.tokenExpiresAt();
    return installation.rotates()
        && expires != null
        && !clock.instant().plus(RENEW_BEFORE).isBefore(expires);
  }

  @Override
  public boolean uninstall(String teamId) {
    boolean deleted = store.delete(teamId);
    if (deleted) {
      log.info("Slack workspace {}: installation and its tokens deleted", teamId);
    }
    if (purgeOnUninstall) {
      int rows = purge.purge(Workspace.of("slack", teamId));
      log.info(
          "Slack workspace {}: {} rows of its data purged (store.purge-on-uninstall)",
          teamId,
          rows);
    }
    return deleted;
  }

  @Override
  public void issueState(String state) {
    store.addState(state, clock.instant().plus(STATE_LIFETIME));
  }

  @Override
  public boolean takeState(String state) {
    return store.takeState(state, clock.instant());
  }

  @Override
  public String toString() {
    return "InstallationsService[purgeOnUninstall=" + purgeOnUninstall + "]";
  }
}
