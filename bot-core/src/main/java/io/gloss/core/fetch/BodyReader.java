package io.gloss.core.fetch;

import io.gloss.core.domain.ArticleUnavailableException;
import io.gloss.core.domain.FailureReason;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import org.jspecify.annotations.Nullable;

/**
 * Streams a response body through its {@code Content-Encoding} and stops at the cap. The cap counts
 * decompressed bytes, so a small gzip bomb is stopped as soon as its output passes the limit, and
 * nothing beyond {@code cap + one buffer} is ever held in memory.
 */
final class BodyReader {

  /** Accept-Encoding the fetcher sends: exactly what {@link #decode} understands. */
  static final String ACCEPT_ENCODING = "gzip, deflate";

  private BodyReader() {}

  static byte[] read(InputStream raw, @Nullable String contentEncoding, long cap)
      throws IOException, ArticleUnavailableException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(16 * 1024);
    byte[] buffer = new byte[8192];
    long total = 0;
    try (InputStream in = decode(raw, contentEncoding)) {
      int n;
      while ((n = in.read(buffer)) != -1) {
        total += n;
        if (total > cap) {
          throw new ArticleUnavailableException(
              FailureReason.TOO_LARGE, "body exceeds " + cap + " bytes after decompression");
        }
        out.write(buffer, 0, n);
      }
    }
    return out.toByteArray();
  }

  private static InputStream decode(InputStream raw, @Nullable String contentEncoding)
      throws IOException, ArticleUnavailableException {
    String encoding =
        contentEncoding == null ? "identity" : contentEncoding.trim().toLowerCase(Locale.ROOT);
    switch (encoding) {
      case "", "identity":
        return raw;
      case "gzip", "x-gzip":
        return new GZIPInputStream(raw, 8192);
      case "deflate":
        return inflate(raw);
      default:
        throw new ArticleUnavailableException(
            FailureReason.NETWORK_ERROR, "unsupported Content-Encoding " + encoding);
    }
  }

  /**
   * HTTP "deflate" is meant to be zlib-wrapped, but some servers send raw deflate; the zlib header
   * (CMF 0x?8 with a checksum divisible by 31) tells them apart.
   */
  private static InputStream inflate(InputStream raw) throws IOException {
    BufferedInputStream in = new BufferedInputStream(raw, 8192);
    in.mark(2);
    int cmf = in.read();
    int flg = in.read();
    in.reset();
    boolean zlib = cmf >= 0 && flg >= 0 && (cmf & 0x0f) == 8 && ((cmf << 8) | flg) % 31 == 0;
    return new InflaterInputStream(in, new Inflater(!zlib), 8192) {
      @Override
      public void close() throws IOException {
        try {
          super.close();
        } finally {
          inf.end();
        }
      }
    };
  }
}
