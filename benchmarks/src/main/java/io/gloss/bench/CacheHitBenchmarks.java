package io.gloss.bench;

import io.gloss.config.bench.CacheHitBenchmark;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;

/**
 * JMH: a repeated link answered from memory, with the set-up of {@code gloss eval cache} (the real
 * {@code CachingSummarizeArticleUseCase} on a temporary SQLite store).
 */
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class CacheHitBenchmarks extends JmhDefaults {
  // Set in open(), which JMH runs before the benchmark method.
  @SuppressWarnings("NullAway.Init")
  private CacheHitBenchmark.Fixture fixture;

  @Setup
  public void open() throws IOException {
    fixture = CacheHitBenchmark.Fixture.open();
  }

  @TearDown
  public void close() {
    fixture.close();
  }

  @Benchmark
  public Object cacheHit() {
    return fixture.hit();
  }
}
