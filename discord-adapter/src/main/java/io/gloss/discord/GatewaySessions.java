package io.gloss.discord;

import io.gloss.core.port.in.IdentifyGateUseCase;
import java.util.Objects;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.utils.ConcurrentSessionController;
import org.jspecify.annotations.Nullable;

/**
 * JDA's session controller with Gloss's two additions: the configured gateway URL (loopback fakes
 * in tests), and the core's identify gate, which paces the shards of every instance sharing the
 * store.
 *
 * <p>JDA's {@link ConcurrentSessionController} connects one shard at a time per rate-limit bucket
 * ({@code shard_id % max_concurrency}, from {@code GET /gateway/bot}) and waits 5 s after each, but
 * only among the shards of this process. With a gate, each shard's connect first takes its bucket's
 * turn from the gate and hands it back once it has identified (READY, or the attempt failed), so
 * another instance's shard of the same bucket identifies no sooner than 5 s later. Without a gate
 * (every shard in this one process) this is JDA's controller unchanged.
 */
final class GatewaySessions extends ConcurrentSessionController {
  private final @Nullable String gatewayUrl;
  private final @Nullable IdentifyGateUseCase gate;
  private volatile int concurrency = 1;

  GatewaySessions(@Nullable String gatewayUrl, @Nullable IdentifyGateUseCase gate) {
    this.gatewayUrl = gatewayUrl;
    this.gate = gate;
  }

  @Override
  public void setConcurrency(int level) {
    super.setConcurrency(level);
    concurrency = level;
  }

  @Override
  public void appendSession(SessionConnectNode node) {
    super.appendSession(gated(node));
  }

  @Override
  public void removeSession(SessionConnectNode node) {
    // Equal to the node appended before (GatedNode compares the nodes it wraps).
    super.removeSession(gated(node));
  }

  private SessionConnectNode gated(SessionConnectNode node) {
    return gate == null || node instanceof GatedNode ? node : new GatedNode(node, gate);
  }

  @Override
  public String getGateway() {
    return gatewayUrl != null ? gatewayUrl : super.getGateway();
  }

  @Override
  public ShardedGateway getShardedGateway(JDA api) {
    ShardedGateway gateway = super.getShardedGateway(api);
    return gatewayUrl == null
        ? gateway
        : new ShardedGateway(gatewayUrl, gateway.getShardTotal(), gateway.getConcurrency());
  }

  /** A shard's connect that runs in its bucket's turn. */
  private final class GatedNode implements SessionConnectNode {
    private final SessionConnectNode node;
    private final IdentifyGateUseCase gate;

    GatedNode(SessionConnectNode node, IdentifyGateUseCase gate) {
      this.node = Objects.requireNonNull(node, "node");
      this.gate = gate;
    }

    @Override
    public void run(boolean isLast) throws InterruptedException {
      // JDA's node connects, identifies and waits for READY (or for the attempt to fail), so the
      // turn ends after the IDENTIFY whatever happened.
      try (IdentifyGateUseCase.Turn turn =
          gate.acquire(getShardInfo().getShardId() % concurrency)) {
        node.run(isLast);
      }
    }

    @Override
    public boolean isReconnect() {
      return node.isReconnect();
    }

    @Override
    public JDA getJDA() {
      return node.getJDA();
    }

    @Override
    public JDA.ShardInfo getShardInfo() {
      return node.getShardInfo();
    }

    @Override
    public boolean equals(@Nullable Object other) {
      return other instanceof GatedNode gated && node.equals(gated.node);
    }

    @Override
    public int hashCode() {
      return node.hashCode();
    }
  }
}
