package io.gloss.core.fetch;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/**
 * Turns a host name into addresses. The fetcher asks exactly once per connection and dials only the
 * addresses it vetted, so a resolver that answers differently the second time (DNS rebinding) gains
 * nothing. Tests inject a stub; production uses {@link #system()}.
 */
@FunctionalInterface
public interface HostResolver {

  List<InetAddress> resolve(String host) throws UnknownHostException;

  /** The JVM's resolver. */
  static HostResolver system() {
    return host -> List.of(InetAddress.getAllByName(host));
  }
}
