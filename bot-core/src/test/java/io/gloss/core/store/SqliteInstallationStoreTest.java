package io.gloss.core.store;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

class SqliteInstallationStoreTest extends AbstractInstallationStoreContractTest {
  @TempDir Path dataDir;

  @Override
  protected StoreSettings freshStore() {
    return StoreSettings.sqlite(dataDir);
  }
}
