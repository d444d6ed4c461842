package io.gloss.bench;

/**
 * One step's samples on one page set: per page and round, the thread's CPU nanoseconds and
 * allocated bytes, and whether the last answer was a refusal. A page's figure is the median of its
 * measured rounds (those after the warm-up).
 */
final class StepSamples {
  private final Step step;
  private final int warmupRounds;
  private final long[][] cpuNanos;
  private final long[][] allocatedBytes;
  private final boolean[] refused;

  StepSamples(Step step, int pages, int warmupRounds, int measuredRounds) {
    this.step = step;
    this.warmupRounds = warmupRounds;
    this.cpuNanos = new long[pages][warmupRounds + measuredRounds];
    this.allocatedBytes = new long[pages][warmupRounds + measuredRounds];
    this.refused = new boolean[pages];
  }

  Step step() {
    return step;
  }

  void record(int page, int round, long cpu, long bytes, boolean refusal) {
    cpuNanos[page][round] = cpu;
    allocatedBytes[page][round] = bytes;
    refused[page] = refusal;
  }

  /** Per page, the median CPU time in milliseconds. */
  double[] millisPerPage() {
    double[] millis = mediansPerPage(cpuNanos);
    for (int p = 0; p < millis.length; p++) {
      millis[p] /= 1e6;
    }
    return millis;
  }

  /** Per page, the median allocation in bytes. */
  double[] bytesPerPage() {
    return mediansPerPage(allocatedBytes);
  }

  /** Pages the step refused (Gloss says why, e.g. too little text): their times are short. */
  int refusals() {
    int count = 0;
    for (boolean r : refused) {
      count += r ? 1 : 0;
    }
    return count;
  }

  private double[] mediansPerPage(long[][] samples) {
    double[] medians = new double[samples.length];
    for (int p = 0; p < samples.length; p++) {
      double[] measured = new double[samples[p].length - warmupRounds];
      for (int i = 0; i < measured.length; i++) {
        measured[i] = samples[p][warmupRounds + i];
      }
      medians[p] = Quantiles.median(measured);
    }
    return medians;
  }
}
