package io.gloss.bench;

import io.gloss.core.domain.FailureReason;
import io.gloss.core.domain.SummaryResult;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Per-page figures that JMH's averages hide: every page is processed by every step in rounds, each
 * call timed with the thread's CPU time (on a shared machine, waiting for a core is not our cost)
 * and its allocated bytes; a page's figure is its median over the measured rounds, and a set's
 * figures are the median, p90 and p99 over its pages.
 *
 * <p>Rounds go over all pages, not N repetitions of one page in a row: each call meets a page the
 * way the bot meets a new link, not one still hot in the CPU caches. The steps take turns in a
 * different order each round, so that none always runs right after another. The first rounds warm
 * the JIT and are not counted.
 */
final class PerPageHarness {
  private static final com.sun.management.ThreadMXBean THREADS =
      (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

  /** One set's samples, one entry per step. */
  record SetFigures(String set, int pages, List<StepSamples> steps) {
    StepSamples of(Step step) {
      return steps.stream().filter(s -> s.step() == step).findFirst().orElseThrow();
    }
  }

  private final Subjects subjects;
  private final BenchSettings settings;

  PerPageHarness(Subjects subjects, BenchSettings settings) {
    this.subjects = subjects;
    this.settings = settings;
  }

  /** Every set of the settings, one after the other. */
  List<SetFigures> measureAll() {
    List<SetFigures> figures = new ArrayList<>();
    for (String set : settings.sets()) {
      figures.add(measure(set, PageSets.load(set, settings)));
    }
    return figures;
  }

  SetFigures measure(String set, List<Page> pages) {
    List<StepSamples> steps = new ArrayList<>();
    for (Step step : Step.values()) {
      steps.add(new StepSamples(step, pages.size(), settings.warmupRounds(), settings.rounds()));
    }
    int rounds = settings.warmupRounds() + settings.rounds();
    for (int round = 0; round < rounds; round++) {
      for (int p = 0; p < pages.size(); p++) {
        for (int s = 0; s < steps.size(); s++) {
          StepSamples samples = steps.get((s + round) % steps.size());
          long bytesBefore = THREADS.getCurrentThreadAllocatedBytes();
          long cpuBefore = THREADS.getCurrentThreadCpuTime();
          Object result = subjects.run(samples.step(), pages.get(p));
          long cpu = THREADS.getCurrentThreadCpuTime() - cpuBefore;
          long bytes = THREADS.getCurrentThreadAllocatedBytes() - bytesBefore;
          // Reading the result is enough to keep the call: none is small enough for the JIT to
          // drop.
          samples.record(p, round, cpu, bytes, isRefusal(result));
        }
      }
    }
    return new SetFigures(set, pages.size(), steps);
  }

  private static boolean isRefusal(Object result) {
    return result instanceof FailureReason || result instanceof SummaryResult.Failure;
  }

  /** The table of one set, then the ratios and the reply's allocation. */
  static void print(SetFigures figures, BenchSettings settings, PrintStream out) {
    out.printf(
        Locale.ROOT,
        "%nPer page, %s: %d pages, %d warm-up + %d measured rounds, thread CPU time"
            + " (median of the rounds per page; then median / p90 / p99 over the pages)%n",
        figures.set(),
        figures.pages(),
        settings.warmupRounds(),
        settings.rounds());
    out.printf(
        Locale.ROOT,
        "  %-15s %10s %10s %10s %16s %8s%n",
        "step",
        "median ms",
        "p90 ms",
        "p99 ms",
        "alloc MB (med)",
        "refused");
    for (StepSamples step : figures.steps()) {
      Quantiles ms = Quantiles.of(step.millisPerPage());
      out.printf(
          Locale.ROOT,
          "  %-15s %10.2f %10.2f %10.2f %16.2f %8d%n",
          step.step().label(),
          ms.median(),
          ms.p90(),
          ms.p99(),
          Quantiles.median(step.bytesPerPage()) / 1e6,
          step.refusals());
    }
    out.println("  ratios of the medians (median of the per-page ratios in brackets):");
    printRatio(figures, Step.GLOSS, Step.PARSE, out);
    printRatio(figures, Step.READABILITY, Step.GLOSS, out);
    printRatio(figures, Step.REPLY, Step.GLOSS, out);
    printRatio(figures, Step.REPLY_SQLITE, Step.REPLY, out);
    Quantiles replyBytes = Quantiles.of(figures.of(Step.REPLY).bytesPerPage());
    out.printf(
        Locale.ROOT,
        "  offline reply allocates per page: median %.1f MB, p90 %.1f MB, p99 %.1f MB%n",
        replyBytes.median() / 1e6,
        replyBytes.p90() / 1e6,
        replyBytes.p99() / 1e6);
  }

  private static void printRatio(SetFigures figures, Step top, Step bottom, PrintStream out) {
    double[] a = figures.of(top).millisPerPage();
    double[] b = figures.of(bottom).millisPerPage();
    double[] perPage = new double[a.length];
    for (int i = 0; i < a.length; i++) {
      perPage[i] = a[i] / Math.max(b[i], 1e-6);
    }
    out.printf(
        Locale.ROOT,
        "    %s / %s: %.2fx (%.2fx)%n",
        top.label(),
        bottom.label(),
        Quantiles.median(a) / Math.max(Quantiles.median(b), 1e-6),
        Quantiles.median(perPage));
  }
}
