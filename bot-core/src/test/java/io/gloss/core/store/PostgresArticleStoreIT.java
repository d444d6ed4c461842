package io.gloss.core.store;

class PostgresArticleStoreIT extends AbstractArticleStoreContractTest {
  @Override
  protected StoreSettings freshStore() {
    return EmbeddedPostgresHolder.freshDatabase();
  }
}
