package io.gloss.slack;

import com.slack.api.Slack;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.oauth.OAuthV2AccessResponse;
import io.gloss.core.domain.Installation;
import io.gloss.core.port.in.InstallationsUseCase;
import io.gloss.core.port.in.InstallationsUseCase.RenewedToken;
import io.gloss.core.port.in.InstallationsUseCase.TokenRenewalException;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * With app distribution, each workspace's bot token comes from its installation in the store. A
 * rotating token close to expiry is renewed here with {@code oauth.v2.access} ({@code
 * grant_type=refresh_token}); the core does it under the row lock.
 */
final class InstalledTokens implements BotTokens {
  private static final Logger log = LoggerFactory.getLogger(InstalledTokens.class);

  private final InstallationsUseCase installations;
  private final Slack slack;
  private final SlackDistribution distribution;
  private final Clock clock;

  InstalledTokens(
      InstallationsUseCase installations,
      Slack slack,
      SlackDistribution distribution,
      Clock clock) {
    this.installations = installations;
    this.slack = slack;
    this.distribution = distribution;
    this.clock = clock;
  }

  @Override
  public Optional<String> forTeam(String team) {
    return installation(team).map(Installation::botToken);
  }

  /**
   * The workspace's installation with a usable token; empty when not installed or not renewable.
   */
  Optional<Installation> installation(String team) {
    try {
      return installations.installation(team, this::renew);
    } catch (TokenRenewalException e) {
      log.warn("Slack workspace {}: the bot token could not be renewed: {}", team, e.getMessage());
      return Optional.empty();
    }
  }

  private RenewedToken renew(String refreshToken) {
    OAuthV2AccessResponse response;
    try {
      response =
          slack
              .methods()
              .oauthV2Access(
                  r ->
                      r.clientId(distribution.clientId())
                          .clientSecret(distribution.clientSecret())
                          .grantType("refresh_token")
                          .refreshToken(refreshToken));
    } catch (IOException | SlackApiException e) {
      throw new TokenRenewalException("oauth.v2.access failed: " + e.getClass().getSimpleName());
    }
    if (!response.isOk()
        || response.getAccessToken() == null
        || response.getRefreshToken() == null
        || response.getExpiresIn() == null) {
      throw new TokenRenewalException(
          "oauth.v2.access refused: "
              + (response.isOk() ? "incomplete answer" : response.getError()));
    }
    return new RenewedToken(
        response.getAccessToken(),
        response.getRefreshToken(),
        clock.instant().plus(Duration.ofSeconds(response.getExpiresIn())));
  }

  @Override
  public String toString() {
    return "InstalledTokens[" + distribution + "]";
  }
}
