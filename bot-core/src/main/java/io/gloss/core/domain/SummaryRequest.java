package io.gloss.core.domain;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a user asked for.
 *
 * @param url the URL as pasted (any variant)
 * @param style the summary style
 * @param language the reply language wanted (ISO 639-1), or null for the article's language
 * @param origin who asks, for budgets and settings; {@link RequestOrigin#CLI} on the command line
 */
public record SummaryRequest(
    String url, SummaryStyle style, @Nullable String language, RequestOrigin origin) {

  public SummaryRequest {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(style, "style");
    Objects.requireNonNull(origin, "origin");
  }

  public static SummaryRequest of(String url) {
    return new SummaryRequest(url, SummaryStyle.BRIEF, null, RequestOrigin.CLI);
  }
}
