@NullMarked
package io.gloss.config.cli;

import org.jspecify.annotations.NullMarked;
