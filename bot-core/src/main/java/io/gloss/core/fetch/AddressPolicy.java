package io.gloss.core.fetch;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Which addresses the fetcher may dial: public unicast only, unless a host name or CIDR is listed
 * in {@code allowHosts}. IPv6 is an allow-list (global unicast 2000::/3 minus the ranges that embed
 * IPv4 or are reserved), so new special ranges are refused by default.
 */
final class AddressPolicy {

  private final List<String> exactNames;
  private final List<String> nameSuffixes;
  private final List<Cidr> cidrs;

  private AddressPolicy(List<String> exactNames, List<String> nameSuffixes, List<Cidr> cidrs) {
    this.exactNames = List.copyOf(exactNames);
    this.nameSuffixes = List.copyOf(nameSuffixes);
    this.cidrs = List.copyOf(cidrs);
  }

  /**
   * Parses {@code allowHosts}: {@code host}, {@code *.domain} (or {@code .domain}), an IP address,
   * or a CIDR.
   *
   * @throws IllegalArgumentException on a malformed entry
   */
  static AddressPolicy of(List<String> allowHosts) {
    List<String> exact = new ArrayList<>();
    List<String> suffixes = new ArrayList<>();
    List<Cidr> cidrs = new ArrayList<>();
    for (String raw : allowHosts) {
      String entry = raw.trim().toLowerCase(Locale.ROOT);
      if (entry.isEmpty()) {
        continue;
      }
      Optional<Cidr> cidr = Cidr.parse(entry);
      if (cidr.isPresent()) {
        cidrs.add(cidr.get());
      } else if (entry.startsWith("*.") || entry.startsWith(".")) {
        suffixes.add(stripTrailingDot(entry.substring(entry.indexOf('.'))));
      } else if (entry.matches("[a-z0-9_]([a-z0-9_.-]*[a-z0-9_])?\\.?")) {
        exact.add(stripTrailingDot(entry));
      } else {
        throw new IllegalArgumentException("allowHosts entry is not a host, IP or CIDR: " + raw);
      }
    }
    return new AddressPolicy(exact, suffixes, cidrs);
  }

  /** True when the host name itself is exempt from the private-address rule. */
  boolean isExemptName(String host) {
    String name = stripTrailingDot(host.toLowerCase(Locale.ROOT));
    if (exactNames.contains(name)) {
      return true;
    }
    for (String suffix : nameSuffixes) {
      if (name.endsWith(suffix)) {
        return true;
      }
    }
    return false;
  }

  /** True when {@code address}, reached through {@code host}, may be dialled. */
  boolean permits(String host, InetAddress address) {
    return isPublic(address) || isExemptName(host) || inAllowedCidr(address);
  }

  private boolean inAllowedCidr(InetAddress address) {
    for (Cidr cidr : cidrs) {
      if (cidr.contains(address)) {
        return true;
      }
    }
    return false;
  }

  /** Public unicast: not private, loopback, link-local, CGNAT, multicast, reserved or embedded. */
  static boolean isPublic(InetAddress address) {
    byte[] b = address.getAddress();
    if (address instanceof Inet4Address) {
      return isPublicV4(b);
    }
    if (address instanceof Inet6Address) {
      return isPublicV6(b);
    }
    return false;
  }

  private static boolean isPublicV4(byte[] b) {
    int a0 = b[0] & 0xff;
    int a1 = b[1] & 0xff;
    int a2 = b[2] & 0xff;
    return !(a0 == 0 // 0/8 "this network", 0.0.0.0
        || a0 == 10 // 10/8
        || a0 == 127 // loopback
        || (a0 == 100 && a1 >= 64
            && a1 <= 127) // 100.64/10 CGNAT (Alibaba metadata 100.100.100.200)
        || (a0 == 169 && a1 == 254) // link-local, cloud metadata 169.254.169.254
        || (a0 == 172 && a1 >= 16 && a1 <= 31) // 172.16/12
        || (a0 == 192 && a1 == 0 && a2 == 0) // 192.0.0/24 IETF protocol assignments
        || (a0 == 192 && a1 == 0 && a2 == 2) // TEST-NET-1
        || (a0 == 192 && a1 == 88 && a2 == 99) // 6to4 relay anycast
        || (a0 == 192 && a1 == 168) // 192.168/16
        || (a0 == 198 && (a1 == 18 || a1 == 19)) // 198.18/15 benchmarking
        || (a0 == 198 && a1 == 51 && a2 == 100) // TEST-NET-2
        || (a0 == 203 && a1 == 0 && a2 == 113) // TEST-NET-3
        || a0 >= 224); // multicast 224/4, reserved 240/4, broadcast
  }

