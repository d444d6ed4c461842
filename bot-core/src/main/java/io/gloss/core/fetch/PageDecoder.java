package io.gloss.core.fetch;

import io.gloss.core.domain.FetchedPage;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.jspecify.annotations.Nullable;

/**
 * Decodes page bytes into a jsoup document. The charset comes from, in order: a byte-order mark;
 * the {@code Content-Type} charset; a {@code <meta>} charset; and statistical detection when
 * nothing is declared. A declaration that the bytes contradict (a page labelled UTF-8 that is not
 * valid UTF-8, or a Korean page labelled ISO-8859-1 by a server default) gives way to detection.
 */
public final class PageDecoder {
  private PageDecoder() {}

  public static Document decode(FetchedPage page) {
    byte[] body = page.body();
    Charsets.Bom bom = Charsets.bom(body);
    int offset = bom == null ? 0 : bom.length();
    Charset charset = bom != null ? bom.charset() : charsetOf(body, page.contentType());
    // The parser reads the bytes through a decoder, a chunk at a time: decoding the whole page into
    // one String first cost about a sixth of the parse (UTF-8 pages with any non-Latin character
    // become a UTF-16 copy of the page) and held that copy in memory beside the tree.
    Reader html =
        new InputStreamReader(
            new ByteArrayInputStream(body, offset, body.length - offset), charset);
    Document document = Parser.htmlParser().parseInput(html, page.finalUrl());
    document.outputSettings().charset(StandardCharsets.UTF_8);
    return document;
  }

  /** The charset {@link #decode} uses for these bytes and header. */
  public static Charset charsetOf(FetchedPage page) {
    Charsets.Bom bom = Charsets.bom(page.body());
    return bom != null ? bom.charset() : charsetOf(page.body(), page.contentType());
  }

  private static Charset charsetOf(byte[] body, @Nullable String contentType) {
    Charset declared = Charsets.forLabel(Charsets.charsetParam(contentType));
    if (declared == null) {
      declared = Charsets.forLabel(Charsets.metaCharset(body, 0));
      if (declared != null && declared.name().startsWith("UTF-16")) {
        declared = StandardCharsets.UTF_8; // a meta tag readable as ASCII cannot be UTF-16
      }
    }
    if (declared != null && !contradicted(declared, body)) {
      return declared;
    }
    if (Charsets.isValidUtf8(body, 0)) {
      return StandardCharsets.UTF_8; // pure ASCII included
    }
    Charset detected = Charsets.detect(body, 0);
    if (detected != null) {
      return detected;
    }
    return declared != null ? declared : Charsets.WINDOWS_1252;
  }

  private static boolean contradicted(Charset declared, byte[] body) {
    if (declared.equals(StandardCharsets.UTF_8)) {
      return !Charsets.isValidUtf8(body, 0);
    }
    if (Charsets.hasHighBytes(body, 0) && Charsets.isValidUtf8(body, 0)) {
      // Multi-byte UTF-8 sequences do not occur by chance in legacy-encoded text: a site that moved
      // to UTF-8 and kept its old label.
      return true;
    }
    if (declared.equals(Charsets.WINDOWS_1252) && Charsets.hasHighBytes(body, 0)) {
      // Servers often default to ISO-8859-1; trust it only when detection agrees it is Latin.
      Charset detected = Charsets.detect(body, 0);
      return detected != null && !detected.equals(Charsets.WINDOWS_1252);
    }
    return false;
  }
}
