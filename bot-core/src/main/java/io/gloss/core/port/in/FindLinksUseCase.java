package io.gloss.core.port.in;

import java.util.List;

/**
 * The links a chat message shows, read the same way for every platform: not inside code, not
 * mentions or {@code mailto:}, http(s) only, de-duplicated, in message order. The adapters say
 * which markup the text is in; what the links mean (canonical form, cache key) is decided later,
 * once, by the use cases they are handed to.
 */
public interface FindLinksUseCase {

  /** Links in Slack's message text ({@code <url|label>} with entity-encoded characters). */
  List<String> inSlackText(String text);

  /** Links in Markdown-like text (Discord: bare URLs, {@code <url>}, {@code [label](url)}). */
  List<String> inMarkdown(String text);
}
