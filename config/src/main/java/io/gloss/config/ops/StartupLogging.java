package io.gloss.config.ops;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.core.spi.ContextAwareBase;
import java.util.List;

/**
 * Logback's configuration until {@link Logging#apply} sets the configured level and format: text
 * lines to stderr (platform token shapes masked) at the level of the system property {@code
 * gloss.log.level} (default {@code info}), Flyway and Hikari at {@code warn}. In code rather than a
 * {@code logback.xml}: reading the XML cost about 0.4 s of every start on a cold JVM. Logback finds
 * it through {@code META-INF/services/ch.qos.logback.classic.spi.Configurator}.
 */
public final class StartupLogging extends ContextAwareBase implements Configurator {

  @Override
  public ExecutionStatus configure(LoggerContext context) {
    Logging.console(
        context, System.getProperty("gloss.log.level", "info"), Logging.Format.TEXT, List.of());
    context.getLogger("org.flywaydb").setLevel(Level.WARN);
    context.getLogger("com.zaxxer.hikari").setLevel(Level.WARN);
    return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
  }
}
