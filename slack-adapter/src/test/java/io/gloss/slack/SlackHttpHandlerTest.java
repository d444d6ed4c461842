package io.gloss.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.app_backend.SlackSignature;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * HOSTILE-INPUTS row 27: Gloss's own signature check, over the raw bytes, agrees with Slack's
 * algorithm (Bolt's generator is the reference) and accepts nothing else. That the comparison takes
 * constant time is a property of the code ({@code MessageDigest.isEqual}); timing it on a shared
 * machine would prove nothing.
 */
class SlackHttpHandlerTest {
  private static final String SECRET = "test-signing-secret";
  private static final String TS = "1700000000";
  private static final String BODY =
      "team_id=T0001&command=%2Fdefine&text=%EC%86%8C%EB%B2%84%EB%A6%B0AI+%EB%9C%BB&user_id=U1";

  private static boolean matches(String secret, String ts, String body, String signature) {
    return SlackHttpHandler.signatureMatches(
        secret, ts, body.getBytes(StandardCharsets.UTF_8), signature);
  }

  @Test
  void signatureMatches_slacksSignatureOfTheRawBody_isAccepted() {
    String signature = new SlackSignature.Generator(SECRET).generate(TS, BODY);
    String korean = "{\"text\":\"소버린AI <!channel>\"}";

    assertThat(matches(SECRET, TS, BODY, signature)).isTrue();
    assertThat(
            matches(SECRET, TS, korean, new SlackSignature.Generator(SECRET).generate(TS, korean)))
        .isTrue();
  }

  @Test
  void signatureMatches_anythingElse_isRefused() {
    String signature = new SlackSignature.Generator(SECRET).generate(TS, BODY);
    char last = signature.charAt(signature.length() - 1);
    String flipped = signature.substring(0, signature.length() - 1) + (last == '0' ? '1' : '0');

    assertThat(matches(SECRET, TS, BODY, flipped)).isFalse();
    assertThat(matches(SECRET, TS, BODY, signature.substring(0, signature.length() - 1))).isFalse();
    assertThat(matches(SECRET, TS, BODY, signature + "0")).isFalse();
    assertThat(matches(SECRET, TS, BODY, signature.toUpperCase(java.util.Locale.ROOT))).isFalse();
    assertThat(matches(SECRET, TS, BODY, signature.replace("v0=", "v1="))).isFalse();
    assertThat(matches("other-secret", TS, BODY, signature)).isFalse();
    assertThat(matches(SECRET, "1700000001", BODY, signature)).isFalse();
    assertThat(matches(SECRET, TS, BODY.replace("+", "%20"), signature)).isFalse();
    assertThat(
            SlackHttpHandler.signatureMatches(
                SECRET, TS, BODY.getBytes(StandardCharsets.UTF_8), null))
        .isFalse();
    assertThat(
            SlackHttpHandler.signatureMatches(
                null, TS, BODY.getBytes(StandardCharsets.UTF_8), signature))
        .isFalse();
    assertThat(
            SlackHttpHandler.signatureMatches(
                "", TS, BODY.getBytes(StandardCharsets.UTF_8), signature))
        .isFalse();
  }
}
