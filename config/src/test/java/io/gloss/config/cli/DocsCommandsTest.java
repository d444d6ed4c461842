package io.gloss.config.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Every {@code gloss} command the README and docs/*.md name exists in the command line. */
class DocsCommandsTest {
  /** In prose: a command in backticks, e.g. {@code `gloss eval cache`} (not Slack's /gloss). */
  private static final Pattern IN_BACKTICKS =
      Pattern.compile("`(?:\\./|\\S*bin/)?gloss ([a-z][a-z-]*)(?: ([a-z][a-z-]*))?");

  /** In a fenced block: a command line, e.g. {@code $ ./gloss summarize FILE}. */
  private static final Pattern IN_CODE =
      Pattern.compile("^\\s*(?:\\$ )?(?:\\./|\\S*bin/)?gloss ([a-z][a-z-]*)(?: ([a-z][a-z-]*))?");

  @Test
  void docs_everyNamedCommand_exists() throws IOException {
    CommandLine gloss = new CommandLine(new GlossCommand(Map.of()));
    List<String> named = new ArrayList<>();
    List<String> unknown = new ArrayList<>();
    for (Path doc : docs()) {
      boolean inCode = false;
      for (String line : Files.readAllLines(doc, StandardCharsets.UTF_8)) {
        if (line.trim().startsWith("```")) {
          inCode = !inCode;
          continue;
        }
        Matcher matcher = (inCode ? IN_CODE : IN_BACKTICKS).matcher(line);
        while (matcher.find()) {
          String command = matcher.group(1);
          String sub = matcher.group(2);
          named.add(command);
          if (!exists(gloss, command, sub)) {
            unknown.add(doc.getFileName() + ": gloss " + command + (sub == null ? "" : " " + sub));
          }
        }
      }
    }

    assertThat(named).as("the docs name commands").contains("run", "summarize", "eval");
    assertThat(unknown).as("commands named in the docs that do not exist").isEmpty();
  }

  @Test
  void exists_unknownCommandOrSubcommand_isFalse() {
    CommandLine gloss = new CommandLine(new GlossCommand(Map.of()));

    assertThat(exists(gloss, "bench", "cache")).isFalse();
    assertThat(exists(gloss, "eval", "speed")).isFalse();
    assertThat(exists(gloss, "eval", "cache")).isTrue();
    assertThat(exists(gloss, "summarize", "examples")).isTrue(); // an argument, not a subcommand
  }

  /** The command exists; a second word must be one of its subcommands when it has any. */
  static boolean exists(CommandLine root, String command, String sub) {
    CommandLine found = root.getSubcommands().get(command);
    if (found == null) {
      return false;
    }
    return sub == null
        || found.getSubcommands().isEmpty()
        || found.getSubcommands().containsKey(sub);
  }

  private static List<Path> docs() throws IOException {
    List<Path> docs = new ArrayList<>();
    docs.add(Path.of("../README.md"));
    try (Stream<Path> files = Files.list(Path.of("../docs"))) {
      files.filter(file -> file.toString().endsWith(".md")).sorted().forEach(docs::add);
    }
    return docs;
  }
}
