package io.gloss.config.cli;

import java.util.Locale;

/** Output formats of {@code gloss summarize}. */
enum OutputFormat {
  TEXT,
  JSON,
  SLACK,
  DISCORD;

  static OutputFormat parse(String text) {
    try {
      return valueOf(text.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new UsageException("--format must be text, json, slack or discord");
    }
  }
}
