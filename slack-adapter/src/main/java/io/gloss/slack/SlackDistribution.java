package io.gloss.slack;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Slack app distribution: Gloss installed through OAuth v2 in any number of workspaces, each
 * answered with its own bot token. {@link #toString()} redacts the client secret.
 *
 * @param clientId the app's client id ({@code slack.client-id})
 * @param clientSecret the app's client secret ({@code slack.client-secret})
 * @param scopes the bot scopes asked for at install ({@code slack.scopes}); by default those of
 *     {@code config/slack-app-manifest.yml}
 */
public record SlackDistribution(String clientId, String clientSecret, List<String> scopes) {
  /** Where an install starts: a redirect to Slack's consent page, with a fresh state. */
  public static final String INSTALL_PATH = "/slack/install";

  /** Where Slack sends the browser back with a code (the app's OAuth redirect URL). */
  public static final String REDIRECT_PATH = "/slack/oauth_redirect";

  /** The bot scopes of {@code config/slack-app-manifest.yml} (a test keeps them in step). */
  public static final List<String> DEFAULT_SCOPES =
      List.of(
          "chat:write",
          "commands",
          "channels:history",
          "groups:history",
          "reactions:read",
          "reactions:write",
          "links:read",
          "links:write",
          "users:read");

  private static final Pattern SCOPE = Pattern.compile("[a-z_]+(:[a-z_.]+)*");

  public SlackDistribution {
    Objects.requireNonNull(clientId, "clientId");
    Objects.requireNonNull(clientSecret, "clientSecret");
    scopes = scopes.stream().map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
  }

  /** With the manifest's scopes. */
  public static SlackDistribution of(String clientId, String clientSecret) {
    return new SlackDistribution(clientId, clientSecret, DEFAULT_SCOPES);
  }

  /** Every problem, each naming the key to fix. */
  List<String> validate() {
    List<String> problems = new ArrayList<>();
    if (!clientId.strip().matches("\\d+\\.\\d+")) {
      problems.add(
          "slack.client-id must be the app's Client ID (digits.digits, Basic Information → App"
              + " Credentials)");
    }
    if (clientSecret.isBlank()) {
      problems.add("slack.client-secret is required with slack.client-id (app distribution)");
    }
    if (scopes.isEmpty()) {
      problems.add("slack.scopes must list at least one bot scope, e.g. chat:write");
    }
    for (String scope : scopes) {
      if (!SCOPE.matcher(scope).matches()) {
        problems.add("slack.scopes: '" + scope + "' is not a Slack scope (e.g. chat:write)");
      }
    }
    return problems;
  }

  @Override
  public String toString() {
    return "SlackDistribution[clientId=" + clientId + ", clientSecret=***, scopes=" + scopes + "]";
  }
}
