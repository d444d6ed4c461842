@NullMarked
package io.gloss.core.extract;

import org.jspecify.annotations.NullMarked;
