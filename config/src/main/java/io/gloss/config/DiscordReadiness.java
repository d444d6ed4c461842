package io.gloss.config;

import java.util.List;
import net.dv8tion.jda.api.JDA;
import org.jspecify.annotations.Nullable;

/** Readiness of the Discord shards this instance runs: all connected to the gateway. */
final class DiscordReadiness {
  private DiscordReadiness() {}

  /** Null when every shard is connected; else how many are not, for {@code /readyz}. */
  static @Nullable String problem(List<JDA> shards) {
    if (shards.isEmpty()) {
      return "not started";
    }
    long down = shards.stream().filter(jda -> jda.getStatus() != JDA.Status.CONNECTED).count();
    return down == 0 ? null : down + " of " + shards.size() + " shards not connected";
  }
}
