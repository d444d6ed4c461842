package io.gloss.core.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gloss.core.domain.Article;
import io.gloss.core.domain.FetchedPage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The annotated corpus ({@code corpus/annotations.jsonl}): each page's annotation and Article. */
final class AnnotatedCorpus {
  private static final Path CORPUS = Path.of("src/test/resources/corpus");

  private AnnotatedCorpus() {}

  /** A page as annotated and as the extractor reads it. */
  record Page(String file, JsonNode annotation, Article article) {}

  static List<Page> pages() throws Exception {
    ObjectMapper json = new ObjectMapper();
    List<Page> pages = new ArrayList<>();
    for (String line : Files.readAllLines(CORPUS.resolve("annotations.jsonl"))) {
      JsonNode annotation = json.readTree(line);
      String url = annotation.path("url").asText();
      String file = annotation.path("file").asText();
      Article article =
          new JsoupArticleExtractor()
              .extract(
                  new FetchedPage(url, url, "text/html", Files.readAllBytes(CORPUS.resolve(file))));
      pages.add(new Page(file, annotation, article));
    }
    return pages;
  }
}
