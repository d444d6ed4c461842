package io.gloss.core.store;

class PostgresIdentifyTurnsIT extends AbstractIdentifyTurnsContractTest {
  @Override
  protected StoreSettings freshStore() {
    return EmbeddedPostgresHolder.freshDatabase();
  }
}
