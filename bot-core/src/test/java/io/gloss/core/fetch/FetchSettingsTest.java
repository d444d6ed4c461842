package io.gloss.core.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FetchSettingsTest {

  @Test
  void defaults_matchTheIssue() {
    FetchSettings d = FetchSettings.defaults();

    assertThat(d.connectTimeout()).isEqualTo(Duration.ofSeconds(5));
    assertThat(d.totalTimeout()).isEqualTo(Duration.ofSeconds(15));
    assertThat(d.maxBodyBytes()).isEqualTo(5L * 1024 * 1024);
    assertThat(d.allowedPorts()).containsExactlyInAnyOrder(80, 443);
    assertThat(d.allowHosts()).isEmpty();
    assertThat(d.maxRedirects()).isEqualTo(5);
    assertThat(d.userAgent()).isEqualTo("Gloss/0.1 (+https://github.com/gloss-bot/gloss)");
  }

  @Test
  void withers_changeOnlyTheirField() {
    FetchSettings s =
        FetchSettings.defaults()
            .withAllowHosts(List.of("10.0.0.0/8", "news.intranet"))
            .withAllowedPorts(Set.of(8443))
            .withMaxBodyBytes(1000);

    assertThat(s.allowHosts()).containsExactly("10.0.0.0/8", "news.intranet");
    assertThat(s.allowedPorts()).containsExactly(8443);
    assertThat(s.maxBodyBytes()).isEqualTo(1000);
    assertThat(s.totalTimeout()).isEqualTo(Duration.ofSeconds(15));
  }

  @Test
  void invalidValues_failFastNamingTheValue() {
    FetchSettings d = FetchSettings.defaults();

    assertThatThrownBy(() -> d.withAllowHosts(List.of("10.0.0.0/99")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("10.0.0.0/99");
    assertThatThrownBy(() -> d.withAllowedPorts(Set.of(0)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("0");
    assertThatThrownBy(() -> d.withMaxBodyBytes(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> d.withTimeouts(Duration.ZERO, Duration.ofSeconds(1), Duration.ofSeconds(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("connectTimeout");
    assertThatThrownBy(() -> d.withPerHostConcurrency(0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
