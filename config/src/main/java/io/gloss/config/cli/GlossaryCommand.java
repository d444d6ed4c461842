package io.gloss.config.cli;

import io.gloss.config.GlossApp;
import io.gloss.core.domain.Workspace;
import io.gloss.core.glossary.GlossaryExporter;
import io.gloss.core.glossary.GlossaryImporter;
import io.gloss.core.glossary.ImportResult;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code gloss glossary import|export}. */
@Command(
    name = "glossary",
    description = "Import or export glossary entries (team terms, dictionaries).",
    subcommands = {GlossaryCommand.Import.class, GlossaryCommand.Export.class})
final class GlossaryCommand implements Callable<Integer> {
  @ParentCommand GlossCommand root;

  @Override
  public Integer call() {
    root.err()
        .println("Usage: gloss glossary import <file> | gloss glossary export [--format tsv|json]");
    return GlossCommand.USAGE;
  }

  /** Imports TSV/CSV (term, explanation, source) or 우리말샘/표준국어대사전 XML exports. */
  @Command(name = "import", description = "Import a TSV, CSV or NIKL dictionary XML file.")
  static final class Import implements Callable<Integer> {
    @ParentCommand GlossaryCommand parent;

    @Parameters(paramLabel = "FILE", description = "A .tsv, .csv or .xml file.")
    Path file;

    @Override
    public Integer call() throws IOException {
      if (!Files.isRegularFile(file)) {
        parent.root.err().println("gloss: no such file: " + file);
        return GlossCommand.INPUT_FAILED;
      }
      if (looksBinary(file)) {
        parent
            .root
            .err()
            .println("gloss: " + file + ": a binary file, not a TSV, CSV or dictionary XML file");
        return GlossCommand.INPUT_FAILED;
      }
      ImportResult result =
          new GlossaryImporter(parent.root.app().stores().glossary()).importFile(file);
      parent
          .root
          .out()
          .printf(
              "Imported %d of %d entries from %s (%d skipped).%n",
              result.imported(), result.read(), file, result.skipped());
      return GlossCommand.OK;
    }
  }

  /** NUL bytes in the first 8 KB: an image, an archive, a spreadsheet, never a text glossary. */
  static boolean looksBinary(Path file) throws IOException {
    byte[] head;
    try (java.io.InputStream in = Files.newInputStream(file)) {
      head = in.readNBytes(8192);
    }
    boolean utf16 =
        head.length >= 2
            && ((head[0] == (byte) 0xFF && head[1] == (byte) 0xFE)
                || (head[0] == (byte) 0xFE && head[1] == (byte) 0xFF));
    if (utf16) {
      return false;
    }
    for (byte b : head) {
      if (b == 0) {
        return true;
      }
    }
    return false;
  }

  /** Writes every glossary entry with its source. */
  @Command(name = "export", description = "Export the glossary as TSV or JSON to stdout.")
  static final class Export implements Callable<Integer> {
    @ParentCommand GlossaryCommand parent;

    @Option(names = "--format", defaultValue = "tsv", description = "tsv or json.")
    String format;

    @Option(
        names = "--workspace",
        defaultValue = "default",
        description =
            "Whose team terms to include: slack:TEAM_ID, discord:GUILD_ID or default (the"
                + " single-workspace default). Other workspaces' terms are never exported.")
    String workspace;

    @Override
    public Integer call() throws IOException {
      Workspace whose;
      try {
        whose = new Workspace(workspace.strip());
      } catch (IllegalArgumentException e) {
        throw new UsageException("--workspace must be slack:TEAM_ID, discord:GUILD_ID or default");
      }
      GlossApp.Stores stores = parent.root.app().stores();
      GlossaryExporter exporter = new GlossaryExporter(stores.glossary(), stores.team(), whose);
      Writer out = new OutputStreamWriter(System.out, StandardCharsets.UTF_8);
      int count =
          switch (format) {
            case "tsv" -> exporter.exportTsv(out);
            case "json" -> exporter.exportJson(out);
            default -> throw new UsageException("--format must be tsv or json");
          };
      out.flush();
      parent.root.err().println("Exported " + count + " entries.");
      return GlossCommand.OK;
    }
  }
}
