package io.gloss.core.render;

import io.gloss.core.domain.Bullet;
import io.gloss.core.domain.DefineResult;
import io.gloss.core.domain.GlossaryEntry;
import io.gloss.core.domain.Note;
import io.gloss.core.domain.Provenance;
import io.gloss.core.domain.Summary;
import io.gloss.core.domain.SummaryResult;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Renders replies as plain text, exactly as the CLI prints them. */
public final class PlainTextRenderer {

  /**
   * Renders a result; a failure is the honest one-line answer the bot posts, in {@code language}
   * (the bot's own words: Korean for {@code ko}, else English).
   */
  public String render(SummaryResult result, @Nullable String language) {
    if (result instanceof SummaryResult.Success success) {
      return render(success.summary());
    }
    SummaryResult.Failure failure = (SummaryResult.Failure) result;
    return ReplyTexts.failure(
            failure.reason(), ReplyLanguage.of(language == null ? "ko" : language))
        + "\n";
  }

  public String render(Summary summary) {
    ReplyLanguage lang = ReplyLanguage.of(summary.language());
    StringBuilder out = new StringBuilder();
    out.append(summary.title()).append('\n');
    out.append(summary.url()).append('\n');
    out.append(sourceLine(summary, lang)).append("\n\n");
    for (Bullet bullet : summary.bullets()) {
      out.append("• ").append(bullet.text()).append('\n');
    }
    if (!summary.glossary().isEmpty()) {
      out.append('\n').append(ReplyTexts.glossaryHeading(lang)).append('\n');
      for (GlossaryEntry entry : summary.glossary()) {
        out.append(entryLine(entry, lang)).append('\n');
      }
    }
    if (!summary.notes().isEmpty()) {
      out.append('\n');
      for (Note note : summary.notes()) {
        out.append("※ ").append(note.message()).append('\n');
      }
    }
    return out.toString();
  }

  public String render(DefineResult result, String language) {
    ReplyLanguage lang = ReplyLanguage.of(language);
    StringBuilder out = new StringBuilder();
    if (result instanceof DefineResult.Found found) {
      out.append(entryLine(found.entry(), lang)).append('\n');
      Provenance source = found.entry().provenance();
      if (source.url() != null) {
        out.append("  ")
            .append(source.title() == null ? "" : source.title() + " ")
            .append(source.url())
            .append('\n');
      }
      for (GlossaryEntry other : found.others()) {
        out.append("  · ").append(entryLine(other, lang)).append('\n');
      }
      if (!found.appearances().isEmpty()) {
        out.append(ReplyTexts.recentArticles(lang)).append('\n');
        for (Provenance article : found.appearances()) {
          out.append("  - ")
              .append(article.title() == null ? "" : article.title() + " ")
              .append(article.url() == null ? "" : article.url())
              .append('\n');
        }
      }
    } else {
      DefineResult.NotFound notFound = (DefineResult.NotFound) result;
      out.append(ReplyTexts.noDefinition(notFound.term(), lang)).append('\n');
      if (!notFound.suggestions().isEmpty()) {
        out.append(ReplyTexts.didYouMean(lang))
            .append(' ')
            .append(String.join(", ", notFound.suggestions()))
            .append('\n');
      }
    }
    return out.toString();
  }

  /** {@code 뉴스1 · 2025-08-04 · 윤주영 기자 · 3분 분량}. */
  static String sourceLine(Summary summary, ReplyLanguage lang) {
    List<String> parts = new ArrayList<>();
    if (summary.site() != null) {
      parts.add(summary.site());
    }
    if (summary.published() != null) {
      parts.add(ReplyTexts.date(summary.published()));
    }
    if (!summary.authors().isEmpty()) {
      parts.add(ReplyTexts.authors(summary.authors(), lang));
    }
    parts.add(ReplyTexts.readingTime(summary.readingMinutes(), lang));
    return String.join(" · ", parts);
  }

  /** {@code 소버린 AI — 설명. [기사 제공]}. */
  static String entryLine(GlossaryEntry entry, ReplyLanguage lang) {
    return entry.term()
        + " — "
        + entry.definition()
        + " ["
        + ReplyTexts.badge(entry.provenance().kind(), lang)
        + "]";
  }
}
