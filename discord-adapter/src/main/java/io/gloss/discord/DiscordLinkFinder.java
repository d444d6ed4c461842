package io.gloss.discord;

import io.gloss.core.port.in.FindLinksUseCase;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds the article links in a Discord message: bare URLs, the embed-suppressed {@code <https://x>}
 * form and masked links {@code [label](https://x)}; not URLs inside code blocks or inline code, and
 * not links to Discord itself or to GIF services.
 */
public final class DiscordLinkFinder {

  private static final Set<String> IGNORED_HOSTS =
      Set.of(
          "discord.com",
          "discordapp.com",
          "discord.gg",
          "cdn.discordapp.com",
          "media.discordapp.net",
          "tenor.com",
          "giphy.com");

  private final FindLinksUseCase finder;
  private final int maxLinks;

  /**
   * @param finder the core's reading of links in message text
   * @param maxLinks the most links read from one message
   */
  public DiscordLinkFinder(FindLinksUseCase finder, int maxLinks) {
    this.finder = java.util.Objects.requireNonNull(finder, "finder");
    if (maxLinks < 1) {
      throw new IllegalArgumentException("maxLinks must be positive, was " + maxLinks);
    }
    this.maxLinks = maxLinks;
  }

  /** The distinct links in order of appearance, at most {@code maxLinks}. */
  public List<String> find(String content) {
    // Scanning (code blocks, <url>, [label](url), trailing punctuation) is the core's; Discord
    // only drops its own media and invite hosts.
    return finder.inMarkdown(content).stream()
        .filter(url -> !ignoredHost(url))
        .limit(maxLinks)
        .toList();
  }

  private static boolean ignoredHost(String url) {
    int start = url.indexOf("://") + 3;
    int end = start;
    while (end < url.length() && "/?#".indexOf(url.charAt(end)) < 0) {
      end++;
    }
    String host = url.substring(start, end).toLowerCase(Locale.ROOT);
    int at = host.lastIndexOf('@');
    if (at >= 0) {
      host = host.substring(at + 1);
    }
    int colon = host.lastIndexOf(':');
    if (colon >= 0) {
      host = host.substring(0, colon);
    }
    if (host.startsWith("www.")) {
      host = host.substring(4);
    }
    return host.isEmpty() || IGNORED_HOSTS.contains(host);
  }
}
