package io.gloss.config;

import io.gloss.config.cli.CliErrors;
import io.gloss.config.cli.GlossCommand;
import io.gloss.config.cli.HelpOptions;
import io.gloss.config.cli.UsageException;
import io.gloss.config.settings.ConfigException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import picocli.CommandLine;

/** Entry point of the runnable jar: {@code java -jar gloss.jar <command>}. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    if (System.getProperty("gloss.log.level") == null) {
      // Until the configuration is loaded (then log.level and log.format apply: see
      // GlossCommand.settings), only problems are logged, to stderr.
      System.setProperty("gloss.log.level", "warn");
    }
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    int exit = run(args, System.getenv(), out, err);
    out.flush();
    err.flush();
    System.exit(exit);
  }

  /** Runs a command line; returns the exit code (0 done, 2 usage or configuration, 3 input). */
  public static int run(String[] args, Map<String, String> env, PrintWriter out, PrintWriter err) {
    try (GlossCommand root = new GlossCommand(env)) {
      CommandLine commandLine = new CommandLine(root);
      commandLine.setOut(out);
      commandLine.setErr(err);
      commandLine.setExecutionExceptionHandler(
          (e, cmd, parsed) -> {
            if (e instanceof ConfigException) {
              err.println(e.getMessage());
              return GlossCommand.USAGE;
            }
            if (e instanceof UsageException) {
              err.println("gloss: " + e.getMessage());
              return GlossCommand.USAGE;
            }
            return CliErrors.report(e, err);
          });
      HelpOptions.addToEverySubcommand(commandLine);
      return commandLine.execute(args);
    }
  }
}
