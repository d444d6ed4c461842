package io.gloss.config.settings;

/**
 * A raw configuration value and where it came from.
 *
 * @param text the value as written
 * @param origin {@code default}, {@code file gloss.yml} or {@code env GLOSS_…}
 */
public record ConfigValue(String text, String origin) {}
