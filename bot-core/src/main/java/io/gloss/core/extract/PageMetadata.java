package io.gloss.core.extract;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the page says about itself in JSON-LD, Open Graph and meta tags, before any body text is
 * read. Raw strings: dates are parsed later.
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
    @Nullable String headTitle) {}
