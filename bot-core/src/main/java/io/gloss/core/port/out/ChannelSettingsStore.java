package io.gloss.core.port.out;

import io.gloss.core.domain.ChannelRef;
import io.gloss.core.domain.ChannelSettings;

/** Per-channel settings. Thread-safe. */
public interface ChannelSettingsStore {

  /** The channel's settings, or {@link ChannelSettings#defaults} when none were saved. */
  ChannelSettings get(ChannelRef channel);

  void put(ChannelSettings settings);
}
