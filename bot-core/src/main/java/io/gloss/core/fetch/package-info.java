@NullMarked
package io.gloss.core.fetch;

import org.jspecify.annotations.NullMarked;
