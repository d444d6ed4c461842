package io.gloss.discord;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes untrusted text (article titles, summaries, glossary entries, user input echoed back) safe
 * to show on Discord: no pings, no markdown tricks, no bidi spoofing, within the length limits and
 * never cut inside a grapheme.
 */
public final class DiscordText {

  /** Bidi controls and other invisible format characters that can spoof how a title reads. */
  private static final Pattern INVISIBLE_CONTROLS =
      Pattern.compile("[\\u202A-\\u202E\\u2066-\\u2069\\u200E\\u200F\\u061C\\p{Cc}&&[^\\n]]");

  private static final Pattern GRAPHEME = Pattern.compile("\\X");

  /** Characters that start Discord markdown; escaped with a backslash. */
  private static final String MARKDOWN = "\\*_~`|[]<>#";

  private static final char ZERO_WIDTH_SPACE = '\u200B';

  private DiscordText() {}

  /**
   * Untrusted text made inert: controls stripped, markdown escaped (so {@code [bank](https://evil)}
   * shows as typed instead of a masked link, and no code fence can open), mentions and autolinks
   * broken.
   */
  public static String inert(String text) {
    String clean = INVISIBLE_CONTROLS.matcher(text).replaceAll("");
    StringBuilder out = new StringBuilder(clean.length() + 16);
    for (int i = 0; i < clean.length(); i++) {
      char c = clean.charAt(i);
      if (MARKDOWN.indexOf(c) >= 0) {
        out.append('\\');
      }
      out.append(c);
      if (c == '@' || (c == ':' && clean.startsWith("//", i + 1))) {
        // "@everyone", "@here" and "https://evil" no longer parse as a mention or an autolink.
        out.append(ZERO_WIDTH_SPACE);
      }
    }
    return out.toString();
  }

  /** A single line of inert text (for titles and field names): newlines become spaces. */
  public static String inertLine(String text) {
    return inert(text.replaceAll("[\\r\\n]+", " ").strip());
  }

  /**
   * Text for places where Discord shows no markdown (embed footers, author names, thread names,
   * autocomplete choices): controls stripped, one line, nothing escaped.
   */
  public static String plainLine(String text) {
    return INVISIBLE_CONTROLS.matcher(text.replaceAll("[\\r\\n]+", " ")).replaceAll("").strip();
  }

  /** Discord's limit on a thread name. */
  public static final int MAX_THREAD_NAME = 100;

  /** Markdown that formats a thread name where Discord renders it (the "started a thread" line). */
  private static final String THREAD_MARKDOWN = "\\*_~`|<>";

  /**
   * A thread name from untrusted text (an article title): one line, controls stripped, at most
   * {@value #MAX_THREAD_NAME} characters, mentions and autolinks broken, and the markdown that
   * could format or hide it escaped. Brackets stay as they are: Korean headlines start with {@code
   * [단독]} or {@code [속보]}, and a bracket alone formats nothing (a masked link needs its URL, which
   * is broken here).
   */
  public static String threadName(String text) {
    String line = plainLine(text);
    StringBuilder out = new StringBuilder(line.length() + 8);
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (THREAD_MARKDOWN.indexOf(c) >= 0 || (c == '#' && out.length() == 0)) {
        out.append('\\');
      }
      out.append(c);
      if (c == '@' || (c == ':' && line.startsWith("//", i + 1))) {
        out.append(ZERO_WIDTH_SPACE);
      }
    }
    return truncate(out.toString(), MAX_THREAD_NAME);
  }

  /**
   * Text for message content, where mentions would ping: everything {@link #inert} does. Kept as a
   * separate name so call sites say why.
   */
  public static String safeContent(String text) {
    return inert(text);
  }

  /**
   * Cuts text to at most {@code max} UTF-16 units (Discord counts characters), on a grapheme
   * boundary, ending with an ellipsis when cut. Never leaves a dangling escape backslash.
   */
  public static String truncate(String text, int max) {
    if (max < 1) {
      throw new IllegalArgumentException("max must be positive, was " + max);
    }
    if (text.length() <= max) {
      return text;
    }
    int budget = max - 1; // room for the ellipsis
    Matcher grapheme = GRAPHEME.matcher(text);
    int end = 0;
    while (grapheme.find() && grapheme.end() <= budget) {
      end = grapheme.end();
    }
    String head = text.substring(0, end);
    int backslashes = 0;
    for (int i = head.length() - 1; i >= 0 && head.charAt(i) == '\\'; i--) {
      backslashes++;
    }
    if (backslashes % 2 == 1) {
      head = head.substring(0, head.length() - 1);
    }
    return head.stripTrailing() + "…";
  }
}
