package io.gloss.core.cache;

import io.gloss.core.store.EmbeddedPostgresHolder;
import io.gloss.core.store.StoreSettings;

class PostgresTenancyIT extends AbstractTenancyContractTest {
  @Override
  protected StoreSettings freshStore() {
    return EmbeddedPostgresHolder.freshDatabase();
  }
}
