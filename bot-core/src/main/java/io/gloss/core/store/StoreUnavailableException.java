package io.gloss.core.store;

/**
 * A store call failed or did not answer in time ({@link BoundedStore}). Callers answer without the
 * store where they can (default channel settings, no de-duplication) and otherwise tell the user in
 * one short message that the store is unavailable.
 */
public final class StoreUnavailableException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public StoreUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }

  public StoreUnavailableException(String message) {
    super(message);
  }
}
