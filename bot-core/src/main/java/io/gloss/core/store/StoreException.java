package io.gloss.core.store;

/**
 * The database failed (unreachable, full, corrupt). Not an expected user-facing failure: callers
 * such as the cache degrade (answer without the store) and log it.
 */
public final class StoreException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
