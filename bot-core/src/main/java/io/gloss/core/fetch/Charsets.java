package io.gloss.core.fetch;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Byte-level charset evidence: BOMs, {@code charset=} labels in headers and {@code <meta>}, and
 * statistical detection. Labels map as browsers map them (WHATWG Encoding): {@code euc-kr} is read
 * as windows-949, a superset that also covers the CP949-only syllables; {@code iso-8859-1} as
 * windows-1252; {@code shift_jis} as windows-31j.
 */
final class Charsets {
  /** Eight bytes of an array read as one long, to test them together. */
  private static final VarHandle EIGHT_BYTES =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  /** The top bit of each of eight bytes: zero for all of them when the eight are ASCII. */
  private static final long HIGH_BITS = 0x8080808080808080L;

  static final Charset WINDOWS_949 = Charset.forName("x-windows-949");
  static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  private static final Charset UTF_32BE = Charset.forName("UTF-32BE");
  private static final Charset UTF_32LE = Charset.forName("UTF-32LE");

  private static final Map<String, String> ALIASES =
      Map.ofEntries(
          Map.entry("euc-kr", "x-windows-949"),
          Map.entry("euckr", "x-windows-949"),
          Map.entry("ks_c_5601-1987", "x-windows-949"),
          Map.entry("ks_c_5601", "x-windows-949"),
          Map.entry("ksc5601", "x-windows-949"),
          Map.entry("ksc_5601", "x-windows-949"),
          Map.entry("korean", "x-windows-949"),
          Map.entry("cp949", "x-windows-949"),
          Map.entry("ms949", "x-windows-949"),
          Map.entry("uhc", "x-windows-949"),
          Map.entry("windows-949", "x-windows-949"),
          Map.entry("iso-8859-1", "windows-1252"),
          Map.entry("iso8859-1", "windows-1252"),
          Map.entry("latin1", "windows-1252"),
          Map.entry("us-ascii", "windows-1252"),
          Map.entry("ascii", "windows-1252"),
          Map.entry("shift_jis", "windows-31j"),
          Map.entry("shift-jis", "windows-31j"),
          Map.entry("sjis", "windows-31j"),
          Map.entry("x-sjis", "windows-31j"),
          Map.entry("ms_kanji", "windows-31j"),
          Map.entry("cp932", "windows-31j"),
          Map.entry("gb2312", "GB18030"),
          Map.entry("gbk", "GB18030"),
          Map.entry("x-gbk", "GB18030"),
          Map.entry("utf8", "UTF-8"),
          Map.entry("unicode-1-1-utf-8", "UTF-8"),
          // WHATWG: the bare "utf-16" label means little-endian without a BOM.
          Map.entry("utf-16", "UTF-16LE"),
          Map.entry("unicode", "UTF-16LE"));

  private static final Pattern CHARSET_PARAM =
      Pattern.compile("charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_:.+-]+)", Pattern.CASE_INSENSITIVE);
  private static final Pattern META_CHARSET =
      Pattern.compile(
          "<meta\\b[^>]{0,512}?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_:.+-]+)",
          Pattern.CASE_INSENSITIVE);
  private static final int META_SCAN_BYTES = 4096;
  private static final int DETECT_BYTES = 256 * 1024;

  private Charsets() {}

  /** A charset and the length of its byte-order mark. */
  record Bom(Charset charset, int length) {}

  static @Nullable Bom bom(byte[] b) {
    if (b.length >= 4 && b[0] == 0 && b[1] == 0 && b[2] == (byte) 0xFE && b[3] == (byte) 0xFF) {
      return new Bom(UTF_32BE, 4);
    }
    if (b.length >= 4 && b[0] == (byte) 0xFF && b[1] == (byte) 0xFE && b[2] == 0 && b[3] == 0) {
      return new Bom(UTF_32LE, 4);
    }
    if (b.length >= 3 && b[0] == (byte) 0xEF && b[1] == (byte) 0xBB && b[2] == (byte) 0xBF) {
      return new Bom(StandardCharsets.UTF_8, 3);
    }
    if (b.length >= 2 && b[0] == (byte) 0xFE && b[1] == (byte) 0xFF) {
      return new Bom(StandardCharsets.UTF_16BE, 2);
    }
    if (b.length >= 2 && b[0] == (byte) 0xFF && b[1] == (byte) 0xFE) {
      return new Bom(StandardCharsets.UTF_16LE, 2);
    }
    return null;
  }

  static boolean hasUtf16Or32Bom(byte[] body) {
    Bom bom = bom(body);
    return bom != null && !bom.charset().equals(StandardCharsets.UTF_8);
  }

