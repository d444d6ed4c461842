package io.gloss.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.request.builtin.OAuthCallbackRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.methods.response.oauth.OAuthV2AccessResponse;
import io.gloss.core.domain.Installation;
import io.gloss.core.port.in.InstallationsUseCase;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The end of an install ({@code GET /slack/oauth_redirect}, after Bolt checked the state and
 * exchanged the code with {@code oauth.v2.access}): stores the workspace's installation and shows a
 * short page. Every failure (a missing, unknown, used or expired state; the user cancelled; Slack
 * refused the code) gets a clear page with an HTTP error status, and nothing is stored.
 */
final class OAuthPages {
  private static final Logger log = LoggerFactory.getLogger(OAuthPages.class);

  private final InstallationsUseCase installations;
  private final Clock clock;

  OAuthPages(InstallationsUseCase installations, Clock clock) {
    this.installations = installations;
    this.clock = clock;
  }

  /** Registers the success and error handlers on a distributed Bolt app. */
  void register(App app) {
    app.oauthCallback(this::installed);
    app.oauthCallbackStateError(
        (request, response) -> {
          log.info("Slack install refused: missing, unknown, used or expired state");
          return page(
              response,
              400,
              "This install link has expired or was already used",
              "Start again from " + SlackDistribution.INSTALL_PATH + " in the same browser.");
        });
    app.oauthCallbackError(
        (request, response) -> {
          String error = String.valueOf(request.getPayload().getError());
          log.info("Slack install not completed: {}", error);
          return page(response, 400, "Gloss was not installed", "Slack reported: " + error + ".");
        });
    app.oauthCallbackAccessError(
        (OAuthCallbackRequest request, Response response, OAuthV2AccessResponse access) -> {
          log.warn("Slack install failed: oauth.v2.access answered {}", access.getError());
          return page(
              response,
              400,
              "Gloss was not installed",
              "Slack refused the install code (" + access.getError() + "). Start again.");
        });
    app.oauthCallbackException(
        (request, response, e) ->
            page(
                response,
                500,
                "Gloss was not installed",
                "The install could not be completed (" + e.getClass().getSimpleName() + ")."));
  }

  private Response installed(
      OAuthCallbackRequest request, Response response, OAuthV2AccessResponse access) {
    @Nullable Installation installation = installationOf(access, clock.instant());
    if (installation == null) {
      log.warn("Slack install failed: oauth.v2.access answered without a bot token or team");
      return page(
          response,
          502,
          "Gloss was not installed",
          "Slack's answer had no bot token for a workspace. Start again.");
    }
    installations.install(installation);
    String name = installation.teamName() == null ? installation.teamId() : installation.teamName();
    return page(
        response,
        200,
        "Gloss is installed in " + name,
        "Invite @gloss to a channel and paste a news link. You can close this page.");
  }

  /** The installation in Slack's answer, or null when it lacks a bot token, bot user or team. */
  static @Nullable Installation installationOf(OAuthV2AccessResponse access, Instant now) {
    String team =
        access.getTeam() != null && access.getTeam().getId() != null
            ? access.getTeam().getId()
            : access.getEnterprise() == null ? null : access.getEnterprise().getId();
    String token = access.getAccessToken();
    String botUser = access.getBotUserId();
    if (team == null || token == null || botUser == null || !"bot".equals(access.getTokenType())) {
      return null;
    }
    boolean rotates = access.getRefreshToken() != null && access.getExpiresIn() != null;
    return new Installation(
        team,
        access.getEnterprise() == null ? null : access.getEnterprise().getId(),
        access.getTeam() == null ? null : access.getTeam().getName(),
        botUser,
        null,
        token,
        access.getScope() == null ? "" : access.getScope(),
        access.getAuthedUser() == null ? null : access.getAuthedUser().getId(),
        now,
        rotates ? access.getRefreshToken() : null,
        rotates ? now.plus(Duration.ofSeconds(access.getExpiresIn())) : null);
  }

  private static Response page(Response response, int status, String title, String text) {
    response.setStatusCode(status);
    response.setContentType("text/html; charset=utf-8");
    response.setBody(
        "<!doctype html><html><head><meta charset=\"utf-8\"><title>"
            + escape(title)
            + "</title></head><body><h1>"
            + escape(title)
            + "</h1><p>"
            + escape(text)
            + "</p></body></html>");
    return response;
  }

  static String escape(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;")
        .replace("'", "&#39;");
  }
}
