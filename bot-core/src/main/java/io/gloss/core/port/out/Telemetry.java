package io.gloss.core.port.out;

import java.time.Duration;

/**
 * Counts what the service does, for the operator's metrics endpoint. The core and the adapters
 * report events here without knowing the metrics library; the composition root supplies an
 * implementation ({@code config} uses Micrometer). Labels are small fixed vocabularies (platform
 * names, outcome and reason codes) — never message text, URLs, user ids or secrets.
 *
 * <p>Implementations are thread-safe and never throw.
 */
public interface Telemetry {

  /** Reports nothing: the default for one-shot commands and tests. */
  Telemetry NONE = new Telemetry() {};

  /**
   * A reply to a chat request was produced.
   *
   * @param platform {@code slack} or {@code discord}
   * @param outcome {@code ok}, or a failure reason code such as {@code fetch_timeout}
   */
  default void reply(String platform, String outcome) {}

  /**
   * A request was refused by a rate limit.
   *
   * @param platform {@code slack} or {@code discord}
   */
  default void rateLimited(String platform) {}

  /**
   * A digest run ended.
   *
   * @param outcome e.g. {@code posted}, {@code empty}, {@code failed}
   * @param took how long the run took
   */
  default void digestRun(String outcome, Duration took) {}
}
