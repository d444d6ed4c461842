package io.gloss.core.fetch;

import io.gloss.core.domain.FetchedPage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** Decodes page bytes into a jsoup document: header charset, BOM, meta charset, then detection. */
public final class PageDecoder {
  private PageDecoder() {}

  public static Document decode(FetchedPage page) {
    try {
      return Jsoup.parse(new ByteArrayInputStream(page.body()), null, page.finalUrl());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
