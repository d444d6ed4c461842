@NullMarked
package io.gloss.core.port.in;

import org.jspecify.annotations.NullMarked;
