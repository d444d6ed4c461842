@NullMarked
package io.gloss.core.eval;

import org.jspecify.annotations.NullMarked;
