/** Sentences, words (Nori for Korean, a light English tokenizer) and hard-term candidates. */
@NullMarked
package io.gloss.core.text;

import org.jspecify.annotations.NullMarked;
