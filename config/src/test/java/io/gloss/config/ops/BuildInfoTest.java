package io.gloss.config.ops;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BuildInfoTest {

  @Test
  void current_readsTheVersionAndCommitTheBuildWrote() {
    BuildInfo build = BuildInfo.current();

    assertThat(build.version()).matches("\\d+\\.\\d+\\.\\d+.*");
    assertThat(build.commit()).matches("[0-9a-f]{7,40}|unknown");
    assertThat(build.describe())
        .isEqualTo("gloss " + build.version() + " (commit " + build.commit() + ")");
  }
}
