package io.gloss.core.llm;

import dev.langchain4j.model.chat.ChatModel;
import io.gloss.core.domain.AnalyzedArticle;
import io.gloss.core.domain.Article;
import io.gloss.core.domain.Bullet;
import io.gloss.core.domain.GlossaryEntry;
import io.gloss.core.domain.Note;
import io.gloss.core.domain.Provenance;
import io.gloss.core.domain.RequestOrigin;
import io.gloss.core.domain.SourceKind;
import io.gloss.core.domain.SummaryDraft;
import io.gloss.core.domain.SummaryMode;
import io.gloss.core.domain.SummaryStyle;
import io.gloss.core.domain.TermKey;
import io.gloss.core.port.out.LlmUsageStore;
import io.gloss.core.port.out.Summarizer;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Abstractive summaries with a language model, checked before they are shown. On any trouble
 * (budget, busy, timeout, 429, 5xx, refusal, empty or unreadable output after one repair, too few
 * faithful bullets) it returns the fallback's draft with a note saying why. The model sees the
 * article text only; {@link RequestOrigin} picks the budget and is never sent.
 */
public final class LlmSummarizer implements Summarizer {
  private static final Logger log = LoggerFactory.getLogger(LlmSummarizer.class);
  static final int MAX_BULLET_CHARS = 400;
  static final int MAX_EXPLANATION_CHARS = 300;

  private final LlmClient client;
  private final Summarizer fallback;

  /**
   * @param client the bounded model client (share one with {@link LlmTermDefiner})
   * @param fallback the offline extractive summarizer
   */
  public LlmSummarizer(LlmClient client, Summarizer fallback) {
    this.client = Objects.requireNonNull(client, "client");
    this.fallback = Objects.requireNonNull(fallback, "fallback");
  }

  public LlmSummarizer(
      ChatModel model,
      LlmSettings settings,
      Summarizer fallback,
      LlmUsageStore usage,
      Clock clock) {
    this(new LlmClient(model, settings, usage, clock), fallback);
  }

  public LlmMetrics metrics() {
    return client.metrics();
  }

  @Override
  public SummaryDraft summarize(
      AnalyzedArticle article, SummaryStyle style, String language, RequestOrigin origin) {
    LlmSettings settings = client.settings();
    SummaryPrompt prompt =
        SummaryPrompt.build(
            article, style, language, settings.maxInputChars(), client.supportsJsonSchema());
    if (prompt.sentences().isEmpty()) {
      client.metrics().fallback(FallbackReason.NO_TEXT);
      return fallback.summarize(article, style, language, origin);
    }
    String workspace = origin.platform() + ":" + origin.workspace();
    long estimate = prompt.estimatedTokens(settings.maxOutputTokens());

    LlmClient.Outcome first = client.call(workspace, prompt.request(), estimate);
    if (first instanceof LlmClient.Failed failed) {
      return fallback(article, style, language, origin, failed.reason());
    }
    String answer = ((LlmClient.Answer) first).text();
    SummaryParser.Result result = SummaryParser.parse(answer);
    if (result.parsed() == null) {
      client.metrics().repair();
      log.info("LLM answer unusable ({}), asking once more", result.problem());
      LlmClient.Outcome second =
          client.call(
              workspace,
              prompt.repairRequest(answer, Objects.requireNonNull(result.problem())),
              estimate);
      if (second instanceof LlmClient.Failed failed) {
        return fallback(article, style, language, origin, failed.reason());
      }
      result = SummaryParser.parse(((LlmClient.Answer) second).text());
      if (result.parsed() == null) {
        return fallback(article, style, language, origin, FallbackReason.MALFORMED);
      }
    }
    return checked(article, style, language, origin, prompt, result.parsed());
  }

  private SummaryDraft checked(
      AnalyzedArticle analyzed,
      SummaryStyle style,
      String language,
      RequestOrigin origin,
      SummaryPrompt prompt,
      SummaryParser.Parsed parsed) {
    Article article = analyzed.article();
    FaithfulnessGuard guard = new FaithfulnessGuard(prompt.sentences(), article.title());
    OutputSanitizer sanitizer = new OutputSanitizer(article.canonicalUrl());
    boolean sameLanguage = sameLanguage(language, article.language());

    List<Bullet> kept = new ArrayList<>();
    int dropped = 0;
    for (Bullet bullet : parsed.bullets()) {
      String text = sanitizer.clean(bullet.text(), MAX_BULLET_CHARS);
      List<Integer> ids = bullet.sentenceIds().stream().distinct().toList();
      Bullet clean = new Bullet(text, ids);
      Optional<String> problem =
          text.isBlank()
              ? Optional.of("empty after cleaning")
              : !LanguageCheck.looksLike(text, language)
                  ? Optional.of("not in " + language)
                  : guard.problem(clean, sameLanguage);
      if (problem.isPresent()) {
        dropped++;
        log.info("Dropped an LLM bullet: {}", problem.get());
      } else if (kept.size() < SummaryPrompt.targetBullets(style)) {
        kept.add(clean);
      }
    }
    client.metrics().dropped(dropped);
    if (kept.size() < SummaryPrompt.minimumBullets(style)) {
      return fallback(analyzed, style, language, origin, FallbackReason.UNFAITHFUL);
    }
    List<Note> notes = new ArrayList<>();
    if (dropped > 0) {
      notes.add(LlmNotes.dropped(dropped, language));
    }
    client.metrics().success();
    String model = client.settings().model();
    return new SummaryDraft(
        kept,
        SummaryMode.LLM,
        model,
        explanations(analyzed, parsed.terms(), guard, sanitizer, language, model),
        notes);
  }

  /**
   * Explanations of the article's hard terms only (a model may add others), numbers checked like
   * bullets, provenance AI with the article as context.
   */
  private static List<GlossaryEntry> explanations(
      AnalyzedArticle analyzed,
      List<SummaryParser.TermText> terms,
      FaithfulnessGuard guard,
      OutputSanitizer sanitizer,
      String language,
      String model) {
    Map<String, String> hardTerms = new LinkedHashMap<>();
    analyzed.hardTerms().forEach(term -> hardTerms.putIfAbsent(TermKey.of(term), term));
    Article article = analyzed.article();
    Provenance provenance =
        new Provenance(
            SourceKind.AI, model, article.canonicalUrl(), article.title(), article.published());
    Map<String, GlossaryEntry> entries = new LinkedHashMap<>();
    for (SummaryParser.TermText term : terms) {
      String key = TermKey.of(term.term());
      String hardTerm = hardTerms.get(key);
      if (hardTerm == null || entries.containsKey(key)) {
        continue;
      }
      String definition = sanitizer.clean(term.explanation(), MAX_EXPLANATION_CHARS);
      if (definition.isBlank() || !Quantities.missing(definition, guard.quantities()).isEmpty()) {
        continue;
      }
      entries.put(key, new GlossaryEntry(hardTerm, List.of(), definition, language, provenance));
    }
    return List.copyOf(entries.values());
  }

  private SummaryDraft fallback(
      AnalyzedArticle article,
      SummaryStyle style,
      String language,
      RequestOrigin origin,
      FallbackReason reason) {
    client.metrics().fallback(reason);
    SummaryDraft draft = fallback.summarize(article, style, language, origin);
    List<Note> notes = new ArrayList<>(draft.notes());
    notes.add(LlmNotes.fallback(reason, language));
    return new SummaryDraft(
        draft.bullets(), draft.mode(), draft.model(), draft.explanations(), notes);
  }

  private static boolean sameLanguage(String a, String b) {
    return a.equalsIgnoreCase(b) || "und".equals(b);
  }
}
