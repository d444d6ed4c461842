package io.gloss.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.RepeatedTest;

class GenericContentFinderTest {

  /**
   * Two containers with the same text score the same. The choice used to follow an identity map's
   * iteration order, which changes from run to run; the first in the page must win every time.
   */
  @RepeatedTest(5)
  void find_withTiedContainers_picksTheFirstInThePage() {
    Element body =
        Jsoup.parse(
                "<html><body><div id='first'><p>Short note.</p></div>"
                    + "<div id='second'><p>Short note.</p></div></body></html>")
            .body();
    Deadline deadline = new Deadline(Clock.systemUTC(), Duration.ofMinutes(1));

    Element found =
        GenericContentFinder.standard().find(body, BlockSegmenter.segment(body, deadline));

    assertThat(found.id()).isEqualTo("first");
  }
}
