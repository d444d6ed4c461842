package io.gloss.core.glossary;

import io.gloss.core.port.out.GlossaryStore;

class InMemoryGlossaryStoreTest extends AbstractGlossaryStoreContractTest {
  @Override
  protected GlossaryStore newStore() {
    return new InMemoryGlossaryStore();
  }
}
