@NullMarked
package io.gloss.core.url;

import org.jspecify.annotations.NullMarked;
