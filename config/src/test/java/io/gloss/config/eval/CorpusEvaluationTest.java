package io.gloss.config.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Our annotated fixture pages (bot-core's test resources), read end to end: extraction, analysis
 * and the offline bullets. The floors are the figures reached when this was written.
 */
class CorpusEvaluationTest {
  private static final Path CORPUS = Path.of("../bot-core/src/test/resources/corpus");

  @Test
  void measure_fixturePages_bulletsCarryMoreFactsThanTheLeadAndNoneIsFlawed() throws Exception {
    List<CorpusEvaluation.PageResult> results = CorpusEvaluation.measure(CORPUS);
    CorpusEvaluation.Totals totals = CorpusEvaluation.totals(results);

    assertThat(totals.pages()).isGreaterThanOrEqualTo(50);
    assertThat(results).allSatisfy(r -> assertThat(r.flaws()).as(r.page().file()).isEmpty());
    assertThat(totals.bulletFacts()).isGreaterThan(totals.leadFacts());
    assertThat(totals.bulletFacts()).isGreaterThan(totals.paragraphFacts());
    assertThat(totals.share(totals.firstThree())).isLessThanOrEqualTo(40);
    assertThat(totals.share(totals.authorRight())).isGreaterThanOrEqualTo(95);
    assertThat(totals.share(totals.dateRight())).isGreaterThanOrEqualTo(95);
    assertThat(totals.share(totals.outletRight())).isGreaterThanOrEqualTo(95);
    for (String language : List.of("ko", "en")) {
      CorpusEvaluation.Totals own =
          CorpusEvaluation.totals(
              results.stream().filter(r -> r.page().lang().equals(language)).toList());
      assertThat(own.bulletFacts()).as(language).isGreaterThan(own.leadFacts());
      assertThat(own.bulletFacts()).as(language).isGreaterThan(own.paragraphFacts());
    }
  }

  @Test
  void covered_factNeedsAllItsStringsInOneUnit_spacesIgnored() {
    List<List<String>> facts = List.of(List.of("GPU", "2만 장"), List.of("광주", "구미"));

    assertThat(CorpusEvaluation.covered(facts, List.of("GPU 2만장을 확보한다.", "광주에 짓는다.", "구미에도.")))
        .isEqualTo(1);
  }
}
