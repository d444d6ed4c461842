package io.gloss.core.fetch;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Recognises hosts that are IP addresses in any spelling. Browsers read {@code 2130706433}, {@code
 * 0x7f.1}, {@code 0177.0.0.1} and {@code 127.1} as IPv4 addresses, Java reads some of them
 * differently ({@code 0177.0.0.1} is 177.0.0.1 to Java), and OkHttp skips the {@code Dns} hook for
 * anything that looks numeric. So only the one unambiguous spelling, a dotted quad of decimal
 * octets without leading zeros, counts as an address; every other numeric spelling is refused.
 */
final class IpLiterals {

  private static final String OCTET = "(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)";
  private static final Pattern CANONICAL_V4 =
      Pattern.compile(OCTET + "\\." + OCTET + "\\." + OCTET + "\\." + OCTET);
  private static final Pattern NUMERIC_LABEL = Pattern.compile("(0[xX][0-9a-fA-F]*|\\d+)");

  private IpLiterals() {}

  /**
   * True when a URL parser could take {@code host} for an IP address: it contains a colon, or its
   * last label is a number (decimal, octal or hex), as the WHATWG URL standard decides.
   */
  static boolean looksLikeIpLiteral(String host) {
    if (host.indexOf(':') >= 0 || host.matches("[\\d.]+")) {
      return true;
    }
    String name = host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
    String last = name.substring(name.lastIndexOf('.') + 1);
    return !last.isEmpty() && NUMERIC_LABEL.matcher(last).matches();
  }

  /**
   * Parses an IPv6 literal (with or without brackets) or a canonical dotted quad, without any DNS
   * query. Empty for every other spelling, including the ambiguous numeric ones.
   */
  static Optional<InetAddress> parse(String host) {
    String text = host;
    if (text.startsWith("[") && text.endsWith("]")) {
      text = text.substring(1, text.length() - 1);
    }
    try {
      if (text.indexOf(':') >= 0) {
        if (text.indexOf('%') >= 0 || !text.matches("[0-9a-fA-F:.]+")) {
          return Optional.empty(); // zone ids and anything odd
        }
        return Optional.of(InetAddress.getByName(text)); // a literal: no lookup
      }
      if (CANONICAL_V4.matcher(text).matches()) {
        String[] parts = text.split("\\.");
        byte[] bytes = new byte[4];
        for (int i = 0; i < 4; i++) {
          bytes[i] = (byte) Integer.parseInt(parts[i]);
        }
        return Optional.of(InetAddress.getByAddress(bytes));
      }
    } catch (UnknownHostException e) {
      return Optional.empty();
    }
    return Optional.empty();
  }
}
