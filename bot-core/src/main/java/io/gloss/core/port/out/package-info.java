@NullMarked
package io.gloss.core.port.out;

import org.jspecify.annotations.NullMarked;
