package io.gloss.config.cli;

import io.gloss.core.domain.DefineResult;
import io.gloss.core.render.PlainTextRenderer;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code gloss define}: explains a term from the glossary in the data directory. */
@Command(
    name = "define",
    description = "Explain a term (from articles, the team glossary, dictionaries).")
final class DefineCommand implements Callable<Integer> {

  @ParentCommand GlossCommand root;

  @Parameters(arity = "1..*", paramLabel = "TERM", description = "The term, e.g. 소버린AI.")
  List<String> words;

  @Option(names = "--format", defaultValue = "text", description = "text or json.")
  String format;

  @Override
  public Integer call() throws Exception {
    String term = String.join(" ", words).trim();
    if (term.isEmpty() || term.length() > 200) {
      throw new UsageException("the term must have 1 to 200 characters");
    }
    if (!format.equals("text") && !format.equals("json")) {
      throw new UsageException("--format must be text or json");
    }
    DefineResult result = root.app().define().define(term);
    if (format.equals("json")) {
      root.out().println(JsonViews.mapper().writeValueAsString(JsonViews.define(term, result)));
    } else {
      root.out().print(new PlainTextRenderer().render(result, languageOf(term)));
    }
    return GlossCommand.OK;
  }

  private static String languageOf(String term) {
    return term.codePoints()
            .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL)
        ? "ko"
        : "en";
  }
}
