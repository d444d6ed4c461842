package io.gloss.core.domain;

import java.util.Locale;

/** The state of one digest run of a channel on one date. */
public enum DigestRunStatus {
  /** An instance claimed the run and is building the digest. */
  CLAIMED,
  /** The digest was posted. */
  SENT,
  /** Nothing to post, or the channel is gone or archived. */
  SKIPPED,
  /** Posting failed. */
  FAILED;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
