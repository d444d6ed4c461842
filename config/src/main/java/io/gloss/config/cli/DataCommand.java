package io.gloss.config.cli;

import io.gloss.core.domain.ChannelRef;
import io.gloss.core.store.DataExporter;
import io.gloss.core.store.DataPurger;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code gloss data export|purge}: for privacy requests and retention. */
@Command(
    name = "data",
    description = "Export or purge stored data.",
    subcommands = {DataCommand.Export.class, DataCommand.Purge.class})
final class DataCommand implements Callable<Integer> {
  @ParentCommand GlossCommand root;

  @Override
  public Integer call() {
    root.err()
        .println(
            "Usage: gloss data export [--output FILE] | gloss data purge --channel P:W:C | --expired");
    return GlossCommand.USAGE;
  }

  /** Every table as JSON. */
  @Command(name = "export", description = "Export all stored data as JSON.")
  static final class Export implements Callable<Integer> {
    @ParentCommand DataCommand parent;

    @Option(
        names = "--output",
        paramLabel = "FILE",
        description = "Write to FILE instead of stdout.")
    @Nullable Path output;

    @Override
    public Integer call() throws IOException {
      DataExporter exporter =
          new DataExporter(parent.root.app().stores().database(), Clock.systemUTC());
      if (output == null) {
        exporter.export(System.out);
        System.out.flush();
      } else {
        try (OutputStream out = Files.newOutputStream(output)) {
          exporter.export(out);
        }
        parent.root.err().println("Exported to " + output);
      }
      return GlossCommand.OK;
    }
  }

  /** Deletes a channel's data, or everything past its retention. */
  @Command(
      name = "purge",
      description = "Delete a channel's data (--channel) or expired data (--expired).")
  static final class Purge implements Callable<Integer> {
    @ParentCommand DataCommand parent;

    @Option(
        names = "--channel",
        paramLabel = "PLATFORM:WORKSPACE:CHANNEL",
        description = "e.g. slack:T0123:C0456 or discord:123456:789012.")
    @Nullable String channel;

    @Option(names = "--expired", description = "Delete what is past its retention period.")
    boolean expired;

    @Override
    public Integer call() {
      if ((channel == null) == !expired) {
        throw new UsageException(
            "give exactly one of --channel PLATFORM:WORKSPACE:CHANNEL or --expired");
      }
      DataPurger purger = new DataPurger(parent.root.app().stores().database());
      DataPurger.Purged purged;
      if (expired) {
        purged = purger.purgeExpired(Instant.now());
      } else {
        String[] parts = channel.split(":", -1);
        if (parts.length != 3 || java.util.Arrays.stream(parts).anyMatch(String::isBlank)) {
          throw new UsageException("--channel must look like slack:T0123:C0456");
        }
        purged = purger.purgeChannel(new ChannelRef(parts[0], parts[1], parts[2]));
      }
      parent.root.out().println("Deleted " + purged.total() + " rows " + purged.rowsByTable());
      return GlossCommand.OK;
    }
  }
}
