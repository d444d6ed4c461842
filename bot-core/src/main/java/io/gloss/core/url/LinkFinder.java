package io.gloss.core.url;

import io.gloss.core.port.in.FindLinksUseCase;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;

/**
 * Finds the article links in a chat message: Slack's {@code <url|label>} markup and Discord's or
 * plain text's bare, {@code <url>} (embed suppressed) and {@code [label](url)} links. Links inside
 * code ({@code ```block```} or {@code `inline`}) are not meant to be read, nor are mentions,
 * channel links or {@code mailto:}. Results are http(s) only, de-duplicated, in message order, and
 * capped.
 */
public final class LinkFinder implements FindLinksUseCase {

  /** Links taken from one message by default: a pasted reading list is not a request for ten. */
  public static final int DEFAULT_MAX_LINKS = 5;

  private static final int MAX_SCANNED_CHARS = 100_000;

  private static final Pattern FENCED_CODE = Pattern.compile("```.*?```", Pattern.DOTALL);
  private static final Pattern INLINE_CODE = Pattern.compile("``[^`]+?``|`[^`\\n]+`");
  private static final Pattern SLACK_TOKEN = Pattern.compile("<([^<>\\s][^<>]*)>");
  private static final Pattern PLAIN_LINK =
      Pattern.compile(
          "\\[[^\\]\\n]{0,1000}\\]\\(<?(https?://[^\\s)>]+(?:\\([^\\s)]*\\)[^\\s)>]*)*)>?\\)"
              + "|<(https?://[^\\s<>]+)>"
              + "|(https?://[^\\s<>]+)",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern BARE_URL =
      Pattern.compile("https?://[^\\s<>]+", Pattern.CASE_INSENSITIVE);
  private static final String TRAILING_PUNCTUATION = ".,;:!?'\"*_~|。、，．！？」』】〉》…";

  private final int maxLinks;

  @Override
  public List<String> inSlackText(String text) {
    return fromSlack(text);
  }

  @Override
  public List<String> inMarkdown(String text) {
    return fromPlainText(text);
  }

  public LinkFinder() {
    this(DEFAULT_MAX_LINKS);
  }

  public LinkFinder(int maxLinks) {
    if (maxLinks < 1) {
      throw new IllegalArgumentException("maxLinks must be >= 1: " + maxLinks);
    }
    this.maxLinks = maxLinks;
  }

  /**
   * Links in a Slack message {@code text}: {@code <https://x?a=1&amp;b=2|label>} gives {@code
   * https://x?a=1&b=2}; {@code <!here>}, {@code <@U…>}, {@code <#C…>}, {@code <mailto:…>} give
   * nothing. Bare URLs outside the markup (bot or API text) count too.
   */
  public List<String> fromSlack(String text) {
    String visible = withoutCode(bounded(text));
    Set<String> links = new LinkedHashSet<>();
    Matcher m = SLACK_TOKEN.matcher(visible);
    int last = 0;
    while (m.find()) {
      addBare(visible.substring(last, m.start()), links); // message order
      last = m.end();
      String token = m.group(1);
      int bar = token.indexOf('|');
      String target = bar >= 0 ? token.substring(0, bar) : token; // the label is never a link
      if (isHttp(target)) {
        add(links, unescapeSlack(target));
      }
    }
    addBare(visible.substring(last), links);
    return limited(links);
  }

  /**
   * Links in Discord or plain text: bare URLs, {@code <https://x>} and {@code [label](https://x)};
   * none from code blocks or inline code.
   */
  public List<String> fromPlainText(String text) {
    String visible = withoutCode(bounded(text));
    Set<String> links = new LinkedHashSet<>();
    Matcher m = PLAIN_LINK.matcher(visible);
    while (m.find()) {
      if (m.group(1) != null) {
        add(links, m.group(1));
      } else if (m.group(2) != null) {
        add(links, m.group(2));
      } else {
        add(links, trimTrailing(m.group(3)));
      }
    }
    return limited(links);
  }

  private static void addBare(String slackText, Set<String> links) {
    Matcher m = BARE_URL.matcher(slackText);
    while (m.find()) {
      add(links, unescapeSlack(trimTrailing(m.group())));
    }
  }

  private static void add(Set<String> links, String candidate) {
    // An over-long link is kept: the core answers it with "URL too long" instead of silence.
    if (!isHttp(candidate)) {
      return;
    }
    if (HttpUrl.parse(candidate) != null) {
      links.add(candidate);
    }
  }

  private List<String> limited(Set<String> links) {
    List<String> out = new ArrayList<>(links);
    return List.copyOf(out.subList(0, Math.min(out.size(), maxLinks)));
  }

  private static boolean isHttp(String target) {
    String lower = target.toLowerCase(Locale.ROOT);
    return lower.startsWith("http://") || lower.startsWith("https://");
  }

  private static String withoutCode(String text) {
    String noBlocks = FENCED_CODE.matcher(text).replaceAll(" ");
    return INLINE_CODE.matcher(noBlocks).replaceAll(" ");
  }

  private static String bounded(String text) {
    return text.length() > MAX_SCANNED_CHARS ? text.substring(0, MAX_SCANNED_CHARS) : text;
  }

  /** Slack escapes exactly {@code &}, {@code <} and {@code >}; {@code &amp;} goes last. */
  private static String unescapeSlack(String text) {
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
  }

  /**
   * Drops sentence punctuation after a URL, and a closing parenthesis that has no opening one
   * inside the URL ({@code (see https://x/a)} vs {@code https://x/Foo_(bar)}).
   */
  private static String trimTrailing(String url) {
    String out = url;
    while (!out.isEmpty()) {
      char c = out.charAt(out.length() - 1);
      if (TRAILING_PUNCTUATION.indexOf(c) >= 0) {
        out = out.substring(0, out.length() - 1);
      } else if (c == ')' && count(out, '(') < count(out, ')')) {
        out = out.substring(0, out.length() - 1);
      } else if ((c == ']' && count(out, '[') < count(out, ']'))
          || (c == '}' && count(out, '{') < count(out, '}'))) {
        out = out.substring(0, out.length() - 1);
      } else {
        break;
      }
    }
    return out;
  }

  private static int count(String text, char c) {
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == c) {
        n++;
      }
    }
    return n;
  }
}
