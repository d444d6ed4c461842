package io.gloss.core.store;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * An embedded PostgreSQL of its own (not the shared {@link EmbeddedPostgresHolder}) that a test can
 * stop and start again on the same port and data directory: a database outage and its end, as the
 * bot sees them.
 */
public final class RestartablePostgres implements AutoCloseable {
  private final Path dataDir;
  private final int port;
  private EmbeddedPostgres server;

  private RestartablePostgres(Path dataDir, int port) throws IOException {
    this.dataDir = dataDir;
    this.port = port;
    this.server = launch();
  }

  public static RestartablePostgres start() throws IOException {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    return new RestartablePostgres(Files.createTempDirectory("gloss-pg-"), port);
  }

  private EmbeddedPostgres launch() throws IOException {
    return EmbeddedPostgres.builder()
        .setDataDirectory(dataDir)
        .setCleanDataDirectory(false)
        .setPort(port)
        .start();
  }

  /**
   * Store settings of the server's {@code postgres} database (fixed port: valid across restarts).
   */
  public StoreSettings settings() {
    return StoreSettings.postgres(
        server.getJdbcUrl("postgres", "postgres"), "postgres", "postgres");
  }

  /** Stops the server; connections fail until {@link #restart()}. */
  public synchronized void stop() throws IOException {
    if (server != null) {
      server.close();
      server = null;
    }
  }

  public synchronized void restart() throws IOException {
    if (server == null) {
      server = launch();
    }
  }

  @Override
  public synchronized void close() throws IOException {
    stop();
    try (Stream<Path> files = Files.walk(dataDir)) {
      files.sorted(Comparator.reverseOrder()).forEach(RestartablePostgres::delete);
    }
  }

  private static void delete(Path path) {
    try {
      Files.deleteIfExists(path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
