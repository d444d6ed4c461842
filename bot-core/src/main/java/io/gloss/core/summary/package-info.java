/** The offline extractive summarizer. */
@NullMarked
package io.gloss.core.summary;

import org.jspecify.annotations.NullMarked;
