package io.gloss.core.port.out;

import io.gloss.core.domain.Workspace;

/** Deletes everything one workspace wrote (for {@code store.purge-on-uninstall}). */
@FunctionalInterface
public interface WorkspacePurge {

  /**
   * Deletes the workspace's channel settings, shared links, digests, feedback and team glossary.
   *
   * @return how many rows were deleted
   */
  int purge(Workspace workspace);
}
