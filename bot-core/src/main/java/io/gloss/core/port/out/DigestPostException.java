package io.gloss.core.port.out;

import java.util.Objects;

/** A digest could not be posted. The reason is a short code, safe to log and to show. */
public final class DigestPostException extends Exception {
  private static final long serialVersionUID = 1L;

  private final String reason;
  private final boolean channelProblem;

  /**
   * @param reason a short code such as {@code not_in_channel}, {@code is_archived}
   * @param channelProblem true when the channel itself refuses the bot (removed, archived, missing
   *     permission): the run is recorded as skipped, not failed
   */
  public DigestPostException(String reason, boolean channelProblem) {
    super(Objects.requireNonNull(reason, "reason"));
    this.reason = reason;
    this.channelProblem = channelProblem;
  }

  public String reason() {
    return reason;
  }

  public boolean channelProblem() {
    return channelProblem;
  }
}
