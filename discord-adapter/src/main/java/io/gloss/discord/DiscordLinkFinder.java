package io.gloss.discord;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the article links in a Discord message: bare URLs, the embed-suppressed {@code <https://x>}
 * form and masked links {@code [label](https://x)}; not URLs inside code blocks or inline code, and
 * not links to Discord itself or to GIF services.
 */
public final class DiscordLinkFinder {

  private static final Pattern CODE = Pattern.compile("```.*?(```|$)|`[^`\\n]*`", Pattern.DOTALL);
  private static final Pattern URL = Pattern.compile("(?i)https?://[^\\s<>\"'`|]+");
  private static final String TRAILING = ".,;:!?'\"*_~>";
  private static final Set<String> IGNORED_HOSTS =
      Set.of(
          "discord.com",
          "discordapp.com",
          "discord.gg",
          "cdn.discordapp.com",
          "media.discordapp.net",
          "tenor.com",
          "giphy.com");

  private final int maxLinks;

  /**
   * @param maxLinks the most links answered per message (a pasted list should not flood a thread)
   */
  public DiscordLinkFinder(int maxLinks) {
    if (maxLinks < 1) {
      throw new IllegalArgumentException("maxLinks must be positive, was " + maxLinks);
    }
    this.maxLinks = maxLinks;
  }

  /** The distinct links in order of appearance, at most {@code maxLinks}. */
  public List<String> find(String content) {
    String text = CODE.matcher(content).replaceAll(" ");
    Set<String> found = new LinkedHashSet<>();
    Matcher matcher = URL.matcher(text);
    while (matcher.find() && found.size() < maxLinks) {
      String url = trimTail(matcher.group());
      if (!ignoredHost(url)) {
        found.add(url);
      }
    }
    return new ArrayList<>(found);
  }

  /** Strips punctuation that ends a sentence, and a closing paren the URL did not open. */
  private static String trimTail(String url) {
    String result = url;
    while (!result.isEmpty()) {
      char last = result.charAt(result.length() - 1);
      if (TRAILING.indexOf(last) >= 0) {
        result = result.substring(0, result.length() - 1);
      } else if (last == ')' && count(result, '(') < count(result, ')')) {
        result = result.substring(0, result.length() - 1);
      } else if (last == ']' && count(result, '[') < count(result, ']')) {
        result = result.substring(0, result.length() - 1);
      } else {
        break;
      }
    }
    return result;
  }

  private static long count(String text, char c) {
    return text.chars().filter(ch -> ch == c).count();
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
