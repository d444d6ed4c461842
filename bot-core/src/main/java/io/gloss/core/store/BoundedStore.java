package io.gloss.core.store;

import io.gloss.core.port.in.StoreUnavailableException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Bounds the store calls a chat adapter makes while a platform or a user waits. A PostgreSQL that
 * is down makes each call wait for the pool's connection timeout (5 s), longer than Slack's 3 s ack
 * deadline; here each call of a wrapped port gets {@code timeout} at most and then fails with
 * {@link StoreUnavailableException}. After a failure, calls fail at once for {@code pause} (threads
 * do not pile up behind a dead database); the first call after the pause tries the store again, so
 * the bot recovers by itself when the store is back. The outage and the recovery are logged once
 * each.
 *
 * <p>Only {@link StoreException}s, timeouts and a full worker queue count as the store being
 * unavailable; any other exception of the store is rethrown as it is.
 */
public final class BoundedStore implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(BoundedStore.class);

  /** Leaves room within Slack's 3 s ack for the rest of the request. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofMillis(1500);

  public static final Duration DEFAULT_PAUSE = Duration.ofSeconds(5);

  private static final int THREADS = 8;
  private static final int QUEUE = 64;

  private final Duration timeout;
  private final long pauseNanos;
  private final ThreadPoolExecutor pool;
  private final AtomicBoolean down = new AtomicBoolean();
  private volatile long retryAtNanos;

  public BoundedStore(String name, Duration timeout, Duration pause) {
    this.timeout = Objects.requireNonNull(timeout, "timeout");
    this.pauseNanos = Objects.requireNonNull(pause, "pause").toNanos();
    AtomicInteger number = new AtomicInteger();
    this.pool =
        new ThreadPoolExecutor(
            THREADS,
            THREADS,
            30,
            TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(QUEUE),
            runnable -> {
              Thread thread = new Thread(runnable, name + "-store-" + number.incrementAndGet());
              thread.setDaemon(true);
              return thread;
            });
    pool.allowCoreThreadTimeOut(true);
  }

  /** With {@link #DEFAULT_TIMEOUT} and {@link #DEFAULT_PAUSE}. */
  public BoundedStore(String name) {
    this(name, DEFAULT_TIMEOUT, DEFAULT_PAUSE);
  }

  /** {@code target} behind a proxy of interface {@code port} whose every call is bounded. */
  public <T> T wrap(Class<T> port, T target) {
    Objects.requireNonNull(target, "target");
    Object proxy =
        Proxy.newProxyInstance(
            port.getClassLoader(),
            new Class<?>[] {port},
            (self, method, args) -> {
              if (method.getDeclaringClass() == Object.class) {
                return method.invoke(target, args);
              }
              return call(port.getSimpleName() + "." + method.getName(), target, method, args);
            });
    return port.cast(proxy);
  }

  /** Whether the last store call failed (and the pause after it is not over yet or untried). */
  public boolean isDown() {
    return down.get();
  }

  private Object call(String what, Object target, Method method, Object[] args) throws Throwable {
    if (down.get() && System.nanoTime() - retryAtNanos < 0) {
      throw new StoreUnavailableException(what + ": the store is unavailable");
    }
    Future<Object> result;
    try {
      result = pool.submit(() -> invoke(target, method, args));
    } catch (RejectedExecutionException e) {
      throw failed(what, "too many calls waiting", e);
    }
    try {
      Object value = result.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
      if (down.compareAndSet(true, false)) {
        log.info("The store answers again");
      }
      return value;
    } catch (TimeoutException e) {
      result.cancel(true);
      throw failed(what, "no answer within " + timeout.toMillis() + " ms", e);
    } catch (InterruptedException e) {
      result.cancel(true);
      Thread.currentThread().interrupt();
      throw new StoreUnavailableException(what + ": interrupted", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof StoreException) {
        throw failed(what, String.valueOf(cause.getMessage()), cause);
      }
      throw cause;
    }
  }

  private static Object invoke(Object target, Method method, Object[] args) throws Exception {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof Exception cause) {
        throw cause;
      }
      throw e;
    }
  }

  private StoreUnavailableException failed(String what, String why, Throwable cause) {
    retryAtNanos = System.nanoTime() + pauseNanos;
    if (down.compareAndSet(false, true)) {
      log.warn("The store is unavailable ({}: {}); answering without it", what, why);
    } else {
      log.debug("Store still unavailable ({}: {})", what, why);
    }
    return new StoreUnavailableException(what + ": " + why, cause);
  }

  @Override
  public void close() {
    pool.shutdownNow();
  }
}
