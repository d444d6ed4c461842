package io.gloss.core.store;

class PostgresSharedLinkLogIT extends AbstractSharedLinkLogContractTest {
  @Override
  protected StoreSettings freshStore() {
    return EmbeddedPostgresHolder.freshDatabase();
  }
}
