package io.gloss.core.store;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One embedded PostgreSQL per test JVM (start-up costs seconds), stopped when the JVM exits. Each
 * test gets its own empty database in it.
 */
public final class EmbeddedPostgresHolder {
  private static final AtomicInteger DATABASES = new AtomicInteger();
  private static EmbeddedPostgres postgres;

  private EmbeddedPostgresHolder() {}

  private static synchronized EmbeddedPostgres postgres() {
    if (postgres == null) {
      try {
        EmbeddedPostgres started = EmbeddedPostgres.builder().start();
        Runtime.getRuntime()
            .addShutdownHook(
                new Thread(
                    () -> {
                      try {
                        started.close();
                      } catch (IOException e) {
                        // The JVM is exiting; the temporary cluster is removed anyway.
                      }
                    }));
        postgres = started;
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot start embedded PostgreSQL", e);
      }
    }
    return postgres;
  }

  /** Settings of a new, empty database in the shared server. */
  public static StoreSettings freshDatabase() {
    EmbeddedPostgres server = postgres();
    String name = "gloss_test_" + DATABASES.incrementAndGet();
    try (Connection connection = server.getPostgresDatabase().getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot create test database " + name, e);
    }
    return StoreSettings.postgres(server.getJdbcUrl("postgres", name), "postgres", "postgres");
  }
}
