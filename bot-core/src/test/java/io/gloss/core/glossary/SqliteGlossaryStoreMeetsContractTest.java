package io.gloss.core.glossary;

import io.gloss.core.port.out.GlossaryStore;
import io.gloss.core.store.Database;
import io.gloss.core.store.JdbcGlossaryStore;
import io.gloss.core.store.StoreSettings;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

/** The JDBC glossary store on SQLite meets the same contract as the in-memory one. */
class SqliteGlossaryStoreMeetsContractTest extends AbstractGlossaryStoreContractTest {
  @TempDir Path dataDir;
  private Database database;
  private Instant now = Instant.parse("2026-03-02T00:00:00Z");
  private final Clock clock =
      new Clock() {
        @Override
        public ZoneId getZone() {
          return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
          return this;
        }

        @Override
        public synchronized Instant instant() {
          return now;
        }
      };

  @Override
  protected void advanceTime() {
    synchronized (clock) {
      now = now.plusSeconds(1);
    }
  }

  @Override
  protected GlossaryStore newStore() {
    database = Database.open(StoreSettings.sqlite(dataDir));
    return new JdbcGlossaryStore(database, clock);
  }

  @AfterEach
  void close() {
    database.close();
  }
}
