package io.gloss.config.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gloss.core.domain.Article;
import io.gloss.core.domain.ArticleUnavailableException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code gloss extract}: one JSON object per input per line (JSON Lines). */
@Command(
    name = "extract",
    description = "Extract articles (metadata, clean text, glossary box) as JSON Lines.")
final class ExtractCommand implements Callable<Integer> {

  @ParentCommand GlossCommand root;

  @Parameters(
      arity = "0..*",
      paramLabel = "URL_OR_FILE",
      description = "Article URLs or HTML files.")
  List<String> inputs = new ArrayList<>();

  @Option(names = "--url", description = "The URL a local file was saved from.")
  @Nullable String url;

  @Option(
      names = "--batch",
      paramLabel = "FILE",
      description = "Lines of PATH<TAB>URL (URL optional): many pages in one run.")
  @Nullable Path batch;

  @Option(names = "--format", defaultValue = "json", description = "json (JSON Lines).")
  String format;

  @Override
  public Integer call() throws IOException {
    if (!format.equalsIgnoreCase("json")) {
      throw new UsageException("--format must be json");
    }
    List<String[]> jobs = new ArrayList<>();
    for (String input : inputs) {
      jobs.add(new String[] {input, url});
    }
    if (batch != null) {
      for (String line : Files.readAllLines(batch, StandardCharsets.UTF_8)) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] parts = line.split("\t", 2);
        jobs.add(new String[] {parts[0].trim(), parts.length > 1 ? parts[1].trim() : null});
      }
    }
    if (jobs.isEmpty()) {
      throw new UsageException("give at least one URL or file, or --batch FILE");
    }
    int exit = GlossCommand.OK;
    for (String[] job : jobs) {
      ObjectNode line = extract(job[0], job[1]);
      if (!line.get("error").isNull()) {
        exit = GlossCommand.INPUT_FAILED;
        root.err().println(job[0] + ": " + line.get("error").get("message").asText());
      }
      root.out().println(JsonViews.mapper().writeValueAsString(line));
      root.out().flush();
    }
    return exit;
  }

  private ObjectNode extract(String input, @Nullable String savedFrom) {
    try {
      CliInput resolved = CliInput.resolve(input, savedFrom);
      Article article =
          resolved.page() != null
              ? root.extraction().pages().extractPage(resolved.page())
              : root.extraction().pages().extract(input);
      return JsonViews.extraction(input, resolved.url(), article, null);
    } catch (ArticleUnavailableException e) {
      return JsonViews.extraction(
          input, savedFrom, null, JsonViews.error(e.reason().code(), e.detail()));
    } catch (RuntimeException e) {
      // One broken page must not stop a batch of hundreds: report it on its own line.
      return JsonViews.extraction(
          input, savedFrom, null, JsonViews.error("extraction_failed", String.valueOf(e)));
    }
  }
}
