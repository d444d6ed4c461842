package io.gloss.core.digest;

import io.gloss.core.store.EmbeddedPostgresHolder;
import io.gloss.core.store.StoreSettings;

class PostgresDigestRunnerIT extends AbstractDigestRunnerContractTest {
  @Override
  protected StoreSettings freshStore() {
    return EmbeddedPostgresHolder.freshDatabase();
  }
}
