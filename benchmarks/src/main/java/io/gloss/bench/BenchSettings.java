package io.gloss.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Where the pages are and how much to measure, from system properties (so that the JMH forks, which
 * inherit the launching JVM's flags and working directory, see the same values).
 *
 * @param evalDir the shared evaluation folder holding {@code zyte/} ({@code gloss.bench.eval},
 *     default {@code ../shared/eval} beside the repository)
 * @param corpusDir the annotated fixture pages ({@code gloss.bench.corpus}, default {@code
 *     bot-core/src/test/resources/corpus} of the repository)
 * @param sets the page sets to measure ({@code gloss.bench.sets}, default {@code zyte,ko})
 * @param pageLimit at most this many pages per set, for smoke runs ({@code gloss.bench.pages}, 0 =
 *     all)
 * @param warmupRounds harness passes over all pages before measuring ({@code gloss.bench.warmup})
 * @param rounds measured harness passes ({@code gloss.bench.rounds})
 */
record BenchSettings(
    Path evalDir, Path corpusDir, List<String> sets, int pageLimit, int warmupRounds, int rounds) {

  BenchSettings {
    sets = List.copyOf(sets);
    if (rounds < 1 || warmupRounds < 0 || pageLimit < 0) {
      throw new IllegalArgumentException(
          "gloss.bench.rounds must be at least 1, gloss.bench.warmup and gloss.bench.pages at"
              + " least 0: "
              + rounds
              + ", "
              + warmupRounds
              + ", "
              + pageLimit);
    }
  }

  static final String EVAL = "gloss.bench.eval";
  static final String CORPUS = "gloss.bench.corpus";

  static BenchSettings fromSystemProperties() {
    Path repo = repositoryRoot();
    return new BenchSettings(
        resolve(repo, System.getProperty(EVAL, "../shared/eval")),
        resolve(repo, System.getProperty(CORPUS, "bot-core/src/test/resources/corpus")),
        List.of(System.getProperty("gloss.bench.sets", "zyte,ko").split(",")),
        Integer.getInteger("gloss.bench.pages", 0),
        Integer.getInteger("gloss.bench.warmup", 3),
        Integer.getInteger("gloss.bench.rounds", 10));
  }

  /** Relative paths are relative to the repository root, wherever the jar is started from. */
  private static Path resolve(Path repo, String path) {
    return repo.resolve(path).toAbsolutePath().normalize();
  }

  /**
   * The working directory or the nearest ancestor holding {@code bot-core/} (started from {@code
   * benchmarks/} works too); the working directory when there is none.
   */
  private static Path repositoryRoot() {
    Path cwd = Path.of("").toAbsolutePath();
    for (Path dir = cwd; dir != null; dir = dir.getParent()) {
      if (Files.isDirectory(dir.resolve("bot-core"))) {
        return dir;
      }
    }
    return cwd;
  }
}
