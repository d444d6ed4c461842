package io.gloss.core.store;

class PostgresDigestStoreIT extends AbstractDigestStoreContractTest {
  @Override
  protected StoreSettings freshStore() {
    return EmbeddedPostgresHolder.freshDatabase();
  }
}
