package io.gloss.core.store;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

class SqliteV3MigrationTest extends AbstractV3MigrationTest {
  @TempDir Path dataDir;

  @Override
  protected StoreSettings freshStore() {
    java.io.File dir = dataDir.toFile();
    dir.mkdirs();
    return StoreSettings.sqlite(dataDir);
  }
}
