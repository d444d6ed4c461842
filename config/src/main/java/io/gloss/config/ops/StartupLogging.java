package io.gloss.config.ops;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.core.spi.ContextAwareBase;
import java.util.List;

/**
 * Logback's configuration until {@link Logging#apply} sets the configured level and format: text
 * lines to stderr (platform token shapes masked) at the level of the system property {@code
 * gloss.log.level} (default {@code info}), Flyway and Hikari at {@code warn}, the Slack client's
 * team-id cache silent. In code rather than a {@code logback.xml}: reading the XML cost about 0.4 s
 * of every start on a cold JVM. Logback finds it through {@code
 * META-INF/services/ch.qos.logback.classic.spi.Configurator}.
 */
public final class StartupLogging extends ContextAwareBase implements Configurator {

  @Override
  public ExecutionStatus configure(LoggerContext context) {
    Logging.console(
        context, System.getProperty("gloss.log.level", "info"), Logging.Format.TEXT, List.of());
    context.getLogger("org.flywaydb").setLevel(Level.WARN);
    context.getLogger("com.zaxxer.hikari").setLevel(Level.WARN);
    // The Slack client logs a failed auth.test here with its stack trace, before Bolt reports the
    // same failure; SlackBot names the cause in one line (an unreachable API, a refused token).
    context.getLogger("com.slack.api.methods.impl.TeamIdCache").setLevel(Level.OFF);
    return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
  }
}
