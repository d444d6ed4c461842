package io.gloss.discord;

import java.util.Optional;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.exceptions.InsufficientPermissionException;
import net.dv8tion.jda.api.exceptions.InteractionExpiredException;
import net.dv8tion.jda.api.requests.ErrorResponse;

/** The one place that reads JDA failures: which are missing permissions, which are expiry. */
final class DiscordFailures {

  private DiscordFailures() {}

  /**
   * The permission that was missing, when the failure is Discord's 403 "Missing Permissions"
   * (50013) or "Missing Access" (50001), or JDA's own check from its permission cache.
   *
   * @param attempted the permission the failed call needs, named for users
   */
  static Optional<String> missingPermission(Throwable failure, String attempted) {
    Throwable cause = unwrap(failure);
    if (cause instanceof InsufficientPermissionException) {
      return Optional.of(((InsufficientPermissionException) cause).getPermission().getName());
    }
    if (cause instanceof ErrorResponseException) {
      ErrorResponse response = ((ErrorResponseException) cause).getErrorResponse();
      if (response == ErrorResponse.MISSING_PERMISSIONS
          || response == ErrorResponse.MISSING_ACCESS) {
        return Optional.of(attempted);
      }
    }
    return Optional.empty();
  }

  /** True when an interaction can no longer be answered (15 minutes passed, or it is unknown). */
  static boolean interactionGone(Throwable failure) {
    Throwable cause = unwrap(failure);
    if (cause instanceof InteractionExpiredException) {
      return true;
    }
    if (cause instanceof ErrorResponseException) {
      ErrorResponse response = ((ErrorResponseException) cause).getErrorResponse();
      return response == ErrorResponse.UNKNOWN_INTERACTION
          || response == ErrorResponse.UNKNOWN_WEBHOOK
          || response == ErrorResponse.INVALID_WEBHOOK_TOKEN;
    }
    return false;
  }

  /**
   * True when a request ran out of its REST timeout ({@code DiscordBot.REST_TIMEOUT}): Discord kept
   * answering 429 (or did not answer) for that long, and Gloss gave up.
   */
  static boolean timedOut(Throwable failure) {
    return unwrap(failure) instanceof java.util.concurrent.TimeoutException;
  }

  static Throwable unwrap(Throwable failure) {
    Throwable cause = failure;
    while ((cause instanceof java.util.concurrent.CompletionException
            || cause instanceof java.util.concurrent.ExecutionException)
        && cause.getCause() != null) {
      cause = cause.getCause();
    }
    return cause;
  }
}