  static boolean declaresUtf16Or32(@Nullable String contentType) {
    String label = charsetParam(contentType);
    return label != null && label.toLowerCase(Locale.ROOT).matches("utf-?(16|32).*");
  }

  /** The {@code charset} parameter of a {@code Content-Type} value, if any. */
  static @Nullable String charsetParam(@Nullable String contentType) {
    if (contentType == null) {
      return null;
    }
    Matcher m = CHARSET_PARAM.matcher(contentType);
    return m.find() ? m.group(1) : null;
  }

  /** The charset named in a {@code <meta>} tag near the top of the page, if any. */
  static @Nullable String metaCharset(byte[] body, int offset) {
    int length = Math.min(body.length - offset, META_SCAN_BYTES);
    String head = new String(body, offset, Math.max(0, length), StandardCharsets.ISO_8859_1);
    Matcher m = META_CHARSET.matcher(head);
    return m.find() ? m.group(1) : null;
  }

  /** The charset for a label, as browsers read it; null for unknown labels. */
  static @Nullable Charset forLabel(@Nullable String label) {
    if (label == null || label.isBlank()) {
      return null;
    }
    String key = label.trim().toLowerCase(Locale.ROOT);
    String name = ALIASES.getOrDefault(key, key);
    try {
      return Charset.forName(name);
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return null;
    }
  }

  /** Statistical guess (juniversalchardet); null when it has no opinion. */
  static @Nullable Charset detect(byte[] body, int offset) {
    UniversalDetector detector = new UniversalDetector();
    int length = Math.min(body.length - offset, DETECT_BYTES);
    if (length <= 0) {
      return null;
    }
    // Fed in slices: the detector usually becomes sure long before the end of a page.
    for (int start = offset; start < offset + length && !detector.isDone(); start += 16 * 1024) {
      detector.handleData(body, start, Math.min(16 * 1024, offset + length - start));
    }
    detector.dataEnd();
    return forLabel(detector.getDetectedCharset());
  }

  /**
   * True when the bytes are well-formed UTF-8 (RFC 3629: no overlong forms, no surrogates, nothing
   * above U+10FFFF). A byte loop rather than a decoder, so that checking a page allocates nothing;
   * runs of ASCII, most of any page's markup, are stepped over eight bytes at a time.
   */
  static boolean isValidUtf8(byte[] body, int offset) {
    int i = offset;
    while (i < body.length) {
      if (i + Long.BYTES <= body.length && ((long) EIGHT_BYTES.get(body, i) & HIGH_BITS) == 0) {
        i += Long.BYTES;
        continue;
      }
      int b = body[i] & 0xFF;
      if (b < 0x80) {
        i++;
        continue;
      }
      int length;
      int min;
      int max = 0xBF;
      if (b >= 0xC2 && b <= 0xDF) {
        length = 2;
        min = 0x80;
      } else if (b == 0xE0) {
        length = 3;
        min = 0xA0; // no overlong three-byte forms
      } else if (b == 0xED) {
        length = 3;
        min = 0x80;
        max = 0x9F; // no UTF-16 surrogates
      } else if (b >= 0xE1 && b <= 0xEF) {
        length = 3;
        min = 0x80;
      } else if (b == 0xF0) {
        length = 4;
        min = 0x90; // no overlong four-byte forms
      } else if (b >= 0xF1 && b <= 0xF3) {
        length = 4;
        min = 0x80;
      } else if (b == 0xF4) {
        length = 4;
        min = 0x80;
        max = 0x8F; // nothing above U+10FFFF
      } else {
        return false;
      }
      if (i + length > body.length) {
        return false;
      }
      int second = body[i + 1] & 0xFF;
      if (second < min || second > max) {
        return false;
      }
      for (int k = 2; k < length; k++) {
        if ((body[i + k] & 0xC0) != 0x80) {
          return false;
        }
      }
      i += length;
    }
    return true;
  }

  static boolean hasHighBytes(byte[] body, int offset) {
    for (int i = offset; i < body.length; i++) {
      if (body[i] < 0) {
        return true;
      }
    }
    return false;
  }

  /** True when the first non-blank character (after a UTF-8 BOM) opens a tag. */
  static boolean looksLikeMarkup(byte[] body) {
    Bom bom = bom(body);
    int i = bom == null ? 0 : bom.length();
    while (i < body.length
        && (body[i] == ' '
            || body[i] == '\t'
            || body[i] == '\r'
            || body[i] == '\n'
            || body[i] == '\f')) {
      i++;
    }
    return i < body.length && body[i] == '<';
  }
}
