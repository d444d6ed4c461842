package io.gloss.core.store;

import io.gloss.core.glossary.AbstractGlossaryStoreContractTest;
import io.gloss.core.port.out.GlossaryStore;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

/** The glossary module's own store contract, on {@link JdbcGlossaryStore} over SQLite. */
class SqliteJdbcGlossaryStoreMeetsGlossaryContractTest extends AbstractGlossaryStoreContractTest {
  @TempDir Path dataDir;
  private final List<Database> opened = new ArrayList<>();

  @Override
  protected GlossaryStore newStore() {
    Database database = Database.open(StoreSettings.sqlite(dataDir));
    opened.add(database);
    return new JdbcGlossaryStore(database, Clock.systemUTC());
  }

  @AfterEach
  void close() {
    opened.forEach(Database::close);
  }
}
