package io.gloss.config;

import io.gloss.config.settings.Settings;

/** The composition root: builds the object graph from validated settings. */
public final class Wiring {
  private Wiring() {}

  public static GlossApp build(Settings settings) {
    throw new IllegalStateException("not wired yet");
  }
}
