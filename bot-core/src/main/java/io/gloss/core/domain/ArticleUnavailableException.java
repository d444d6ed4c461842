package io.gloss.core.domain;

import java.util.Objects;

/**
 * A driven port could not deliver an article. Carries a {@link FailureReason} so that callers
 * branch on data, not on message text. The message is safe to log but is not shown to chat users as
 * is.
 */
public final class ArticleUnavailableException extends Exception {
  private static final long serialVersionUID = 1L;

  private final FailureReason reason;

  public ArticleUnavailableException(FailureReason reason, String message) {
    super(Objects.requireNonNull(message, "message"));
    this.reason = Objects.requireNonNull(reason, "reason");
  }

  public ArticleUnavailableException(FailureReason reason, String message, Throwable cause) {
    super(Objects.requireNonNull(message, "message"), cause);
    this.reason = Objects.requireNonNull(reason, "reason");
  }

  public FailureReason reason() {
    return reason;
  }

  /** The message, never null. */
  public String detail() {
    String message = getMessage();
    return message == null ? reason.code() : message;
  }
}
