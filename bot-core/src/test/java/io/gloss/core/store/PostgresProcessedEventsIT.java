package io.gloss.core.store;

class PostgresProcessedEventsIT extends AbstractProcessedEventsContractTest {
  @Override
  protected StoreSettings freshStore() {
    return EmbeddedPostgresHolder.freshDatabase();
  }
}
