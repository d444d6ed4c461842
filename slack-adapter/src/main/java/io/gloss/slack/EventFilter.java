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
 * A Bolt middleware (after Bolt's signature check) in front of the event handlers. Slack sends
 * every message subtype and every subscribed event type; Bolt answers a type without a handler with
 * HTTP 404 and a long warning, and Slack then retries it. Events Gloss does not act on are
 * acknowledged here with 200 and one debug line. It also keeps {@link Workspaces} current: a retry
 * from an uninstalled workspace is ignored, any other request from it proves the app is back.
 */
final class EventFilter implements Middleware {
  private static final Logger log = LoggerFactory.getLogger(EventFilter.class);

  /** {@code type} or {@code type:subtype}, as Bolt keys its event handlers. */
  static final Set<String> HANDLED =
      Set.of(
          "message",
          "message:file_share",
          "reaction_added",
          "link_shared",
          "app_uninstalled",
          "tokens_revoked");

  private static final Set<String> UNINSTALL_EVENTS = Set.of("app_uninstalled", "tokens_revoked");

  private final Workspaces workspaces;

  EventFilter(Workspaces workspaces) {
    this.workspaces = workspaces;
  }

  @Override
  public Response apply(Request req, Response resp, MiddlewareChain chain) throws Exception {
    String team = req.getContext() == null ? null : req.getContext().getTeamId();
    if (!(req instanceof EventRequest event)) {
      if (team != null) {
        workspaces.seen(team);
      }
      return chain.next(req);
    }
    String kind = event.getEventTypeAndSubtype();
    if (kind == null || !HANDLED.contains(kind)) {
      log.debug("Slack event {} acknowledged; Gloss does not act on it", kind);
      return Response.ok();
    }
    if (team != null && !UNINSTALL_EVENTS.contains(event.getEventType())) {
      Integer retry = event.getContext().getRetryNum();
      if (retry != null && retry > 0 && workspaces.isGone(team)) {
        log.debug("Slack event {} from uninstalled workspace {} ignored (retry)", kind, team);
        return Response.ok();
      }
      workspaces.seen(team);
    }
    return chain.next(req);
  }
}
