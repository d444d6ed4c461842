package io.gloss.slack.fake;

import io.gloss.core.domain.ChannelRef;
import io.gloss.core.domain.ChannelSettings;
import io.gloss.core.port.out.ChannelSettingsStore;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

public final class InMemoryChannelSettings implements ChannelSettingsStore {
  private final Map<ChannelRef, ChannelSettings> settings = new ConcurrentHashMap<>();

  @Override
  public ChannelSettings get(ChannelRef channel) {
    return settings.getOrDefault(channel, ChannelSettings.defaults(channel));
  }

  @Override
  public void put(ChannelSettings channelSettings) {
    settings.put(channelSettings.channel(), channelSettings);
  }
}
