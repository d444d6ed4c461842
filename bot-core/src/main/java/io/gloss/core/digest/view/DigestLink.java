package io.gloss.core.digest.view;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An article shared but never summarized: listed by title (when known) and link, never invented.
 *
 * @param title its title, if the page was read
 * @param url the link as shared
 */
public record DigestLink(@Nullable String title, String url) {
  public DigestLink {
    Objects.requireNonNull(url, "url");
  }
}
