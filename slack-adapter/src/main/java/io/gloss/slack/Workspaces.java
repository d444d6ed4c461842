package io.gloss.slack;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Workspaces that told this process Gloss is gone from them ({@code app_uninstalled}, or {@code
 * tokens_revoked} naming the bot token). Work for such a workspace is dropped instead of posted
 * (the token no longer works), and retried deliveries from it are acknowledged and ignored.
 *
 * <p>Kept simple on purpose: in memory, per process (a restart forgets it, and then Slack's {@code
 * token_revoked} errors say the same). Any new request from the workspace that is not a retry (a
 * message, a slash command, a button) can only come from an installed app, so it proves the app is
 * back and work resumes.
 */
final class Workspaces {
  private static final Logger log = LoggerFactory.getLogger(Workspaces.class);
  private final Set<String> gone = ConcurrentHashMap.newKeySet();

  /** Marks the workspace gone; logs once per uninstall, however often Slack repeats the event. */
  void gone(String team, String why) {
    if (gone.add(team)) {
      log.info(
          "Slack workspace {}: {}; no more replies to it until it sends a new request", team, why);
    }
  }

  /** A new (non-retry) request from the workspace: the app is installed there again. */
  void seen(String team) {
    if (gone.remove(team)) {
      log.info("Slack workspace {} sent a new request: the app is installed again", team);
    }
  }

  boolean isGone(String team) {
    return gone.contains(team);
  }
}
