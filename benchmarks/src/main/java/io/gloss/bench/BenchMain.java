package io.gloss.bench;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * {@code java -jar benchmarks.jar [--jmh-only | --harness-only] [JMH options]}: runs the JMH
 * benchmarks (any JMH command-line option, e.g. {@code -f 1 -wi 3 -i 5 -bm sample}, or a regex to
 * pick benchmarks), then the per-page harness, and prints both summaries with their ratios. Where
 * the pages are and how many rounds: {@link BenchSettings}.
 */
public final class BenchMain {
  private BenchMain() {}

  public static void main(String[] args) throws Exception {
    boolean jmh = true;
    boolean harness = true;
    List<String> jmhArgs = new ArrayList<>();
    for (String arg : args) {
      switch (arg) {
        case "--jmh-only" -> harness = false;
        case "--harness-only" -> jmh = false;
        default -> jmhArgs.add(arg);
      }
    }
    PrintStream out = System.out;
    BenchSettings settings = BenchSettings.fromSystemProperties();
    checkPages(settings);
    out.println(machine());
    out.println("pages: " + settings);

    Collection<RunResult> jmhResults = jmh ? runJmh(jmhArgs, settings) : List.of();
    List<PerPageHarness.SetFigures> perPage =
        harness ? new PerPageHarness(new Subjects(), settings).measureAll() : List.of();

    out.printf("%n==== Summary ====%n%s%n", machine());
    JmhSummary.print(jmhResults, out);
    for (PerPageHarness.SetFigures figures : perPage) {
      PerPageHarness.print(figures, settings, out);
    }
  }

  private static Collection<RunResult> runJmh(List<String> args, BenchSettings settings)
      throws Exception {
    CommandLineOptions cli = new CommandLineOptions(args.toArray(String[]::new));
    ChainedOptionsBuilder options = new OptionsBuilder().parent(cli);
    if (!cli.getParameter("set").hasValue()) {
      // The JMH page sets follow gloss.bench.sets unless -p set=... says otherwise.
      options.param("set", settings.sets().toArray(String[]::new));
    }
    return new Runner(options.build()).run();
  }

  /** A clear message before minutes of JMH, rather than a failure inside a fork. */
  private static void checkPages(BenchSettings settings) {
    for (String set : settings.sets()) {
      Path needed =
          switch (set) {
            case "zyte" -> settings.evalDir().resolve("zyte/ground-truth.json");
            case "ko" -> settings.corpusDir().resolve("annotations.jsonl");
            default -> throw new IllegalArgumentException("unknown page set " + set + ": zyte, ko");
          };
      if (!Files.isRegularFile(needed)) {
        throw new IllegalArgumentException(
            "no "
                + needed
                + " (set -D"
                + BenchSettings.EVAL
                + " or -D"
                + BenchSettings.CORPUS
                + ")");
      }
    }
  }

  /** What the figures were measured on: they mean little without it. */
  static String machine() {
    Runtime runtime = Runtime.getRuntime();
    return String.format(
        Locale.ROOT,
        "machine: %d cores, %s %s, Java %s (%s), max heap %d MB, load average %.2f",
        runtime.availableProcessors(),
        System.getProperty("os.name"),
        System.getProperty("os.arch"),
        System.getProperty("java.version"),
        System.getProperty("java.vm.name"),
        runtime.maxMemory() / (1024 * 1024),
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
  }
}
