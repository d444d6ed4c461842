/**
 * What a digest shows, as the platforms' renderers read it: the {@link
 * io.gloss.core.digest.view.Digest} and its stories, sources, terms and thread references, and the
 * platform-neutral wording of its labels ({@link io.gloss.core.digest.view.DigestTexts}). Values
 * only; the digest's workings stay in {@code io.gloss.core.digest}, which the adapters may not use.
 */
@NullMarked
package io.gloss.core.digest.view;

import org.jspecify.annotations.NullMarked;
