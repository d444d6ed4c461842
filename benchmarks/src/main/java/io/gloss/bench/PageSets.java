package io.gloss.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * Reads the page sets at run time; nothing is copied into the repository.
 *
 * <ul>
 *   <li>{@code zyte}: the 181 pages of the Zyte article-extraction benchmark, {@code
 *       zyte/html/<id>.html.gz} with the URL from {@code zyte/ground-truth.json} (as {@code gloss
 *       eval extraction} reads them);
 *   <li>{@code ko}: the 32 Korean fixture pages of {@code corpus/ko}, with the URL from {@code
 *       corpus/annotations.jsonl} (site rules need it).
 * </ul>
 */
final class PageSets {
  private static final ObjectMapper JSON = new ObjectMapper();

  private PageSets() {}

  /** The pages of {@code set}, by id; the first {@code settings.pageLimit()} when it is set. */
  static List<Page> load(String set, BenchSettings settings) {
    try {
      List<Page> pages =
          switch (set) {
            case "zyte" -> zyte(settings.evalDir().resolve("zyte"));
            case "ko" -> korean(settings.corpusDir());
            default -> throw new IllegalArgumentException("unknown page set: " + set);
          };
      pages.sort(Comparator.comparing(Page::id));
      if (pages.isEmpty()) {
        throw new IllegalStateException("no pages in set " + set + " (" + settings + ")");
      }
      int limit = settings.pageLimit() > 0 ? settings.pageLimit() : pages.size();
      return List.copyOf(pages.subList(0, Math.min(limit, pages.size())));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read page set " + set, e);
    }
  }

  private static List<Page> zyte(Path dir) throws IOException {
    List<Page> pages = new ArrayList<>();
    JsonNode truth = JSON.readTree(dir.resolve("ground-truth.json").toFile());
    for (var entry : truth.properties()) {
      Path html = dir.resolve("html").resolve(entry.getKey() + ".html.gz");
      if (Files.exists(html)) {
        pages.add(
            Page.of("zyte", entry.getKey(), entry.getValue().path("url").asText(), gunzip(html)));
      }
    }
    return pages;
  }

  private static List<Page> korean(Path corpus) throws IOException {
    List<Page> pages = new ArrayList<>();
    for (String line :
        Files.readAllLines(corpus.resolve("annotations.jsonl"), StandardCharsets.UTF_8)) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode page = JSON.readTree(line);
      if (page.path("lang").asText().equals("ko")) {
        String file = page.path("file").asText();
        pages.add(
            Page.of(
                "ko", file, page.path("url").asText(), Files.readAllBytes(corpus.resolve(file))));
      }
    }
    return pages;
  }

  private static byte[] gunzip(Path file) throws IOException {
    try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
      return in.readAllBytes();
    }
  }
}
