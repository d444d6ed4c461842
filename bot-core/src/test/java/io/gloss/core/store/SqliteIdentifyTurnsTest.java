package io.gloss.core.store;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** Two {@link Database}s on one file stand for two processes sharing it. */
class SqliteIdentifyTurnsTest extends AbstractIdentifyTurnsContractTest {
  @TempDir Path dataDir;

  @Override
  protected StoreSettings freshStore() {
    return StoreSettings.sqlite(dataDir);
  }
}