  private static boolean isPublicV6(byte[] b) {
    int w0 = ((b[0] & 0xff) << 8) | (b[1] & 0xff);
    int w1 = ((b[2] & 0xff) << 8) | (b[3] & 0xff);
    if ((w0 & 0xe000) != 0x2000) {
      // Outside global unicast 2000::/3: ::/96 (::1, ::, IPv4-compatible), ::ffff:0:0/96 (mapped),
      // 64:ff9b::/96 and 64:ff9b:1::/48 (NAT64), 100::/64, fc00::/7 (ULA, fd00:ec2::254),
      // fe80::/10, fec0::/10, ff00::/8.
      return false;
    }
    if (w0 == 0x2002) {
      return false; // 6to4 embeds an IPv4 address
    }
    if (w0 == 0x2001) {
      if (w1 == 0x0000) {
        return false; // Teredo 2001::/32 embeds an IPv4 address
      }
      if (w1 == 0x0db8) {
        return false; // documentation
      }
      if (w1 == 0x0002 && b[4] == 0 && b[5] == 0) {
        return false; // 2001:2::/48 benchmarking
      }
      if ((w1 & 0xfff0) == 0x0010 || (w1 & 0xfff0) == 0x0020) {
        return false; // ORCHID 2001:10::/28, ORCHIDv2 2001:20::/28
      }
    }
    if (w0 == 0x3fff && (w1 & 0xf000) == 0) {
      return false; // 3fff::/20 documentation
    }
    return true;
  }

  private static String stripTrailingDot(String name) {
    return name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
  }

  /**
   * An address block such as {@code 10.0.0.0/8} or {@code fd00::/8}; a bare IP is a /32 or /128.
   */
  record Cidr(byte[] network, int prefix) {

    static Optional<Cidr> parse(String text) {
      int slash = text.indexOf('/');
      String ip = slash < 0 ? text : text.substring(0, slash);
      if (!IpLiterals.looksLikeIpLiteral(ip)) {
        return Optional.empty();
      }
      InetAddress address =
          IpLiterals.parse(ip)
              .orElseThrow(() -> new IllegalArgumentException("not an IP address: " + text));
      byte[] bytes = address.getAddress();
      int prefix = bytes.length * 8;
      if (slash >= 0) {
        try {
          prefix = Integer.parseInt(text.substring(slash + 1));
        } catch (NumberFormatException e) {
          throw new IllegalArgumentException("bad CIDR prefix: " + text, e);
        }
        if (prefix < 0 || prefix > bytes.length * 8) {
          throw new IllegalArgumentException("bad CIDR prefix: " + text);
        }
      }
      return Optional.of(new Cidr(bytes, prefix));
    }

    boolean contains(InetAddress address) {
      byte[] candidate = address.getAddress();
      if (candidate.length != network.length) {
        return false;
      }
      int fullBytes = prefix / 8;
      for (int i = 0; i < fullBytes; i++) {
        if (candidate[i] != network[i]) {
          return false;
        }
      }
      int rest = prefix % 8;
      if (rest == 0) {
        return true;
      }
      int mask = (0xff << (8 - rest)) & 0xff;
      return (candidate[fullBytes] & mask) == (network[fullBytes] & mask);
    }

    @Override
    public boolean equals(@Nullable Object other) {
      return other instanceof Cidr cidr
          && prefix == cidr.prefix
          && java.util.Arrays.equals(network, cidr.network);
    }

    @Override
    public int hashCode() {
      return 31 * java.util.Arrays.hashCode(network) + prefix;
    }

    @Override
    public String toString() {
      try {
        return InetAddress.getByAddress(network).getHostAddress() + "/" + prefix;
      } catch (UnknownHostException e) {
        return "invalid/" + prefix;
      }
    }
  }
}
