package io.gloss.core.url;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** One article, one key: the canonical form of a pasted URL. */
public final class UrlCanonicalizer {

  /** Returns the canonical URL, or the input unchanged when it cannot be parsed. */
  public String canonicalize(String url) {
    try {
      URI uri = new URI(url.trim());
      if (uri.getScheme() == null || uri.getHost() == null) {
        return url;
      }
      String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
      return new URI(
              uri.getScheme().toLowerCase(Locale.ROOT),
              null,
              uri.getHost().toLowerCase(Locale.ROOT),
              uri.getPort(),
              null,
              null,
              null)
          + path
          + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    } catch (URISyntaxException e) {
      return url;
    }
  }
}
