/** Benchmarks run by hand ({@code gloss bench ...}); they print numbers, they do not assert. */
@NullMarked
package io.gloss.config.bench;

import org.jspecify.annotations.NullMarked;
