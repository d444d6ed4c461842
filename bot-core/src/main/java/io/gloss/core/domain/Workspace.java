package io.gloss.core.domain;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The tenant everything a team writes belongs to: a Slack team (the {@code team_id} each request
 * carries, not the team of the bot token) or a Discord guild. The key names the platform, so a
 * Slack team and a Discord guild never meet. Requests with no known team (the command line, a Slack
 * payload without a team) use {@link #DEFAULT}, the single-workspace default; Discord direct
 * messages share one stable scope of their own ({@code discord:@me}), apart from every guild.
 *
 * @param key {@code slack:T123}, {@code discord:456}, {@code discord:@me} or {@code default}
 */
public record Workspace(String key) {
  /** Rows with no known workspace, and the command line. */
  public static final Workspace DEFAULT = new Workspace("default");

  /** Longest key accepted; platform ids are far shorter. */
  public static final int MAX_KEY_LENGTH = 200;

  public Workspace {
    Objects.requireNonNull(key, "key");
    if (key.isBlank() || key.length() > MAX_KEY_LENGTH) {
      throw new IllegalArgumentException("'key' must be 1 to " + MAX_KEY_LENGTH + " characters");
    }
  }

  /**
   * The workspace of a platform's team id; a missing id ({@code null}, blank or {@code -}) or the
   * {@code cli} platform is the default.
   */
  public static Workspace of(String platform, @Nullable String id) {
    if (id == null || id.isBlank() || id.equals("-") || platform.equals("cli")) {
      return DEFAULT;
    }
    return new Workspace(platform + ":" + id);
  }

  public static Workspace of(RequestOrigin origin) {
    return of(origin.platform(), origin.workspace());
  }

  public static Workspace of(ChannelRef channel) {
    return of(channel.platform(), channel.workspace());
  }

  @Override
  public String toString() {
    return key;
  }
}
