package io.gloss.core.store;

class PostgresLlmUsageStoreIT extends AbstractLlmUsageStoreContractTest {
  @Override
  protected StoreSettings freshStore() {
    return EmbeddedPostgresHolder.freshDatabase();
  }
}
