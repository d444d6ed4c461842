package io.gloss.core.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * Pages rendered in the browser (Next.js and similar) ship the article as an escaped HTML string
 * inside a script. When the DOM holds no article, this finds the script with the most paragraphs,
 * unescapes it and returns it as a document body.
 */
final class ScriptPayload {
  private static final Pattern ESCAPED_PARAGRAPH = Pattern.compile("\\\\u003cp[\\s>\\\\]");
  private static final Pattern UNICODE_ESCAPE = Pattern.compile("\\\\u([0-9a-fA-F]{4})");
  private static final int MAX_SCRIPT_CHARS = 3_000_000;

  private ScriptPayload() {}

  static @Nullable Element body(Document original) {
    String best = null;
    int bestCount = 2;
    for (Element script : original.select("script")) {
      String data = script.data();
      if (data.length() > MAX_SCRIPT_CHARS) {
        continue;
      }
      int count = 0;
      Matcher m = ESCAPED_PARAGRAPH.matcher(data);
      while (m.find()) {
        count++;
      }
      if (count > bestCount) {
        bestCount = count;
        best = data;
      }
    }
    if (best == null) {
      return null;
    }
    String html = unescape(best);
    int start = html.indexOf("<p");
    int end = html.lastIndexOf("</p>");
    if (start < 0 || end <= start) {
      return null;
    }
    Document payload = Jsoup.parseBodyFragment(html.substring(start, end + 4), original.location());
    return payload.body();
  }

  private static String unescape(String js) {
    Matcher m = UNICODE_ESCAPE.matcher(js);
    StringBuilder out = new StringBuilder(js.length());
    while (m.find()) {
      m.appendReplacement(
          out, Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(m.group(1), 16))));
    }
    m.appendTail(out);
    return out.toString()
        .replace("\\\"", "\"")
        .replace("\\n", "\n")
        .replace("\\t", " ")
        .replace("\\/", "/")
        .replace("\\\\", "\\");
  }
}
