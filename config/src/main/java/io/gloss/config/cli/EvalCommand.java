package io.gloss.config.cli;

import io.gloss.config.bench.CacheHitBenchmark;
import io.gloss.config.bench.HeapBenchmark;
import io.gloss.config.eval.ExtractionEvaluation;
import io.gloss.config.eval.SummaryEvaluation;
import io.gloss.config.eval.TermsEvaluation;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code gloss eval extraction|summaries} and {@code gloss bench cache}: measurements that print
 * numbers (they read the public benchmark pages at run time, default {@code ../shared/eval}).
 */
@Command(
    name = "eval",
    description = "Measure extraction and summary quality on the public benchmarks.",
    subcommands = {
      EvalCommand.Extraction.class,
      EvalCommand.Summaries.class,
      EvalCommand.Terms.class,
      EvalCommand.Cache.class,
      EvalCommand.Heap.class,
      EvalCommand.Digest.class
    })
final class EvalCommand implements Callable<Integer> {
  @ParentCommand GlossCommand root;

  @Override
  public Integer call() {
    root.err()
        .println(
            "Usage: gloss eval extraction [EVAL_DIR] | summaries [FRANK_DIR] | terms [CORPUS_DIR]"
                + " | cache | heap [REPLIES] [PAGES_DIR] | digest");
    return GlossCommand.USAGE;
  }

  /** An evaluation run: its arguments and where it prints. */
  @FunctionalInterface
  interface Evaluation {
    void run(String[] args, PrintStream out) throws Exception;
  }

  /**
   * Runs an evaluation on the given directory, or on the default one beside the repository; a
   * missing benchmark directory is a clear message, not a stack trace.
   */
  static int runOn(List<String> args, String defaultDir, Evaluation evaluation) throws Exception {
    List<String> effective = new ArrayList<>(args);
    if (effective.isEmpty()) {
      effective.add(defaultDir);
    }
    if (!Files.isDirectory(Path.of(effective.get(0)))) {
      throw new UsageException(
          "no benchmark directory at " + effective.get(0) + " (give its path as argument)");
    }
    // The figures are the command's result: they go to stdout like every command's output.
    evaluation.run(effective.toArray(String[]::new), System.out);
    return GlossCommand.OK;
  }

  @Command(name = "extraction", description = "F1 on Zyte, Fundus and the Korean Fundus pages.")
  static final class Extraction implements Callable<Integer> {
    @Parameters(
        arity = "0..*",
        paramLabel = "ARGS",
        description = "Evaluation root (default ../shared/eval).")
    List<String> args = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
      return runOn(args, "../shared/eval", ExtractionEvaluation::evaluate);
    }
  }

  @Command(name = "summaries", description = "ROUGE of the extractive summary and Lead-3 on FRANK.")
  static final class Summaries implements Callable<Integer> {
    @Parameters(
        arity = "0..*",
        paramLabel = "ARGS",
        description = "FRANK directory (default ../shared/eval/frank).")
    List<String> args = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
      return runOn(args, "../shared/eval/frank", SummaryEvaluation::evaluate);
    }
  }

  @Command(
      name = "terms",
      description =
          "Term explanations on the annotated fixture pages: box entries as printed, hard terms"
              + " with an entry, noise per reply, time to rank.")
  static final class Terms implements Callable<Integer> {
    @Parameters(
        arity = "0..*",
        paramLabel = "ARGS",
        description = "Corpus directory (default bot-core/src/test/resources/corpus).")
    List<String> args = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
      return runOn(
          args,
          "bot-core/src/test/resources/corpus",
          (a, out) -> TermsEvaluation.evaluate(Path.of(a[0]), out));
    }
  }

  @Command(
      name = "digest",
      description = "Story grouping precision/recall on our labelled pairs; time to plan a digest.")
  static final class Digest implements Callable<Integer> {
    @Override
    public Integer call() throws Exception {
      io.gloss.config.eval.DigestEvaluation.evaluate(new String[0], System.out);
      return GlossCommand.OK;
    }
  }

  @Command(
      name = "heap",
      description =
          "Heap used after 1,000 link replies (default settings, loopback pages), after a full GC.")
  static final class Heap implements Callable<Integer> {
    @Parameters(
        arity = "0..2",
        paramLabel = "ARGS",
        description =
            "Number of replies (default 1000), page directory (default"
                + " bot-core/src/test/resources/corpus).")
    List<String> args = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
      HeapBenchmark.evaluate(args.toArray(String[]::new), System.out);
      return GlossCommand.OK;
    }
  }

  @Command(name = "cache", description = "Cache-hit latency of the core summarize call.")
  static final class Cache implements Callable<Integer> {
    @Parameters(arity = "0..*", paramLabel = "ARGS", description = "Arguments of the benchmark.")
    List<String> args = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
      CacheHitBenchmark.evaluate(args.toArray(String[]::new), System.out);
      return GlossCommand.OK;
    }
  }
}
