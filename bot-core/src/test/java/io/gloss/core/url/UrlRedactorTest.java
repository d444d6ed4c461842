package io.gloss.core.url;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UrlRedactorTest {

  @Test
  void redact_jdbcUrlWithPasswordParameter_hidesThePassword() {
    assertThat(
            UrlRedactor.redact(
                "jdbc:postgresql://db.example:5432/gloss?user=gloss&password=s3cr3t&ssl=true"))
        .isEqualTo("jdbc:postgresql://db.example:5432/gloss?user=gloss&password=****&ssl=true");
  }

  @Test
  void redact_userInfo_hidesUserAndPassword() {
    assertThat(UrlRedactor.redact("http://alice:hunter2@proxy.example/v1"))
        .isEqualTo("http://****@proxy.example/v1");
    assertThat(UrlRedactor.redact("Cannot connect to postgresql://bob:pw@10.0.0.1/db (refused)"))
        .isEqualTo("Cannot connect to postgresql://****@10.0.0.1/db (refused)");
  }

  @Test
  void redact_jdbcPropertiesAndTokens_hidden() {
    assertThat(UrlRedactor.redact("jdbc:sqlserver://h;user=u;password=p;db=x"))
        .isEqualTo("jdbc:sqlserver://h;user=u;password=****;db=x");
    assertThat(UrlRedactor.redact("https://api.example/x?api_key=abc&q=1"))
        .isEqualTo("https://api.example/x?api_key=****&q=1");
  }

  @Test
  void redact_plainUrlsAndMailAddresses_unchanged() {
    assertThat(UrlRedactor.redact("https://news.example/a?id=3"))
        .isEqualTo("https://news.example/a?id=3");
    assertThat(UrlRedactor.redact("./data")).isEqualTo("./data");
  }
}
