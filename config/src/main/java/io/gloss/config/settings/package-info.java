@NullMarked
package io.gloss.config.settings;

import org.jspecify.annotations.NullMarked;
