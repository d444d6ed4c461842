package io.gloss.core.store;

class PostgresDataCareIT extends AbstractDataCareContractTest {
  @Override
  protected StoreSettings freshStore() {
    return EmbeddedPostgresHolder.freshDatabase();
  }
}
