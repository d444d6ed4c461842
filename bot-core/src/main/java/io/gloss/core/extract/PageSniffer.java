package io.gloss.core.extract;

import io.gloss.core.domain.FetchedPage;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Decides from the content type and the first bytes whether a page is HTML at all, so that PDFs,
 * images and other binaries are never handed to the parser.
 */
final class PageSniffer {
  private static final byte[][] BINARY_MAGIC = {
    "%PDF".getBytes(StandardCharsets.US_ASCII),
    {(byte) 0x89, 'P', 'N', 'G'},
    "GIF8".getBytes(StandardCharsets.US_ASCII),
    {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF},
    {'P', 'K', 3, 4},
    {(byte) 0x1F, (byte) 0x8B},
    "RIFF".getBytes(StandardCharsets.US_ASCII),
    {0, 0, 0},
    "ID3".getBytes(StandardCharsets.US_ASCII),
    {(byte) 0x7F, 'E', 'L', 'F'},
  };

  private PageSniffer() {}

  static boolean looksLikeHtml(FetchedPage page) {
    if (!htmlContentType(page.contentType())) {
      return false;
    }
    byte[] body = page.body();
    if (body.length == 0) {
      return true;
    }
    for (byte[] magic : BINARY_MAGIC) {
      if (startsWith(body, magic)) {
        return false;
      }
    }
    return !hasControlBytes(body);
  }

  private static boolean htmlContentType(@Nullable String contentType) {
    if (contentType == null || contentType.isBlank()) {
      return true;
    }
    String type = contentType.toLowerCase(Locale.ROOT).split(";", 2)[0].strip();
    return type.equals("text/html")
        || type.equals("application/xhtml+xml")
        || type.equals("text/plain")
        || type.isEmpty();
  }

  private static boolean startsWith(byte[] body, byte[] magic) {
    if (body.length < magic.length) {
      return false;
    }
    for (int i = 0; i < magic.length; i++) {
      if (body[i] != magic[i]) {
        return false;
      }
    }
    return true;
  }

  /**
   * NUL and other C0 control bytes are rare in text and common in binaries. UTF-16 pages carry a
   * BOM and are let through.
   */
  private static boolean hasControlBytes(byte[] body) {
    if (body.length >= 2
        && ((body[0] == (byte) 0xFE && body[1] == (byte) 0xFF)
            || (body[0] == (byte) 0xFF && body[1] == (byte) 0xFE))) {
      return false;
    }
    int limit = Math.min(body.length, 4096);
    int control = 0;
    for (int i = 0; i < limit; i++) {
      int b = body[i] & 0xFF;
      if (b == 0) {
        return true;
      }
      if (b < 0x09 || (b > 0x0D && b < 0x20 && b != 0x1B)) {
        control++;
      }
    }
    return control * 20 > limit;
  }
}
