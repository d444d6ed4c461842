package io.gloss.core.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The byte-loop UTF-8 check agrees with the JDK's strict decoder on every input. */
class CharsetsUtf8Test {

  private static boolean jdkValid(byte[] bytes) {
    try {
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  private static byte[] bytes(int... values) {
    byte[] out = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = (byte) values[i];
    }
    return out;
  }

  @Test
  void edgeCases_matchTheStrictDecoder() {
    byte[][] cases = {
      "뉴스 기사 news ✓ 😀".getBytes(StandardCharsets.UTF_8),
      bytes(0xC0, 0x80), // overlong NUL
      bytes(0xE0, 0x80, 0x80), // overlong three-byte
      bytes(0xED, 0xA0, 0x80), // surrogate D800
      bytes(0xF4, 0x90, 0x80, 0x80), // above U+10FFFF
      bytes(0xF0, 0x8F, 0xBF, 0xBF), // overlong four-byte
      bytes(0xEA, 0xB0), // truncated
      bytes(0xBF), // lone continuation
      bytes(0xFF),
      "가격".getBytes(java.nio.charset.Charset.forName("EUC-KR")),
    };
    for (byte[] c : cases) {
      assertThat(Charsets.isValidUtf8(c, 0))
          .as(java.util.Arrays.toString(c))
          .isEqualTo(jdkValid(c));
    }
    assertThat(Charsets.isValidUtf8(cases[0], 0)).isTrue();
    assertThat(Charsets.isValidUtf8(cases[1], 0)).isFalse();
  }

  @Test
  void randomBytes_matchTheStrictDecoder() {
    Random random = new Random(42);
    for (int n = 0; n < 20_000; n++) {
      byte[] b = new byte[random.nextInt(12)];
      for (int i = 0; i < b.length; i++) {
        // Mostly bytes around the lead and continuation ranges, where the rules are.
        b[i] = (byte) (random.nextBoolean() ? 0x80 + random.nextInt(0x80) : random.nextInt(256));
      }
      assertThat(Charsets.isValidUtf8(b, 0))
          .as(java.util.Arrays.toString(b))
          .isEqualTo(jdkValid(b));
    }
  }

  @Test
  void asciiRunsWithStrayBytes_matchTheStrictDecoder() {
    // Long ASCII runs are checked eight bytes at a time: a bad byte at any place in or after such a
    // run, and a sequence cut by the end of the input, must still be seen.
    Random random = new Random(7);
    byte[] korean = "기사".getBytes(StandardCharsets.UTF_8);
    for (int n = 0; n < 20_000; n++) {
      byte[] b = new byte[random.nextInt(40)];
      for (int i = 0; i < b.length; i++) {
        b[i] = (byte) (' ' + random.nextInt(95));
      }
      int strays = random.nextInt(3);
      for (int k = 0; k < strays && b.length > 0; k++) {
        int at = random.nextInt(b.length);
        if (random.nextBoolean()) {
          b[at] = (byte) (0x80 + random.nextInt(0x80));
        } else {
          System.arraycopy(korean, 0, b, at, Math.min(korean.length, b.length - at));
        }
      }
      assertThat(Charsets.isValidUtf8(b, 0))
          .as(java.util.Arrays.toString(b))
          .isEqualTo(jdkValid(b));
    }
    byte[] markup = ("<p>" + "a".repeat(1000) + "</p>").getBytes(StandardCharsets.UTF_8);
    assertThat(Charsets.isValidUtf8(markup, 0)).isTrue();
    markup[997] = (byte) 0xC3;
    assertThat(Charsets.isValidUtf8(markup, 0)).isFalse();
  }
}
