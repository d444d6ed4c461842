package io.gloss.config;

import io.gloss.core.glossary.BuiltinGlossary;
import io.gloss.core.glossary.GlossaryTermExplainer;
import io.gloss.core.port.in.ExtractArticleUseCase;
import io.gloss.core.port.out.GlossaryStore;
import io.gloss.core.port.out.Summarizer;
import io.gloss.core.service.SummarizeArticleService;
import io.gloss.core.summary.ExtractiveSummarizer;
import io.gloss.core.text.DefaultTextAnalyzer;
import io.gloss.core.text.EnglishWords;
import io.gloss.core.text.KoreanWords;
import io.gloss.core.text.UserTerms;
import io.gloss.core.text.Words;
import java.time.Clock;

/**
 * The text half of a reply over one glossary: analysis, the extractive summary and term
 * explanations. One Nori user dictionary serves analysis and the glossary, seeded with the known
 * terms so that terms such as 소버린AI stay whole. Built once by {@link Wiring}, for the bot and for
 * the offline reply that benchmarks measure.
 */
record ReplyPipeline(
    GlossaryStore glossary,
    UserTerms userTerms,
    DefaultTextAnalyzer analyzer,
    ExtractiveSummarizer extractive) {

  static ReplyPipeline of(GlossaryStore glossary, ExtractiveSummarizer.Settings settings) {
    UserTerms userTerms = UserTerms.fromGlossary(glossary);
    KoreanWords korean = new KoreanWords(userTerms);
    return new ReplyPipeline(
        glossary,
        userTerms,
        new DefaultTextAnalyzer(korean, DefaultTextAnalyzer.DEFAULT_MAX_HARD_TERMS),
        new ExtractiveSummarizer(new Words(korean, new EnglishWords()), settings));
  }

  /** The reply service: {@code articles}, then analysis, {@code summarizer} and the glossary. */
  SummarizeArticleService replies(
      ExtractArticleUseCase articles, Summarizer summarizer, Clock clock) {
    return new SummarizeArticleService(
        articles,
        analyzer,
        summarizer,
        new GlossaryTermExplainer(
            glossary,
            userTerms,
            GlossaryTermExplainer.DEFAULT_MAX_ENTRIES,
            // Read by the warm-up or the first reply, not in the start-up (0.3 s cold); a reply
            // reads the half in its article's language.
            BuiltinGlossary::forLanguage,
            clock));
  }
}
