package io.gloss.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gloss.core.domain.FetchedPage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every page of the annotated corpus ({@code corpus/annotations.jsonl}) gets its headline as the
 * annotation gives it: no outlet suffix, no byline, date or share buttons from around the headline.
 */
class CorpusTitlesTest {
  private static final Path CORPUS = Path.of("src/test/resources/corpus");

  @Test
  void everyPage_hasItsHeadlineAsPrinted() throws Exception {
    ObjectMapper json = new ObjectMapper();
    List<String> problems = new ArrayList<>();
    int pages = 0;
    for (String line : Files.readAllLines(CORPUS.resolve("annotations.jsonl"))) {
      JsonNode page = json.readTree(line);
      String url = page.path("url").asText();
      String title =
          new JsoupArticleExtractor()
              .extract(
                  new FetchedPage(
                      url,
                      url,
                      "text/html",
                      Files.readAllBytes(CORPUS.resolve(page.path("file").asText()))))
              .title();
      pages++;
      if (!title.equals(page.path("title").asText())) {
        problems.add(page.path("file").asText() + ": " + title);
      }
    }
    assertThat(pages).isGreaterThanOrEqualTo(50);
    assertThat(problems).isEmpty();
  }
}
