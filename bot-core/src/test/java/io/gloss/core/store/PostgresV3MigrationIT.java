package io.gloss.core.store;

class PostgresV3MigrationIT extends AbstractV3MigrationTest {
  @Override
  protected StoreSettings freshStore() {
    return EmbeddedPostgresHolder.freshDatabase();
  }
}
