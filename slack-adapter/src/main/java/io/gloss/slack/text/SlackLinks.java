package io.gloss.slack.text;

import io.gloss.core.port.in.FindLinksUseCase;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the http(s) links in Slack message text. Slack sends links as {@code <url>} or {@code
 * <url|label>} with {@code &amp; &lt; &gt;} entity-encoded; mentions ({@code <@U…>}, {@code <#C…>},
 * {@code <!here>}), {@code mailto:} and other schemes, and links inside code spans or code blocks
 * are ignored.
 */
public final class SlackLinks {
  private static final Pattern MARKUP = Pattern.compile("<([^<>\\s][^<>]*)>");
  private static final Pattern BARE_URL =
      Pattern.compile("(?i)\\bhttps?://[^\\s<>|\"'`]+", Pattern.CASE_INSENSITIVE);

  private final FindLinksUseCase finder;

  /** Scanning is the core's ({@code finder}); Slack only adds its checks of what a web URL is. */
  public SlackLinks(FindLinksUseCase finder) {
    this.finder = java.util.Objects.requireNonNull(finder, "finder");
  }

  /** The distinct http(s) links of a message, in order of appearance. */
  public List<String> parse(String text) {
    return finder.inSlackText(text).stream().filter(SlackLinks::isWebUrl).toList();
  }

  /**
   * The first link of a command argument: Slack's {@code <url|label>} form when the command escapes
   * its text, else a bare http(s) URL.
   */
  public Optional<String> firstUrl(String text) {
    List<String> marked = parse(text);
    if (!marked.isEmpty()) {
      return Optional.of(marked.get(0));
    }
    Matcher bare = BARE_URL.matcher(MARKUP.matcher(text).replaceAll(" "));
    while (bare.find()) {
      String url = decodeEntities(bare.group());
      if (isWebUrl(url)) {
        return Optional.of(url);
      }
    }
    return Optional.empty();
  }

  /** The host of an http(s) URL in lower case, or empty when it has none. */
  public static Optional<String> host(String url) {
    try {
      String host = java.net.URI.create(url).getHost();
      return host == null ? Optional.empty() : Optional.of(host.toLowerCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** True when the URL's host is the domain or one of its subdomains. */
  public static boolean isOnDomain(String url, String domain) {
    String wanted = domain.toLowerCase(Locale.ROOT).strip();
    return host(url).map(h -> h.equals(wanted) || h.endsWith("." + wanted)).orElse(false);
  }

  static String decodeEntities(String text) {
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
  }

  private static boolean isWebUrl(String url) {
    String lower = url.toLowerCase(Locale.ROOT);
    return (lower.startsWith("http://") || lower.startsWith("https://"))
        && url.length() > "https://".length()
        && url.chars().noneMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c));
  }
}
