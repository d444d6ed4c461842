/**
 * URLs as users paste them: {@link io.gloss.core.url.LinkFinder} finds them in chat text, {@link
 * io.gloss.core.url.UrlCanonicalizer} turns every variant of one article into one key.
 */
@NullMarked
package io.gloss.core.url;

import org.jspecify.annotations.NullMarked;
