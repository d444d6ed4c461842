/** The Caffeine cache in front of the summarize pipeline, with the store as second level. */
@NullMarked
package io.gloss.core.cache;

import org.jspecify.annotations.NullMarked;
