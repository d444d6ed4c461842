package io.gloss.core.cache;

import io.gloss.core.store.StoreSettings;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

class SqliteTenancyTest extends AbstractTenancyContractTest {
  @TempDir Path dataDir;

  @Override
  protected StoreSettings freshStore() {
    return StoreSettings.sqlite(dataDir);
  }
}
