package io.gloss.core.domain;

import java.util.Objects;

/**
 * Where a request came from. Used for per-workspace budgets, channel settings and the shared-link
 * log; never sent to a language model.
 *
 * @param platform {@code slack}, {@code discord} or {@code cli}
 * @param workspace Slack team id or Discord guild id ({@code -} when none)
 * @param channel channel id ({@code -} when none)
 * @param user user id ({@code -} when none)
 */
public record RequestOrigin(String platform, String workspace, String channel, String user) {
  public static final RequestOrigin CLI = new RequestOrigin("cli", "-", "-", "-");

  public RequestOrigin {
    Objects.requireNonNull(platform, "platform");
    Objects.requireNonNull(workspace, "workspace");
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(user, "user");
  }
}
