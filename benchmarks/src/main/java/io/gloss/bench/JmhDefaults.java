package io.gloss.bench;

import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The JMH settings every benchmark here inherits; the command line overrides them ({@code -f},
 * {@code -wi}, {@code -i}, {@code -w}, {@code -r}, {@code -bm}). One thread: the bot extracts a
 * page on one thread, and the machine has two cores. A fixed heap, so that no run resizes it.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@Threads(1)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 3, time = 10)
@Measurement(iterations = 5, time = 10)
public abstract class JmhDefaults {}
