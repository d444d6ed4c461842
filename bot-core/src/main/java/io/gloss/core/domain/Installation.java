package io.gloss.core.domain;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Gloss installed in one Slack workspace through the OAuth flow: the bot token that answers that
 * workspace and who installed it. Tokens are secrets: {@link #toString()} never shows them.
 *
 * @param teamId the workspace ({@code T…}); for an organization-wide install, the organization id
 * @param enterpriseId the Enterprise Grid organization ({@code E…}), if any
 * @param teamName the workspace's name when installed, if Slack sent it
 * @param botUserId the bot user in that workspace ({@code U…})
 * @param botId the bot id ({@code B…}), if known
 * @param botToken the bot token ({@code xoxb-…}), used for every call for that workspace
 * @param botScopes the granted bot scopes, comma-separated as Slack sends them
 * @param installerUserId who installed the app ({@code U…}), if known
 * @param installedAt when the installation was stored
 * @param refreshToken with token rotation: the single-use refresh token ({@code xoxe-…})
 * @param tokenExpiresAt with token rotation: when {@link #botToken} expires
 */
public record Installation(
    String teamId,
    @Nullable String enterpriseId,
    @Nullable String teamName,
    String botUserId,
    @Nullable String botId,
    String botToken,
    String botScopes,
    @Nullable String installerUserId,
    Instant installedAt,
    @Nullable String refreshToken,
    @Nullable Instant tokenExpiresAt) {

  public Installation {
    Objects.requireNonNull(teamId, "teamId");
    Objects.requireNonNull(botUserId, "botUserId");
    Objects.requireNonNull(botToken, "botToken");
    Objects.requireNonNull(botScopes, "botScopes");
    Objects.requireNonNull(installedAt, "installedAt");
    if (teamId.isBlank() || teamId.length() > 100) {
      throw new IllegalArgumentException("'teamId' must be 1 to 100 characters");
    }
    if (botToken.isBlank()) {
      throw new IllegalArgumentException("'botToken' must not be blank");
    }
    if ((refreshToken == null) != (tokenExpiresAt == null)) {
      throw new IllegalArgumentException(
          "'refreshToken' and 'tokenExpiresAt' are set together (token rotation) or not at all");
    }
  }

  /** Whether the bot token rotates (it expires and a refresh token renews it). */
  public boolean rotates() {
    return refreshToken != null;
  }

  /** This installation with a renewed token pair (token rotation). */
  public Installation withTokens(String newBotToken, String newRefreshToken, Instant expiresAt) {
    return new Installation(
        teamId,
        enterpriseId,
        teamName,
        botUserId,
        botId,
        newBotToken,
        botScopes,
        installerUserId,
        installedAt,
        newRefreshToken,
        expiresAt);
  }

  @Override
  public String toString() {
    return "Installation[teamId="
        + teamId
        + ", enterpriseId="
        + enterpriseId
        + ", teamName="
        + teamName
        + ", botUserId="
        + botUserId
        + ", botScopes="
        + botScopes
        + ", installerUserId="
        + installerUserId
        + ", installedAt="
        + installedAt
        + ", botToken=***"
        + (refreshToken == null ? "" : ", refreshToken=***, tokenExpiresAt=" + tokenExpiresAt)
        + "]";
  }
}
