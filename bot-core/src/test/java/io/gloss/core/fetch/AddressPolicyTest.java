package io.gloss.core.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AddressPolicyTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "0.0.0.0",
        "0.1.2.3",
        "10.0.0.1",
        "100.64.0.1",
        "100.100.100.200",
        "100.127.255.255",
        "127.0.0.1",
        "127.255.255.254",
        "169.254.169.254",
        "172.16.0.1",
        "172.31.255.255",
        "192.0.0.8",
        "192.0.2.1",
        "192.88.99.1",
        "192.168.0.1",
        "198.18.0.1",
        "198.19.255.1",
        "198.51.100.7",
        "203.0.113.9",
        "224.0.0.1",
        "239.255.255.250",
        "240.0.0.1",
        "255.255.255.255",
        "::",
        "::1",
        "::127.0.0.1",
        "::ffff:127.0.0.1",
        "64:ff9b::a9fe:a9fe",
        "64:ff9b:1::1",
        "100::1",
        "2001::1",
        "2001:0:4136:e378::1",
        "2001:db8::1",
        "2001:2::1",
        "2001:10::1",
        "2001:20::1",
        "2002:7f00:1::",
        "3fff::1",
        "fc00::1",
        "fd00:ec2::254",
        "fe80::1",
        "fec0::1",
        "ff02::1"
      })
  void isPublic_specialAddress_isFalse(String ip) throws Exception {
    assertThat(AddressPolicy.isPublic(InetAddress.getByName(ip))).as(ip).isFalse();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "8.8.8.8", "1.1.1.1", "223.130.200.104", "100.63.255.255", "100.128.0.1", "172.15.0.1",
        "172.32.0.1", "192.0.1.1", "192.169.0.1", "198.17.0.1", "198.20.0.1", "223.255.255.255",
        "2001:4860:4860::8888", "2404:6800:4004::200e", "2001:1::1", "2600::1"
      })
  void isPublic_publicAddress_isTrue(String ip) throws Exception {
    assertThat(AddressPolicy.isPublic(InetAddress.getByName(ip))).as(ip).isTrue();
  }

  @Test
  void permits_cidrAndNameExemptions() throws Exception {
    AddressPolicy policy =
        AddressPolicy.of(List.of("10.1.0.0/16", "news.intranet", "*.corp.example", "fd00::/8"));
    InetAddress inside = InetAddress.getByName("10.1.2.3");
    InetAddress outside = InetAddress.getByName("10.2.0.1");

    assertThat(policy.permits("x.example", inside)).isTrue();
    assertThat(policy.permits("x.example", outside)).isFalse();
    assertThat(policy.permits("NEWS.intranet.", outside)).isTrue();
    assertThat(policy.permits("a.b.corp.example", outside)).isTrue();
    assertThat(policy.permits("corp.example.evil", outside)).isFalse();
    assertThat(policy.permits("x.example", InetAddress.getByName("fd00:ec2::254"))).isTrue();
    assertThat(policy.permits("x.example", InetAddress.getByName("fe80::1"))).isFalse();
  }

  @Test
  void cidr_oddPrefix_matchesBitwise() throws Exception {
    AddressPolicy policy = AddressPolicy.of(List.of("100.64.0.0/10"));

    assertThat(policy.permits("h", InetAddress.getByName("100.127.1.1"))).isTrue();
    assertThat(policy.permits("h", InetAddress.getByName("100.128.1.1"))).isTrue(); // public
    assertThat(
            AddressPolicy.Cidr.parse("100.64.0.0/10")
                .orElseThrow()
                .contains(InetAddress.getByName("100.128.1.1")))
        .isFalse();
  }

  @Test
  void of_malformedEntry_failsFast() {
    assertThatThrownBy(() -> AddressPolicy.of(List.of("10.0.0.0/33")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("10.0.0.0/33");
    assertThatThrownBy(() -> AddressPolicy.of(List.of("http://x")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> AddressPolicy.of(List.of("127.1/8")))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
