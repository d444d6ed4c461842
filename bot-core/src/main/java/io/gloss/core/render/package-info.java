/**
 * Platform-neutral wording of replies: labels, badges and failure messages in Korean and English.
 */
@NullMarked
package io.gloss.core.render;

import org.jspecify.annotations.NullMarked;
