package io.gloss.core.fetch;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import okhttp3.Dns;

/**
 * OkHttp's DNS hook: resolves once and refuses the host when any answer is not allowed. OkHttp
 * dials exactly the returned addresses, so no second lookup can swap in another one (DNS
 * rebinding).
 */
final class GuardedDns implements Dns {

  /** {@code Dns.lookup} may only throw {@link UnknownHostException}; this marks a refusal. */
  static final class ForbiddenAddressException extends UnknownHostException {
    private static final long serialVersionUID = 1L;

    ForbiddenAddressException(String message) {
      super(message);
    }
  }

  private final HostResolver resolver;
  private final AddressPolicy policy;

  GuardedDns(HostResolver resolver, AddressPolicy policy) {
    this.resolver = resolver;
    this.policy = policy;
  }

  @Override
  public List<InetAddress> lookup(String hostname) throws UnknownHostException {
    List<InetAddress> addresses = List.copyOf(resolver.resolve(hostname));
    if (addresses.isEmpty()) {
      throw new UnknownHostException("no address for " + hostname);
    }
    for (InetAddress address : addresses) {
      // A mixed answer [public, private] is refused whole: trying the public one first and the
      // private one on failure would still reach the private network.
      if (!policy.permits(hostname, address)) {
        throw new ForbiddenAddressException(
            "refused " + hostname + ": resolves to " + address.getHostAddress());
      }
    }
    return addresses;
  }
}
