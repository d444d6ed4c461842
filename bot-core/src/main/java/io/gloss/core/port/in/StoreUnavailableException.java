package io.gloss.core.port.in;

/**
 * A use case could not reach its store: a store call failed or did not answer in time (the wiring
 * bounds the store calls of the chat path). Part of the use cases' contract, so that adapters can
 * tell it apart from a bug: they answer without the store where they can and otherwise tell the
 * user in one short message that the store is unavailable.
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
