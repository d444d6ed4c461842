package io.gloss.config.cli;

import io.gloss.core.domain.SummaryResult;

/** The exact payloads the chat adapters post, for {@code --format slack|discord}. */
final class PlatformPayloads {
  private PlatformPayloads() {}

  static String slack(SummaryResult result) {
    throw new UsageException("--format slack is not available in this build");
  }

  static String discord(SummaryResult result) {
    throw new UsageException("--format discord is not available in this build");
  }
}
