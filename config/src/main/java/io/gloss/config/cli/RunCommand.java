package io.gloss.config.cli;

import io.gloss.config.ChatAdapters;
import io.gloss.config.settings.Settings;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code gloss run}: starts every chat adapter whose credentials are configured. */
@Command(name = "run", description = "Run the bot with every configured adapter (Slack, Discord).")
final class RunCommand implements Callable<Integer> {

  @ParentCommand GlossCommand root;

  @Override
  public Integer call() throws InterruptedException, java.io.IOException {
    Settings settings = root.settings();
    List<String> missing = ChatAdapters.missingCredentials(settings);
    if (!ChatAdapters.anyConfigured(settings)) {
      root.err().println("Nothing to run: no chat platform is configured.");
      missing.forEach(line -> root.err().println("  - " + line));
      root.err().println("See README.md, \"Connect to Slack\" and \"Connect to Discord\".");
      return GlossCommand.USAGE;
    }
    missing.forEach(line -> root.err().println("Note: " + line));
    CountDownLatch stopped = new CountDownLatch(1);
    root.app().warmUp();
    try (ChatAdapters adapters = ChatAdapters.start(settings, root.app())) {
      root.err()
          .println(
              "Gloss is running: " + String.join(", ", adapters.names()) + ". Ctrl-C stops it.");
      root.err().flush();
      Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown, "gloss-shutdown"));
      stopped.await();
    }
    return GlossCommand.OK;
  }
}
