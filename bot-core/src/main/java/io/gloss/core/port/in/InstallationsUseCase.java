package io.gloss.core.port.in;

import io.gloss.core.domain.Installation;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Slack app distribution: the workspaces Gloss is installed in (OAuth v2), their tokens, and the
 * OAuth {@code state} values of installs in progress. Shared by every instance through the store.
 * Thread-safe.
 */
public interface InstallationsUseCase {

  /** How long an install may take between {@code /slack/install} and the redirect back. */
  Duration STATE_LIFETIME = Duration.ofMinutes(10);

  /** Stores a completed install (a reinstall replaces the earlier one). */
  void install(Installation installation);

  /**
   * The workspace's installation with a usable token: a rotating token close to expiry is renewed
   * first through {@code renewal}, under the row's lock, so that two instances never both spend one
   * single-use refresh token (the second one reads the first one's new token).
   *
   * @return empty when Gloss is not installed in the workspace
   * @throws TokenRenewalException when the token must be renewed and Slack refuses
   */
  Optional<Installation> installation(String teamId, TokenRenewal renewal);

  /**
   * The app was uninstalled from the workspace, or its bot token revoked: deletes the installation,
   * and the workspace's data when so configured.
   *
   * @return true when there was an installation
   */
  boolean uninstall(String teamId);

  /** Remembers a new OAuth {@code state} for the configured lifetime. */
  void issueState(String state);

  /** Takes a {@code state} once; false when unknown, already used or expired. */
  boolean takeState(String state);

  /** Renews a rotating bot token with its refresh token ({@code oauth.v2.access}). */
  @FunctionalInterface
  interface TokenRenewal {
    /**
     * @return the new token pair
     * @throws TokenRenewalException when Slack refuses or cannot be reached
     */
    RenewedToken renew(String refreshToken);
  }

  /**
   * A renewed token pair.
   *
   * @param botToken the new bot token
   * @param refreshToken the new single-use refresh token
   * @param expiresAt when the new bot token expires
   */
  record RenewedToken(String botToken, String refreshToken, Instant expiresAt) {
    public RenewedToken {
      java.util.Objects.requireNonNull(botToken, "botToken");
      java.util.Objects.requireNonNull(refreshToken, "refreshToken");
      java.util.Objects.requireNonNull(expiresAt, "expiresAt");
    }

    @Override
    public String toString() {
      return "RenewedToken[botToken=***, refreshToken=***, expiresAt=" + expiresAt + "]";
    }
  }

  /** Renewing a token failed. */
  final class TokenRenewalException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public TokenRenewalException(String message) {
      super(message);
    }
  }
}
