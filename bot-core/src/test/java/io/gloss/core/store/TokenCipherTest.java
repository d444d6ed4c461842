package io.gloss.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import org.junit.jupiter.api.Test;

class TokenCipherTest {
  private static final String KEY = Base64.getEncoder().encodeToString(new byte[16]);

  @Test
  void seal_open_roundTrips_withAFreshNonceEachTime() {
    TokenCipher cipher = TokenCipher.fromBase64Key(KEY);

    String first = cipher.seal("xoxb-token", "bot:T1");
    String second = cipher.seal("xoxb-token", "bot:T1");

    assertThat(first).isNotEqualTo(second).startsWith("gcm1:");
    assertThat(cipher.open(first, "bot:T1")).isEqualTo("xoxb-token");
  }

  @Test
  void open_onAnotherRow_fails() {
    TokenCipher cipher = TokenCipher.fromBase64Key(KEY);

    String sealed = cipher.seal("xoxb-token", "bot:T1");

    assertThatThrownBy(() -> cipher.open(sealed, "bot:T2")).hasMessageContaining("decrypt");
  }

  @Test
  void fromBase64Key_rejectsBadKeys_withoutEchoingThem() {
    assertThatThrownBy(() -> TokenCipher.fromBase64Key("not base64 !!secret"))
        .hasMessageNotContaining("secret")
        .hasMessageContaining("base64");
    assertThatThrownBy(
            () -> TokenCipher.fromBase64Key(Base64.getEncoder().encodeToString(new byte[10])))
        .hasMessageContaining("10 bytes");
    assertThat(TokenCipher.fromBase64Key(KEY).toString()).doesNotContain(KEY);
  }

  @Test
  void none_storesValuesAsTheyAre() {
    assertThat(TokenCipher.none().seal("xoxb-token", "bot:T1")).isEqualTo("xoxb-token");
    assertThat(TokenCipher.none().encrypts()).isFalse();
  }
}
