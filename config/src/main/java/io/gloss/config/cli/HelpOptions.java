package io.gloss.config.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Gives every subcommand a {@code -h/--help} option, so {@code gloss summarize --help} prints its
 * usage (exit 0) instead of "unknown option". Added in code so no new subcommand can forget it.
 */
public final class HelpOptions {

  private HelpOptions() {}

  public static void addToEverySubcommand(CommandLine root) {
    for (CommandLine sub : root.getSubcommands().values()) {
      CommandSpec spec = sub.getCommandSpec();
      if (spec.findOption("--help") == null) {
        List<String> names = new ArrayList<>();
        if (spec.findOption("-h") == null) {
          names.add("-h");
        }
        names.add("--help");
        spec.addOption(
            OptionSpec.builder(names.toArray(String[]::new))
                .usageHelp(true)
                .description("Show this help message and exit.")
                .build());
      }
      addToEverySubcommand(sub);
    }
  }
}
