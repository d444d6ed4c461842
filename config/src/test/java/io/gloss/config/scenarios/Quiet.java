package io.gloss.config.scenarios;

import java.util.function.IntSupplier;

/** Waits until a fake's call count stops growing: Gloss has nothing more on its way. */
final class Quiet {
  private static final long STEP_MILLIS = 250;
  private static final int QUIET_STEPS = 3;
  private static final long MAX_MILLIS = 20_000;

  private Quiet() {}

  static void await(IntSupplier calls) throws InterruptedException {
    int last = calls.getAsInt();
    int quiet = 0;
    for (long waited = 0; quiet < QUIET_STEPS && waited < MAX_MILLIS; waited += STEP_MILLIS) {
      Thread.sleep(STEP_MILLIS);
      int now = calls.getAsInt();
      quiet = now == last ? quiet + 1 : 0;
      last = now;
    }
  }
}
