package io.gloss.core.store;

class PostgresChannelSettingsStoreIT extends AbstractChannelSettingsStoreContractTest {
  @Override
  protected StoreSettings freshStore() {
    return EmbeddedPostgresHolder.freshDatabase();
  }
}
