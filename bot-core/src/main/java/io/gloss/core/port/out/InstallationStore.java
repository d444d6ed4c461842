package io.gloss.core.port.out;

import io.gloss.core.domain.Installation;
import java.time.Instant;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Where Slack installations (OAuth v2) and the OAuth {@code state} values of installs in progress
 * are kept, shared by every instance through the store. Implementations keep tokens encrypted at
 * rest when configured to. Thread-safe.
 */
public interface InstallationStore {

  /** Stores the installation of its workspace, replacing an earlier one (a reinstall). */
  void save(Installation installation);

  /** The installation of a workspace, if Gloss is installed there. */
  Optional<Installation> find(String teamId);

  /**
   * Replaces the workspace's installation with {@code change} applied to it, holding the row locked
   * meanwhile, so that two instances never both renew a token with one single-use refresh token:
   * the second one sees the first one's result.
   *
   * @return the installation after the change, or empty when the workspace has none
   */
  Optional<Installation> update(String teamId, UnaryOperator<Installation> change);

  /**
   * Deletes the workspace's installation.
   *
   * @return true when there was one
   */
  boolean delete(String teamId);

  /** Remembers an OAuth {@code state} issued for an install until {@code expiresAt}. */
  void addState(String state, Instant expiresAt);

  /**
   * Takes an OAuth {@code state} once: atomically deletes it, so a replayed callback with the same
   * state finds nothing.
   *
   * @return true when the state was issued and had not expired at {@code now}
   */
  boolean takeState(String state, Instant now);
}
