package io.gloss.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.gloss.core.domain.Article;
import io.gloss.core.domain.GlossaryEntry;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every box of the annotated corpus ({@code corpus/annotations.jsonl}): each entry found with its
 * term exactly as printed, nothing else taken for a box entry, and no box text left in the body.
 */
class CorpusBoxEntriesTest {
  @Test
  void everyBoxEntry_isFoundExactlyAsPrinted_andNothingElse() throws Exception {
    List<String> problems = new ArrayList<>();
    for (AnnotatedCorpus.Page page : AnnotatedCorpus.pages()) {
      Article article = page.article();
      List<String> expected = new ArrayList<>();
      List<String> definitions = new ArrayList<>();
      page.annotation()
          .path("boxEntries")
          .forEach(
              e -> {
                expected.add(e.path("term").asText());
                definitions.add(e.path("definition").asText());
              });
      List<String> found = article.glossary().stream().map(GlossaryEntry::term).toList();
      if (!found.equals(expected)) {
        problems.add(page.file() + ": expected " + expected + " got " + found);
      }
      for (int i = 0; i < Math.min(found.size(), expected.size()); i++) {
        String definition = article.glossary().get(i).definition();
        if (!definition.contains(definitions.get(i))) {
          problems.add(page.file() + ": definition " + definition);
        }
      }
      for (String definition : definitions) {
        if (article.text().contains(definition)) {
          problems.add(page.file() + ": box left in the body: " + definition);
        }
      }
    }
    assertThat(problems).isEmpty();
  }
}
