package io.gloss.core.domain;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Raw bytes of a page as fetched (or read from a local file), before decoding.
 *
 * @param requestedUrl the URL asked for
 * @param finalUrl the URL after redirects (equal to requestedUrl for a local file)
 * @param contentType the {@code Content-Type} header, if any (may carry a charset)
 * @param body the decompressed body bytes
 */
public record FetchedPage(
    String requestedUrl, String finalUrl, @Nullable String contentType, byte[] body) {

  public FetchedPage {
    Objects.requireNonNull(requestedUrl, "requestedUrl");
    Objects.requireNonNull(finalUrl, "finalUrl");
    Objects.requireNonNull(body, "body");
  }

  @Override
  public String toString() {
    return "FetchedPage[" + finalUrl + ", " + contentType + ", " + body.length + " bytes]";
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof FetchedPage page
        && requestedUrl.equals(page.requestedUrl)
        && finalUrl.equals(page.finalUrl)
        && Objects.equals(contentType, page.contentType)
        && java.util.Arrays.equals(body, page.body);
  }

  @Override
  public int hashCode() {
    return Objects.hash(requestedUrl, finalUrl, contentType, java.util.Arrays.hashCode(body));
  }
}
