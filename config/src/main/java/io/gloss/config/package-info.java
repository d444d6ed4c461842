@NullMarked
package io.gloss.config;

import org.jspecify.annotations.NullMarked;
