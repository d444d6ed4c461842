package io.gloss.slack;

import java.util.Optional;

/**
 * The bot token that answers each workspace: the one configured token ({@code SLACK_BOT_TOKEN}), or
 * with app distribution the token of the workspace's installation.
 */
@FunctionalInterface
interface BotTokens {

  /** The token for workspace {@code team}, or empty when Gloss is not installed there. */
  Optional<String> forTeam(String team);

  /** One workspace: every request is answered with this token. */
  static BotTokens single(String token) {
    Optional<String> only = Optional.of(token);
    return team -> only;
  }
}
