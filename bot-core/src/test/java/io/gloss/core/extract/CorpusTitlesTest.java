package io.gloss.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every page of the annotated corpus ({@code corpus/annotations.jsonl}) gets its headline as the
 * annotation gives it: no outlet suffix, no byline, date or share buttons from around the headline.
 */
class CorpusTitlesTest {

  @Test
  void everyPage_hasItsHeadlineAsPrinted() throws Exception {
    List<AnnotatedCorpus.Page> pages = AnnotatedCorpus.pages();
    List<String> problems = new ArrayList<>();
    for (AnnotatedCorpus.Page page : pages) {
      String title = page.article().title();
      if (!title.equals(page.annotation().path("title").asText())) {
        problems.add(page.file() + ": " + title);
      }
    }
    assertThat(pages).hasSizeGreaterThanOrEqualTo(50);
    assertThat(problems).isEmpty();
  }
}
