package io.gloss.config.cli;

import io.gloss.core.domain.ArticleUnavailableException;
import io.gloss.core.domain.RequestOrigin;
import io.gloss.core.domain.SummaryRequest;
import io.gloss.core.domain.SummaryResult;
import io.gloss.core.domain.SummaryStyle;
import io.gloss.core.render.PlainTextRenderer;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code gloss summarize}: prints the reply exactly as the bot would post it. */
@Command(
    name = "summarize",
    description = "Summarize articles (URLs or saved HTML files) and explain their hard terms.")
final class SummarizeCommand implements Callable<Integer> {

  @ParentCommand GlossCommand root;

  @Parameters(
      arity = "1..*",
      paramLabel = "URL_OR_FILE",
      description = "Article URLs or HTML files.")
  List<String> inputs;

  @Option(names = "--url", description = "The URL a local file was saved from.")
  @Nullable String url;

  @Option(
      names = "--style",
      defaultValue = "brief",
      description = "brief (default), short, simple, 5w1h.")
  String style;

  @Option(
      names = "--lang",
      defaultValue = "auto",
      description = "auto (article language), ko, en, …")
  String lang;

  @Option(
      names = "--format",
      defaultValue = "text",
      description = "text (as posted), json, slack (Block Kit payload), discord (message payload).")
  String format;

  @Override
  public Integer call() throws Exception {
    SummaryStyle summaryStyle =
        SummaryStyle.parse(style)
            .orElseThrow(() -> new UsageException("--style must be brief, short, simple or 5w1h"));
    OutputFormat output = OutputFormat.parse(format);
    String language = lang.equalsIgnoreCase("auto") ? null : lang.toLowerCase(Locale.ROOT);
    if (language != null && !language.matches("[a-z]{2}")) {
      throw new UsageException("--lang must be auto or a two-letter language code, e.g. ko, en");
    }
    int exit = GlossCommand.OK;
    boolean first = true;
    for (String input : inputs) {
      SummaryResult result = summarize(input, summaryStyle, language);
      if (result instanceof SummaryResult.Failure failure) {
        root.err().println(shown(input) + ": " + failure.reason().code() + ": " + failure.detail());
        exit = GlossCommand.INPUT_FAILED;
      }
      if (!first && output == OutputFormat.TEXT) {
        root.out().println();
      }
      root.out().print(render(input, result, output, language));
      first = false;
      root.out().flush();
    }
    return exit;
  }

  /** The input as named on stderr: a 10 kB URL is cut, so that the line stays one line. */
  static String shown(String input) {
    return input.length() <= 200 ? input : input.substring(0, 200) + "…";
  }

  private SummaryResult summarize(String input, SummaryStyle style, @Nullable String language) {
    CliInput resolved;
    try {
      resolved = CliInput.resolve(input, url);
    } catch (ArticleUnavailableException e) {
      return new SummaryResult.Failure(input, e.reason(), e.detail());
    }
    String requestUrl = resolved.url() != null ? resolved.url() : input;
    SummaryRequest request = new SummaryRequest(requestUrl, style, language, RequestOrigin.CLI);
    return resolved.page() != null
        ? root.app().summarize().summarizePage(resolved.page(), request)
        : root.app().summarize().summarize(request);
  }

  /** The language of the bot's own words: the summary's, else Korean. */
  private static String uiLanguage(SummaryResult result) {
    return result instanceof SummaryResult.Success success ? success.summary().language() : "ko";
  }

  private String render(
      String input, SummaryResult result, OutputFormat output, @Nullable String language)
      throws Exception {
    return switch (output) {
      case TEXT -> new PlainTextRenderer().render(result, language);
      case JSON ->
          JsonViews.mapper().writeValueAsString(JsonViews.summaryResult(input, result)) + "\n";
      case SLACK -> PlatformPayloads.slack(result) + "\n";
      case DISCORD -> PlatformPayloads.discord(result, uiLanguage(result)) + "\n";
    };
  }
}
