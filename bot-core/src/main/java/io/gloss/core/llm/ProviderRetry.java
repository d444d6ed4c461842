package io.gloss.core.llm;

import dev.langchain4j.exception.HttpException;
import dev.langchain4j.exception.InternalServerException;
import dev.langchain4j.exception.RateLimitException;
import java.util.concurrent.Callable;

/**
 * Retries a model call only when the provider said so: HTTP 429 or a 5xx. langchain4j's own retry
 * (switched off in the model builders) also retries timeouts, so a hung model held a reply for two
 * whole timeouts; a timeout here ends the call at once and the reply falls back.
 */
final class ProviderRetry {

  /** A short pause before the retry; the call's deadline bounds the whole. */
  private static final long PAUSE_MILLIS = 500;

  private ProviderRetry() {}

  static <T> T call(Callable<T> call, int maxRetries) throws Exception {
    for (int attempt = 0; ; attempt++) {
      try {
        return call.call();
      } catch (Exception e) {
        if (attempt >= maxRetries || !retryable(e)) {
          throw e;
        }
        Thread.sleep(PAUSE_MILLIS); // interrupted when the caller's deadline passes
      }
    }
  }

  static boolean retryable(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof RateLimitException || t instanceof InternalServerException) {
        return true;
      }
      if (t instanceof HttpException http) {
        return http.statusCode() == 429 || http.statusCode() >= 500;
      }
    }
    return false;
  }
}
