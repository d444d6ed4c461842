/**
 * Speed benchmarks run by hand ({@code java -jar benchmarks/target/benchmarks.jar}): JMH benchmarks
 * and a per-page harness over pages read at run time. They print numbers and assert nothing; see
 * docs/BENCHMARKS.md.
 */
@NullMarked
package io.gloss.bench;

import org.jspecify.annotations.NullMarked;
