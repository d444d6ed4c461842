package io.gloss.core.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.gloss.core.text.SampleArticles;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleReadingTimeTest {
  private static Article article(String language, List<String> paragraphs) {
    return SampleArticles.plain(language, "Title", paragraphs);
  }

  private static String words(int n) {
    return String.join(" ", Collections.nCopies(n, "word"));
  }

  @Test
  void english_readsAbout230WordsAMinute_countingWordsAcrossSpacesTabsAndLineBreaks() {
    // 10 paragraphs of 69 words, one with a line break and a tab: 690 words, 3.0 minutes.
    List<String> paragraphs = new java.util.ArrayList<>(Collections.nCopies(9, words(69)));
    paragraphs.add(words(30) + "\n" + words(20) + "\t " + words(19));

    assertThat(article("en", paragraphs).readingMinutes()).isEqualTo(3);
    // A started minute counts: 230 words are 1 minute, 231 are 2.
    assertThat(article("en", List.of(words(230))).readingMinutes()).isEqualTo(1);
    assertThat(article("en", List.of(words(231))).readingMinutes()).isEqualTo(2);
    assertThat(article("en", List.of(words(344))).readingMinutes()).isEqualTo(2);
  }

  @Test
  void korean_readsAbout500CharactersAMinute_notCountingSpaces_andAnyArticleTakesAtLeastOne() {
    assertThat(article("ko", List.of("가".repeat(1_760))).readingMinutes()).isEqualTo(4);
    assertThat(article("ko", List.of("가".repeat(1_500))).readingMinutes()).isEqualTo(3);
    // 1,400 syllables and 400 spaces: 3 minutes (4 if spaces counted); 1,000 and 200: 2 (not 3).
    assertThat(article("ko", List.of("가나다라마 ".repeat(200) + "가나 ".repeat(200))).readingMinutes())
        .isEqualTo(3);
    assertThat(article("ko", List.of("가나다라마 ".repeat(200))).readingMinutes()).isEqualTo(2);
    assertThat(article("ko", List.of("가나다")).readingMinutes()).isEqualTo(1);
    assertThat(article("en", List.of("One word")).readingMinutes()).isEqualTo(1);
  }

  @Test
  void tableRows_countTheirCells_notTheCellSeparators() {
    // 230 words in rows of five cells: four " | " each, which are not words a reader reads.
    String row = String.join(" | ", Collections.nCopies(5, "word"));
    List<String> rows = Collections.nCopies(46, row);
    assertThat(article("en", rows).readingMinutes()).isEqualTo(1);
    // 500 syllables in Korean rows: 1 minute, not 2 with the separators counted.
    String koRow = String.join(" | ", Collections.nCopies(5, "가나다라마"));
    assertThat(article("ko", Collections.nCopies(20, koRow)).readingMinutes()).isEqualTo(1);
  }
}
