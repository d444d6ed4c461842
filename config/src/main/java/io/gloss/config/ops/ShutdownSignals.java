package io.gloss.config.ops;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import sun.misc.Signal;

/**
 * SIGTERM and SIGINT for a service: the first asks for a clean stop (the caller finishes in-flight
 * work and returns, so the process exits 0); a second one ends the process at once with {@link
 * #FORCED_EXIT}. The JVM's own handling would run shutdown hooks and exit 143 with no way to wait
 * for replies in flight, which is why the signals are taken over here.
 */
public final class ShutdownSignals {
  /** Exit code after a second signal: 128 + SIGTERM, what a killed JVM reports. */
  public static final int FORCED_EXIT = 143;

  private static final Logger log = LoggerFactory.getLogger(ShutdownSignals.class);

  private final CountDownLatch requested = new CountDownLatch(1);
  private final AtomicInteger received = new AtomicInteger();

  private ShutdownSignals() {}

  /** Takes over SIGTERM and SIGINT for this process. */
  public static ShutdownSignals install() {
    ShutdownSignals signals = new ShutdownSignals();
    for (String name : new String[] {"TERM", "INT"}) {
      try {
        Signal.handle(new Signal(name), signal -> signals.received("SIG" + signal.getName()));
      } catch (IllegalArgumentException e) {
        // The signal is reserved (e.g. the JVM runs with -Xrs): a shutdown hook still gets a
        // clean stop; the exit code is then the JVM's own.
        log.debug("Cannot handle SIG{}: {}", name, e.getMessage());
        Runtime.getRuntime()
            .addShutdownHook(new Thread(() -> signals.received("shutdown"), "gloss-shutdown"));
      }
    }
    return signals;
  }

  /** Asks for a stop as a signal would (e.g. a fatal start-up problem). */
  public void request(String why) {
    received(why);
  }

  private void received(String what) {
    if (received.incrementAndGet() == 1) {
      log.info("{} received: stopping (again to stop at once)", what);
      requested.countDown();
    } else {
      log.warn("{} received again: exiting now", what);
      Runtime.getRuntime().halt(FORCED_EXIT);
    }
  }

  /** Blocks until a stop is asked for. */
  public void await() throws InterruptedException {
    requested.await();
  }
}
