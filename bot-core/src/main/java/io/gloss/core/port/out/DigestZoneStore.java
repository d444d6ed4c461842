package io.gloss.core.port.out;

import io.gloss.core.domain.Workspace;
import java.time.ZoneId;
import java.util.Optional;

/**
 * Each workspace's digest time zone ({@code /digest zone}): the default zone of {@code /digest
 * subscribe} in that workspace's channels.
 */
public interface DigestZoneStore {

  /** The workspace's zone, if an admin set one (and it is still a known zone). */
  Optional<ZoneId> zone(Workspace workspace);

  /** Sets (or replaces) the workspace's zone. */
  void setZone(Workspace workspace, ZoneId zone);
}
