package io.gloss.core.store;

class PostgresJdbcGlossaryStoreIT extends AbstractJdbcGlossaryStoreContractTest {
  @Override
  protected StoreSettings freshStore() {
    return EmbeddedPostgresHolder.freshDatabase();
  }
}
