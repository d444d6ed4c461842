/** Evaluation commands that print quality and speed figures. */
@NullMarked
package io.gloss.core.eval;

import org.jspecify.annotations.NullMarked;
