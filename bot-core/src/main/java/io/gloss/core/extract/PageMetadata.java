package io.gloss.core.extract;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the page says about itself in JSON-LD, Open Graph and meta tags, before any body text is
 * read. Raw strings: dates are parsed later. {@code portalPublisher} is {@code og:article:author},
 * which only portals use for the original publisher (elsewhere it names a person); {@code
 * articleBody} is the JSON-LD full text, which metered pages carry even when the visible body is
 * cut.
 */
record PageMetadata(
    @Nullable String title,
    @Nullable String site,
    List<String> authors,
    @Nullable String published,
    @Nullable String modified,
    @Nullable String description,
    @Nullable String image,
    @Nullable String canonical,
    @Nullable String type,
    @Nullable String language,
    boolean notFreeToRead,
    @Nullable String headTitle,
    @Nullable String portalPublisher,
    @Nullable String section,
    boolean opinionType,
    @Nullable String articleBody) {}
