package io.gloss.core.store;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;

/**
 * Encrypts secrets at rest (bot and refresh tokens) with AES-GCM from the JDK: a random 96-bit
 * nonce per value, a 128-bit tag, and the row's key as associated data, so that a value copied to
 * another row does not decrypt. Stored as {@code gcm1:<base64(nonce || ciphertext)>}. Without a key
 * values are stored as they are; values stored before a key was set are still read.
 */
public final class TokenCipher {
  private static final String PREFIX = "gcm1:";
  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;
  private static final SecureRandom RANDOM = new SecureRandom();

  private final @Nullable SecretKeySpec key;

  private TokenCipher(@Nullable SecretKeySpec key) {
    this.key = key;
  }

  /** Stores values as they are. */
  public static TokenCipher none() {
    return new TokenCipher(null);
  }

  /**
   * AES-GCM with a key given in base64 (16, 24 or 32 bytes: AES-128, -192 or -256).
   *
   * @throws IllegalArgumentException when the text is not such a key; the message never contains
   *     the key
   */
  public static TokenCipher fromBase64Key(String base64Key) {
    Objects.requireNonNull(base64Key, "base64Key");
    byte[] bytes;
    try {
      bytes = Base64.getDecoder().decode(base64Key.strip());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "must be base64 of 16, 24 or 32 random bytes (e.g. openssl rand -base64 32)");
    }
    if (bytes.length != 16 && bytes.length != 24 && bytes.length != 32) {
      throw new IllegalArgumentException(
          "must be base64 of 16, 24 or 32 bytes (e.g. openssl rand -base64 32), was "
              + bytes.length
              + " bytes");
    }
    TokenCipher cipher = new TokenCipher(new SecretKeySpec(bytes, "AES"));
    Arrays.fill(bytes, (byte) 0);
    return cipher;
  }

  public boolean encrypts() {
    return key != null;
  }

  /** The value as stored for the row {@code rowKey}. */
  public String seal(String value, String rowKey) {
    SecretKeySpec k = key;
    if (k == null) {
      return value;
    }
    try {
      byte[] nonce = new byte[NONCE_BYTES];
      RANDOM.nextBytes(nonce);
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.ENCRYPT_MODE, k, new GCMParameterSpec(TAG_BITS, nonce));
      cipher.updateAAD(rowKey.getBytes(StandardCharsets.UTF_8));
      byte[] sealed = cipher.doFinal(value.getBytes(StandardCharsets.UTF_8));
      byte[] out = new byte[NONCE_BYTES + sealed.length];
      System.arraycopy(nonce, 0, out, 0, NONCE_BYTES);
      System.arraycopy(sealed, 0, out, NONCE_BYTES, sealed.length);
      return PREFIX + Base64.getEncoder().encodeToString(out);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM encryption failed: " + e.getClass().getName(), e);
    }
  }

  /**
   * The value stored for the row {@code rowKey}, decrypted when it was encrypted.
   *
   * @throws IllegalStateException when it is encrypted and there is no key, or another key
   */
  public String open(String stored, String rowKey) {
    if (!stored.startsWith(PREFIX)) {
      return stored;
    }
    SecretKeySpec k = key;
    if (k == null) {
      throw new IllegalStateException(
          "A token is stored encrypted but store.encryption-key is not set");
    }
    try {
      byte[] in = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(
          Cipher.DECRYPT_MODE, k, new GCMParameterSpec(TAG_BITS, Arrays.copyOf(in, NONCE_BYTES)));
      cipher.updateAAD(rowKey.getBytes(StandardCharsets.UTF_8));
      byte[] plain = cipher.doFinal(in, NONCE_BYTES, in.length - NONCE_BYTES);
      return new String(plain, StandardCharsets.UTF_8);
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      throw new IllegalStateException(
          "A stored token does not decrypt with store.encryption-key (another key, or altered)");
    }
  }

  @Override
  public String toString() {
    return key == null ? "TokenCipher[none]" : "TokenCipher[AES-GCM, key=***]";
  }
}
