/**
 * Getting a page safely: {@link io.gloss.core.fetch.SafeFetcher} (SSRF-safe HTTP with limits,
 * configured by {@link io.gloss.core.fetch.FetchSettings}) and {@link
 * io.gloss.core.fetch.PageDecoder} (bytes to a jsoup document with the right charset).
 */
@NullMarked
package io.gloss.core.fetch;

import org.jspecify.annotations.NullMarked;
