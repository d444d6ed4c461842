package io.gloss.core.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IpLiteralsTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2130706433",
        "0x7f000001",
        "0x7f.1",
        "0177.0.0.1",
        "127.1",
        "0",
        "127.0.0.1.",
        "1.2.3.4.5",
        "01.02.03.04",
        "256.1.1.1",
        "foo.0x10",
        "foo.123"
      })
  void parse_ambiguousNumericHost_isLiteralButUnparsed(String host) {
    assertThat(IpLiterals.looksLikeIpLiteral(host)).as(host).isTrue();
    assertThat(IpLiterals.parse(host)).as(host).isEmpty();
  }

  @Test
  void parse_canonicalForms_giveTheAddress() {
    assertThat(IpLiterals.parse("127.0.0.1").orElseThrow().getHostAddress()).isEqualTo("127.0.0.1");
    assertThat(IpLiterals.parse("[::1]").orElseThrow().getHostAddress())
        .isEqualTo("0:0:0:0:0:0:0:1");
    assertThat(IpLiterals.parse("::ffff:10.0.0.1").orElseThrow().getHostAddress())
        .isEqualTo("10.0.0.1");
    assertThat(IpLiterals.parse("fe80::1%eth0")).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"news.naver.com", "v.daum.net", "x1.example", "0x.example.com"})
  void looksLikeIpLiteral_name_isFalse(String host) {
    assertThat(IpLiterals.looksLikeIpLiteral(host)).as(host).isFalse();
  }
}
