package io.gloss.config.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.gloss.core.digest.StoryGrouper;
import io.gloss.core.text.KoreanWords;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class DigestEvaluationTest {
  private static final StoryGrouper GROUPER = new StoryGrouper(new KoreanWords());

  @Test
  void labelledPairs_loadBothLanguages_withHardNegatives() throws Exception {
    List<DigestEvaluation.Pair> pairs = DigestEvaluation.pairs();
    assertThat(pairs).hasSizeGreaterThanOrEqualTo(30);
    assertThat(pairs).anyMatch(p -> p.korean() && !p.same());
    assertThat(pairs).anyMatch(p -> !p.korean() && !p.same());
    assertThat(pairs).anyMatch(p -> p.korean() && p.same());
    assertThat(pairs).anyMatch(p -> !p.korean() && p.same());
  }

  @Test
  void grouping_isPreciseAndFindsMostSameStoryPairs() throws Exception {
    DigestEvaluation.Scores scores = DigestEvaluation.score(GROUPER, DigestEvaluation.pairs());
    // A wrong merge hides a story from the team: precision matters most.
    assertThat(scores.precision()).isGreaterThanOrEqualTo(0.9);
    assertThat(scores.recall()).isGreaterThanOrEqualTo(0.75);
  }

  @Test
  void evaluate_printsFiguresPerLanguageAndPlanningTime() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    DigestEvaluation.evaluate(
        new String[] {"--all"}, new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String printed = bytes.toString(StandardCharsets.UTF_8);
    System.out.println(printed);
    assertThat(printed)
        .contains("ko  pairs", "en  pairs", "all pairs", "precision", "recall", "held out")
        .contains("Planning a digest of 500 shared links: median");
  }
}
