package io.gloss.core.digest.view;

import java.util.Objects;

/**
 * One outlet's article in a story.
 *
 * @param outlet the publisher's name (or host)
 * @param title the outlet's headline
 * @param url the article link
 */
public record DigestSource(String outlet, String title, String url) {
  public DigestSource {
    Objects.requireNonNull(outlet, "outlet");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(url, "url");
  }
}
