package io.gloss.core.llm;

import java.text.Normalizer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Makes model text safe to post: no mentions that ping anyone (Slack {@code <!channel>}, {@code
 * <@U…>}, Discord {@code <@&…>} are removed; {@code @everyone}, {@code @here} get a zero-width
 * space after the {@code @}), no links except the article's own, no markup that hides a link, no
 * control characters, and a length cap. Applied to every model string even when the model behaved:
 * an article may carry instructions the model followed.
 */
public final class OutputSanitizer {
  private static final String ZWSP = "\u200B";
  private static final Pattern MARKDOWN_LINK = Pattern.compile("\\[([^\\]]*)]\\(([^)\\s]*)\\)");
  private static final Pattern SLACK_LINK =
      Pattern.compile("<((?:https?|mailto|ftp)[^|>]*)\\|([^>]*)>");
  private static final Pattern ANGLE_ENTITY = Pattern.compile("<([@#!][^>]{0,80})>");
  private static final Pattern BROADCAST =
      Pattern.compile("@(everyone|here|channel)\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern URL =
      Pattern.compile(
          "(?i)\\b(?:(?:https?|ftp|hxxps?)://|www\\.)[^\\s<>\"'）)\\]]+|<(?:https?|ftp)://[^>]*>");
  private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\n]]|[\\p{Cf}&&[^\\u200B]]");
  private static final Pattern SPACES = Pattern.compile("[ \\t]{2,}");

  private final @Nullable String sourceUrl;

  /**
   * @param sourceUrl the article's canonical URL, the only link allowed to stay
   */
  public OutputSanitizer(@Nullable String sourceUrl) {
    this.sourceUrl = sourceUrl;
  }

  /** The cleaned text, cut at {@code maxChars} (on a word boundary where possible). */
  public String clean(String text, int maxChars) {
    String s = Normalizer.normalize(text, Normalizer.Form.NFKC);
    s = CONTROL.matcher(s).replaceAll("");
    s = replace(MARKDOWN_LINK, s, m -> m.group(1) + " " + keepIfSource(m.group(2)));
    s = replace(SLACK_LINK, s, m -> m.group(2) + " " + keepIfSource(m.group(1)));
    s = replace(URL, s, m -> keepIfSource(m.group()));
    // A model cannot know real user, role or channel ids: such tokens came from the article.
    s = ANGLE_ENTITY.matcher(s).replaceAll("");
    s = replace(BROADCAST, s, m -> "@" + ZWSP + m.group(1));
    s = SPACES.matcher(s).replaceAll(" ").strip();
    return cap(s, maxChars);
  }

  private String keepIfSource(String url) {
    String bare = url.startsWith("<") ? url.substring(1, url.length() - 1) : url;
    return sourceUrl != null && bare.equals(sourceUrl) ? bare : "";
  }

  private static String replace(
      Pattern pattern, String s, java.util.function.Function<Matcher, String> replacement) {
    Matcher m = pattern.matcher(s);
    StringBuilder out = new StringBuilder(s.length());
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(replacement.apply(m)));
    }
    m.appendTail(out);
    return out.toString();
  }

  static String cap(String s, int maxChars) {
    if (s.length() <= maxChars) {
      return s;
    }
    if (maxChars < 2) {
      return "…";
    }
    int cut = s.lastIndexOf(' ', maxChars - 1);
    if (cut < maxChars / 2) {
      cut = maxChars - 1;
    }
    if (Character.isHighSurrogate(s.charAt(cut - 1))) {
      cut--;
    }
    return s.substring(0, cut).strip() + "…";
  }
}
