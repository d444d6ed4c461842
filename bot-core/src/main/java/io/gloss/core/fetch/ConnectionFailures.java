package io.gloss.core.fetch;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ProtocolException;
import java.net.UnknownHostException;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLPeerUnverifiedException;

/**
 * Which failures of a request that produced no response are worth one more try on a new connection:
 * the ones a dead keep-alive connection causes ("unexpected end of stream", a reset). Timeouts,
 * refused addresses, unknown hosts, bad certificates and malformed responses would only fail again.
 */
final class ConnectionFailures {

  private ConnectionFailures() {}

  static boolean retryable(IOException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof GuardedDns.ForbiddenAddressException
          || t instanceof InterruptedIOException
          || t instanceof UnknownHostException
          || t instanceof SSLHandshakeException
          || t instanceof SSLPeerUnverifiedException
          || t instanceof ProtocolException) {
        return false;
      }
    }
    return true;
  }
}
