@NullMarked
package io.gloss.core.domain;

import org.jspecify.annotations.NullMarked;
