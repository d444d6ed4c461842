package io.gloss.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class PageSetsTest {
  private static BenchSettings settings(int pageLimit) {
    return new BenchSettings(
        Path.of("../shared/eval"),
        Path.of("../bot-core/src/test/resources/corpus"),
        List.of("ko"),
        pageLimit,
        0,
        1);
  }

  @Test
  void load_korean_everyKoreanFixtureWithItsUrlAndText() {
    List<Page> pages = PageSets.load("ko", settings(0));

    assertThat(pages).hasSize(32);
    assertThat(pages).allSatisfy(p -> assertThat(p.url()).startsWith("https://"));
    assertThat(pages.get(0).html()).contains("<html").containsPattern("[가-힣]{2}");
  }

  @Test
  void load_pageLimit_firstPagesById() {
    List<Page> pages = PageSets.load("ko", settings(3));

    assertThat(pages).extracting(Page::id).hasSize(3).isSorted();
  }
}
