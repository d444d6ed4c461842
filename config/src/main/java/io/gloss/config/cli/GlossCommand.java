package io.gloss.config.cli;

import io.gloss.config.ComponentChecks;
import io.gloss.config.GlossApp;
import io.gloss.config.PageExtraction;
import io.gloss.config.Wiring;
import io.gloss.config.ops.BuildInfo;
import io.gloss.config.ops.Instruments;
import io.gloss.config.ops.Logging;
import io.gloss.config.settings.ConfigKey;
import io.gloss.config.settings.ConfigKeys;
import io.gloss.config.settings.Settings;
import io.gloss.core.store.Database;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code gloss}: the root command. Holds the configuration and the lazily wired application. */
@Command(
    name = "gloss",
    mixinStandardHelpOptions = true,
    versionProvider = GlossCommand.Version.class,
    description = "Summarizes news articles and explains their hard terms, for Slack and Discord.",
    subcommands = {
      SummarizeCommand.class,
      ExtractCommand.class,
      DefineCommand.class,
      RunCommand.class,
      ConfigCommand.class,
      GlossaryCommand.class,
      DataCommand.class,
      DigestCommand.class,
      EvalCommand.class,
      CommandLine.HelpCommand.class
    })
public final class GlossCommand implements Callable<Integer>, AutoCloseable {
  /** Exit code: done. */
  public static final int OK = 0;

  /** Exit code: usage or configuration error. */
  public static final int USAGE = 2;

  /** Exit code: an input could not be processed (the message says why). */
  public static final int INPUT_FAILED = 3;

  /** Log level of one-shot commands when log.level is not set: only problems. */
  static final String DEFAULT_LOG_LEVEL = "warn";

  @Option(
      names = "--config",
      paramLabel = "FILE",
      description = "Configuration file (default: $GLOSS_CONFIG, else ./gloss.yml if present).")
  @Nullable Path configFile;

  @Spec CommandLine.Model.CommandSpec spec;

  private final Map<String, String> env;
  private @Nullable Settings settings;
  private @Nullable GlossApp app;
  private @Nullable PageExtraction extraction;

  public GlossCommand(Map<String, String> env) {
    this.env = Map.copyOf(env);
  }

  @Override
  public Integer call() {
    spec.commandLine().usage(out());
    return USAGE;
  }

  PrintWriter out() {
    return spec.commandLine().getOut();
  }

  PrintWriter err() {
    return spec.commandLine().getErr();
  }

  Map<String, String> env() {
    return env;
  }

  /** The configuration file in use, if any. */
  @Nullable Path configPath() {
    if (configFile != null) {
      return configFile;
    }
    String fromEnv = env.get("GLOSS_CONFIG");
    if (fromEnv != null && !fromEnv.isBlank()) {
      return Path.of(fromEnv);
    }
    Path local = Path.of("gloss.yml");
    return Files.isRegularFile(local) ? local : null;
  }

  /**
   * Loads and validates the configuration once, then sets up logging from it; throws
   * ConfigException with every problem.
   */
  Settings settings() {
    return settings(DEFAULT_LOG_LEVEL);
  }

  /**
   * As {@link #settings()}, with the log level to use when {@code log.level} is not set: {@code
   * gloss run} is a service and logs at info; one-shot commands stay quiet unless asked.
   */
  Settings settings(String defaultLogLevel) {
    if (settings == null) {
      Settings loaded = Settings.load(configPath(), env, ComponentChecks::of);
      Logging.apply(
          loaded.optional(ConfigKeys.LOG_LEVEL).orElse(defaultLogLevel),
          Logging.Format.parse(loaded.string(ConfigKeys.LOG_FORMAT)),
          ConfigKeys.all().stream()
              .filter(ConfigKey::secret)
              .flatMap(key -> loaded.optional(key).stream())
              .toList());
      settings = loaded;
    }
    return settings;
  }

  /** Wires the application once. */
  GlossApp app() {
    return app(Instruments.NONE);
  }

  /** Wires the application once, with metrics seeing into it. */
  GlossApp app(Instruments instruments) {
    if (app == null) {
      app = Wiring.build(settings(), instruments);
    }
    return app;
  }

  /** As {@link #app(Instruments)}, on the store {@link Wiring#openStore} is opening. */
  GlossApp app(Instruments instruments, CompletableFuture<Database> store) {
    if (app == null) {
      app = Wiring.build(settings(), instruments, store);
    }
    return app;
  }

  /**
   * Fetching and extraction alone, built once: {@code gloss extract} needs no store and no text
   * analysis. Shares nothing with {@link #app()}, so a command uses one or the other.
   */
  PageExtraction extraction() {
    if (extraction == null) {
      extraction = PageExtraction.of(settings());
    }
    return extraction;
  }

  @Override
  public void close() {
    if (extraction != null) {
      extraction.close();
    }
    if (app != null) {
      app.close();
    }
  }

  /** The version and commit the build wrote into the jar. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {BuildInfo.current().describe()};
    }
  }
}
