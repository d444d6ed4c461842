package io.gloss.core.domain;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A whole reply to a shared article: header, bullets, glossary and notes. Rendered as plain text by
 * the CLI, as Block Kit by Slack and as an embed by Discord.
 *
 * @param url the article URL to link (the canonical one)
 * @param title the headline
 * @param site the publisher, if known
 * @param published publication time, if known
 * @param authors bylines
 * @param readingMinutes estimated reading time of the full article
 * @param language language of the bullets (ISO 639-1)
 * @param style the style asked for
 * @param mode how the bullets were made
 * @param model the model name in LLM mode, else null
 * @param bullets the summary lines
 * @param glossary explained terms with provenance
 * @param notes remarks on how the reply was made (fallbacks, limits)
 * @param contentHash hash of the article body the summary was made from
 */
public record Summary(
    String url,
    String title,
    @Nullable String site,
    @Nullable OffsetDateTime published,
    List<String> authors,
    int readingMinutes,
    String language,
    SummaryStyle style,
    SummaryMode mode,
    @Nullable String model,
    List<Bullet> bullets,
    List<GlossaryEntry> glossary,
    List<Note> notes,
    String contentHash) {

  public Summary {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(style, "style");
    Objects.requireNonNull(mode, "mode");
    Objects.requireNonNull(contentHash, "contentHash");
    authors = List.copyOf(authors);
    bullets = List.copyOf(bullets);
    glossary = List.copyOf(glossary);
    notes = List.copyOf(notes);
  }
}
