package io.gloss.slack;

import com.slack.api.bolt.middleware.Middleware;
import com.slack.api.bolt.middleware.MiddlewareChain;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.builtin.EventRequest;
import com.slack.api.bolt.response.Response;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * With app distribution, in front of Bolt's authorization: an event from a workspace Gloss is not
 * installed in (never installed, or uninstalled) is acknowledged and ignored. Without it Bolt
 * answers 401, and Slack retries the event for an hour.
 */
final class NotInstalledFilter implements Middleware {
  private static final Logger log = LoggerFactory.getLogger(NotInstalledFilter.class);
  private static final Set<String> UNINSTALL_EVENTS = Set.of("app_uninstalled", "tokens_revoked");

  private final InstalledTokens installed;

  NotInstalledFilter(InstalledTokens installed) {
    this.installed = installed;
  }

  @Override
  public Response apply(Request req, Response resp, MiddlewareChain chain) throws Exception {
    if (!(req instanceof EventRequest event) || UNINSTALL_EVENTS.contains(event.getEventType())) {
      return chain.next(req);
    }
    String team = event.getContext().getTeamId();
    if (team == null) {
      team = event.getContext().getEnterpriseId();
    }
    if (team != null && installed.installation(team).isEmpty()) {
      log.debug(
          "Slack event {} from workspace {} ignored: Gloss is not installed there",
          event.getEventTypeAndSubtype(),
          team);
      return Response.ok();
    }
    return chain.next(req);
  }
}
