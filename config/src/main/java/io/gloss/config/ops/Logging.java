package io.gloss.config.ops;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.PatternLayout;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.encoder.Encoder;
import ch.qos.logback.core.encoder.LayoutWrappingEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import net.logstash.logback.encoder.LogstashEncoder;
import net.logstash.logback.fieldnames.LogstashFieldNames;
import net.logstash.logback.mask.MaskingJsonGeneratorDecorator;
import org.slf4j.LoggerFactory;

/**
 * Sets the log level and format once the configuration is known. Every line goes to stderr (stdout
 * carries results only). Text is one line per event; JSON is one object per line with {@code
 * timestamp}, {@code level}, {@code logger}, {@code thread}, {@code message}, the MDC fields
 * ({@code platform}, {@code workspace}, {@code channel}, {@code request_id}) and {@code exception}
 * as one string.
 *
 * <p>The configured secret values, and anything shaped like a Slack token, are replaced by {@code
 * ****} in every line whichever library wrote it: a debug log of an HTTP client must not leak a
 * token.
 */
public final class Logging {
  static final String MASK = "****";

  /** Shapes of platform tokens, masked even when they are not the configured ones. */
  private static final List<Pattern> TOKEN_SHAPES =
      List.of(
          Pattern.compile("xox[abposr]-[A-Za-z0-9-]{6,}"),
          Pattern.compile("xapp-[A-Za-z0-9-]{6,}"));

  private static final String TEXT_PATTERN =
      "%d{yyyy-MM-dd'T'HH:mm:ss.SSSXXX} %-5level %logger{24} - %msg%n";

  private Logging() {}

  /** The log line format. */
  public enum Format {
    TEXT,
    JSON;

    /** Parses {@code text} or {@code json} (validated by the configuration checks). */
    public static Format parse(String text) {
      return "json".equals(text.trim().toLowerCase(Locale.ROOT)) ? JSON : TEXT;
    }
  }

  /**
   * Replaces the console appender: stderr, the given level and format, secrets masked.
   *
   * @param level error, warn, info, debug or trace
   * @param format text or JSON lines
   * @param secrets configured secret values (tokens, passwords, API keys) to mask
   */
  public static void apply(String level, Format format, Collection<String> secrets) {
    if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
      return; // another SLF4J binding (never in the jar): leave its configuration alone
    }
    console(context, level, format, secrets);
  }

  /** Sets the one console appender of {@code context}'s root logger, and the root level. */
  static void console(
      LoggerContext context, String level, Format format, Collection<String> secrets) {
    List<Pattern> masks = masks(secrets);
    ch.qos.logback.classic.Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    Encoder<ILoggingEvent> encoder =
        format == Format.JSON ? jsonEncoder(context, masks) : textEncoder(context, masks);
    ConsoleAppender<ILoggingEvent> appender = new ConsoleAppender<>();
    appender.setContext(context);
    appender.setName("STDERR");
    appender.setTarget("System.err");
    appender.setEncoder(encoder);
    appender.start();
    root.detachAndStopAllAppenders();
    root.addAppender(appender);
    root.setLevel(Level.toLevel(level, Level.INFO));
  }

  static List<Pattern> masks(Collection<String> secrets) {
    List<Pattern> masks = new java.util.ArrayList<>(TOKEN_SHAPES);
    secrets.stream()
        // Very short values would mask ordinary words; config checks refuse such secrets anyway.
        .filter(secret -> secret.length() >= 4)
        .map(secret -> Pattern.compile(Pattern.quote(secret)))
        .forEach(masks::add);
    return List.copyOf(masks);
  }

  static String mask(String line, List<Pattern> masks) {
    String out = line;
    for (Pattern mask : masks) {
      out = mask.matcher(out).replaceAll(MASK);
    }
    return out;
  }

  private static Encoder<ILoggingEvent> textEncoder(LoggerContext context, List<Pattern> masks) {
    MaskingLayout layout = new MaskingLayout(masks);
    layout.setContext(context);
    layout.setPattern(TEXT_PATTERN);
    layout.start();
    LayoutWrappingEncoder<ILoggingEvent> encoder = new LayoutWrappingEncoder<>();
    encoder.setContext(context);
    encoder.setLayout(layout);
    encoder.setCharset(StandardCharsets.UTF_8);
    encoder.start();
    return encoder;
  }

  private static Encoder<ILoggingEvent> jsonEncoder(LoggerContext context, List<Pattern> masks) {
    LogstashEncoder encoder = new LogstashEncoder();
    encoder.setContext(context);
    LogstashFieldNames names = encoder.getFieldNames();
    names.setTimestamp("timestamp");
    names.setLogger("logger");
    names.setThread("thread");
    names.setStackTrace("exception");
    names.setVersion("[ignore]");
    names.setLevelValue("[ignore]");
    encoder.setIncludeContext(false);
    MaskingJsonGeneratorDecorator decorator = new MaskingJsonGeneratorDecorator();
    decorator.setDefaultMask(MASK);
    masks.forEach(mask -> decorator.addValue(mask.pattern()));
    decorator.start(); // builds the masking delegate; the encoder does not start it
    encoder.setJsonGeneratorDecorator(decorator);
    encoder.start();
    return encoder;
  }

  /** A pattern layout whose every rendered line (message and stack trace) has secrets masked. */
  private static final class MaskingLayout extends PatternLayout {
    private final List<Pattern> masks;

    MaskingLayout(List<Pattern> masks) {
      this.masks = masks;
    }

    @Override
    public String doLayout(ILoggingEvent event) {
      return mask(super.doLayout(event), masks);
    }
  }
}
