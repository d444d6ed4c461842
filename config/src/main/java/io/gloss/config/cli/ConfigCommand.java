package io.gloss.config.cli;

import io.gloss.config.settings.Settings;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code gloss config check}. */
@Command(
    name = "config",
    description = "Configuration tools.",
    subcommands = {ConfigCommand.Check.class})
final class ConfigCommand implements Callable<Integer> {
  @ParentCommand GlossCommand root;

  @Override
  public Integer call() {
    root.err().println("Usage: gloss config check");
    return GlossCommand.USAGE;
  }

  /** Validates the configuration and prints the effective settings, secrets redacted. */
  @Command(name = "check", description = "Validate the configuration and print effective settings.")
  static final class Check implements Callable<Integer> {
    @ParentCommand ConfigCommand parent;

    @Override
    public Integer call() {
      GlossCommand root = parent.root;
      Path file = root.configPath();
      Settings settings = root.settings();
      root.out().println("Configuration file: " + (file == null ? "(none)" : file));
      for (Settings.EffectiveValue value : settings.effective()) {
        root.out()
            .printf(
                "%-30s %-28s %s%n",
                value.key().name(), value.shown().isEmpty() ? "-" : value.shown(), value.origin());
      }
      settings.warnings().forEach(warning -> root.err().println("Warning: " + warning));
      root.out().println("OK: configuration is valid.");
      return GlossCommand.OK;
    }
  }
}
