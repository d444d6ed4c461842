package io.gloss.config.settings;

/**
 * One thing wrong with the configuration.
 *
 * @param key the dotted key (or the file) the problem is about
 * @param message what is wrong, with the offending value already redacted if secret
 */
public record ConfigProblem(String key, String message) {
  @Override
  public String toString() {
    return key + ": " + message;
  }
}
