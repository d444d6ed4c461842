package io.gloss.config.cli;

/** A bad option value; reported with exit code 2. */
public final class UsageException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  UsageException(String message) {
    super(message);
  }
}
