package io.gloss.core.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * Base of every store contract suite: a fresh, migrated database per test, a second instance on the
 * same data (two processes or a restart) and a helper to race work from many threads. Subclasses
 * say which database: SQLite in a temporary directory or the shared embedded PostgreSQL.
 */
public abstract class StoreContract {
  protected static final Instant T0 = Instant.parse("2026-03-02T00:00:00Z");

  protected final TestClock clock = new TestClock(T0);
  protected StoreSettings settings;
  protected Database database;
  private final List<Database> opened = new ArrayList<>();

  /** Settings of a new, empty store (called once per test). */
  protected abstract StoreSettings freshStore();

  @BeforeEach
  void openStore() {
    settings = freshStore();
    database = Database.open(settings);
    opened.add(database);
  }

  @AfterEach
  void closeStores() {
    opened.forEach(Database::close);
  }

  /** Another {@link Database} on the same data: a second process, or the same one restarted. */
  protected Database another() {
    Database other = Database.open(settings);
    opened.add(other);
    return other;
  }

  /** Closes the current database and opens it again, as a restart does. */
  protected Database restart() {
    database.close();
    database = another();
    return database;
  }

  /** Runs the tasks at once (released together) and returns their results in order. */
  protected static <T> List<T> race(List<Callable<T>> tasks) throws Exception {
    ExecutorService threads = Executors.newFixedThreadPool(tasks.size());
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<T>> futures = new ArrayList<>();
      for (Callable<T> task : tasks) {
        futures.add(
            threads.submit(
                () -> {
                  start.await();
                  return task.call();
                }));
      }
      start.countDown();
      List<T> results = new ArrayList<>();
      for (Future<T> future : futures) {
        results.add(future.get());
      }
      return results;
    } finally {
      threads.shutdownNow();
    }
  }
}
