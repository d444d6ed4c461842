package io.gloss.core.store;

class PostgresInstallationStoreIT extends AbstractInstallationStoreContractTest {
  @Override
  protected StoreSettings freshStore() {
    return EmbeddedPostgresHolder.freshDatabase();
  }
}
