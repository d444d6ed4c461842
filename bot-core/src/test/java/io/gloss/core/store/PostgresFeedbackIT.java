package io.gloss.core.store;

class PostgresFeedbackIT extends AbstractFeedbackContractTest {
  @Override
  protected StoreSettings freshStore() {
    return EmbeddedPostgresHolder.freshDatabase();
  }
}
