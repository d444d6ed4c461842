package io.gloss.core.digest;

import io.gloss.core.store.StoreSettings;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

class SqliteDigestRunnerTest extends AbstractDigestRunnerContractTest {
  @TempDir Path dataDir;

  @Override
  protected StoreSettings freshStore() {
    return StoreSettings.sqlite(dataDir);
  }
}
