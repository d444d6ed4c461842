package io.gloss.discord;

import java.util.EnumSet;
import java.util.Set;
import net.dv8tion.jda.api.Permission;

/**
 * What Gloss needs when invited to a server: the OAuth2 scopes and the smallest permission set for
 * everything it does (react, start a thread, post embeds in it, read the message it answers).
 */
public final class DiscordInvite {

  /** {@code bot} to join the server, {@code applications.commands} for the slash commands. */
  public static final String SCOPES = "bot+applications.commands";

  /** The permissions Gloss uses; nothing administrative. */
  public static final Set<Permission> PERMISSIONS =
      EnumSet.of(
          Permission.VIEW_CHANNEL,
          Permission.MESSAGE_SEND,
          Permission.MESSAGE_SEND_IN_THREADS,
          Permission.CREATE_PUBLIC_THREADS,
          Permission.MESSAGE_EMBED_LINKS,
          Permission.MESSAGE_HISTORY,
          Permission.MESSAGE_ADD_REACTION);

  private DiscordInvite() {}

  /** The permissions integer for the invite URL. */
  public static long permissionsInteger() {
    return Permission.getRaw(PERMISSIONS);
  }

  /** The invite URL for an application (its id is the bot's user id). */
  public static String url(String applicationId) {
    if (!applicationId.matches("\\d{1,20}")) {
      throw new IllegalArgumentException(
          "applicationId must be digits, was '" + applicationId + "'");
    }
    return "https://discord.com/oauth2/authorize?client_id="
        + applicationId
        + "&scope="
        + SCOPES
        + "&permissions="
        + permissionsInteger();
  }
}
