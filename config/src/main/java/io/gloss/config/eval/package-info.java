@NullMarked
package io.gloss.config.eval;

import org.jspecify.annotations.NullMarked;
