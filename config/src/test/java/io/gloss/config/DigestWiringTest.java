package io.gloss.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gloss.config.settings.ConfigException;
import io.gloss.config.settings.Settings;
import io.gloss.core.digest.DigestSettings;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DigestWiringTest {
  @Test
  void settings_defaults_andEnvironment() {
    DigestSettings defaults = DigestWiring.settings(Settings.load(null, Map.of()));
    assertThat(defaults.catchUp()).isEqualTo(Duration.ofHours(12));
    assertThat(defaults.pauseAfterFailures()).isEqualTo(3);
    assertThat(defaults.defaultZone()).isEqualTo(ZoneId.of("Asia/Seoul"));

    DigestSettings set =
        DigestWiring.settings(
            Settings.load(
                null,
                Map.of(
                    "GLOSS_DIGEST_CATCH_UP", "2h",
                    "GLOSS_DIGEST_PAUSE_AFTER_FAILURES", "5",
                    "GLOSS_DIGEST_DEFAULT_ZONE", "Europe/London")));
    assertThat(set.catchUp()).isEqualTo(Duration.ofHours(2));
    assertThat(set.pauseAfterFailures()).isEqualTo(5);
    assertThat(set.defaultZone()).isEqualTo(ZoneId.of("Europe/London"));
  }

  @Test
  void badDigestSettings_areReportedByName() {
    assertThatThrownBy(
            () ->
                Settings.load(
                    null,
                    Map.of(
                        "GLOSS_DIGEST_PAUSE_AFTER_FAILURES", "0",
                        "GLOSS_DIGEST_DEFAULT_ZONE", "Mars/Olympus")))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("digest.pause-after-failures")
        .hasMessageContaining("digest.default-zone");
  }
}
