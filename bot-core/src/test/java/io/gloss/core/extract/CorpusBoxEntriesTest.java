package io.gloss.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gloss.core.domain.Article;
import io.gloss.core.domain.FetchedPage;
import io.gloss.core.domain.GlossaryEntry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every box of the annotated corpus ({@code corpus/annotations.jsonl}): each entry found with its
 * term exactly as printed, nothing else taken for a box entry, and no box text left in the body.
 */
class CorpusBoxEntriesTest {
  private static final Path CORPUS = Path.of("src/test/resources/corpus");

  @Test
  void everyBoxEntry_isFoundExactlyAsPrinted_andNothingElse() throws Exception {
    ObjectMapper json = new ObjectMapper();
    List<String> problems = new ArrayList<>();
    for (String line : Files.readAllLines(CORPUS.resolve("annotations.jsonl"))) {
      JsonNode page = json.readTree(line);
      String url = page.path("url").asText();
      Article article =
          new JsoupArticleExtractor()
              .extract(
                  new FetchedPage(
                      url,
                      url,
                      "text/html",
                      Files.readAllBytes(CORPUS.resolve(page.path("file").asText()))));
      List<String> expected = new ArrayList<>();
      List<String> definitions = new ArrayList<>();
      page.path("boxEntries")
          .forEach(
              e -> {
                expected.add(e.path("term").asText());
                definitions.add(e.path("definition").asText());
              });
      List<String> found = article.glossary().stream().map(GlossaryEntry::term).toList();
      if (!found.equals(expected)) {
        problems.add(page.path("file").asText() + ": expected " + expected + " got " + found);
      }
      for (int i = 0; i < Math.min(found.size(), expected.size()); i++) {
        String definition = article.glossary().get(i).definition();
        if (!definition.contains(definitions.get(i))) {
          problems.add(page.path("file").asText() + ": definition " + definition);
        }
      }
      for (String definition : definitions) {
        if (article.text().contains(definition)) {
          problems.add(page.path("file").asText() + ": box left in the body: " + definition);
        }
      }
    }
    assertThat(problems).isEmpty();
  }
}
