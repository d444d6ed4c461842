package io.gloss.core.digest;

import java.util.Locale;

/** How one attempt at a channel's digest ended. */
public enum DigestOutcome {
  /** The digest was posted. */
  POSTED,
  /** Nothing was shared in the period: nothing posted. */
  EMPTY,
  /** The channel refuses the bot (removed, archived, missing permission): skipped. */
  SKIPPED,
  /** Posting failed. */
  FAILED,
  /** This period's digest was already posted, or another instance is posting it. */
  ALREADY_DONE,
  /** The subscription is paused after repeated failures. */
  PAUSED;

  /** The telemetry and log label. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
