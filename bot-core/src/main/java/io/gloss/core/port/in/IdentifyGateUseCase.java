package io.gloss.core.port.in;

/**
 * Turns to IDENTIFY on Discord's gateway, shared by every instance of the bot: at most one IDENTIFY
 * per rate-limit bucket ({@code shard_id % max_concurrency}) per interval, whichever process runs
 * the shard. A Discord session controller asks for a turn before it connects a shard and gives it
 * back once the shard has identified (or failed to). Thread-safe.
 */
public interface IdentifyGateUseCase {

  /**
   * Waits until a shard of {@code bucket} may identify.
   *
   * @param bucket the shard's rate-limit bucket, {@code shard_id % max_concurrency}
   * @return the turn, to close once the IDENTIFY was sent (or the connection failed): the bucket's
   *     interval counts from then
   * @throws InterruptedException when the waiting thread is interrupted (the shard is shut down)
   */
  Turn acquire(int bucket) throws InterruptedException;

  /** A turn held by one shard of one bucket. */
  interface Turn extends AutoCloseable {
    /**
     * The shard has identified (or given up): the next turn of its bucket starts an interval on.
     */
    @Override
    void close();
  }
}
