package io.gloss.discord;

import io.gloss.core.port.in.DefineTermUseCase;
import io.gloss.core.port.in.SummarizeArticleUseCase;
import io.gloss.core.port.out.ChannelSettingsStore;
import io.gloss.core.port.out.GlossaryStore;
import io.gloss.core.port.out.ProcessedEvents;
import io.gloss.core.port.out.SharedLinkLog;
import java.util.Objects;

/**
 * The core ports the Discord adapter uses.
 *
 * @param summarize summaries of articles
 * @param define {@code /define} and its autocomplete
 * @param channelSettings per-channel auto mode, language and length
 * @param sharedLinks the log of shared links (for digests)
 * @param processedEvents de-duplication of events across instances
 * @param glossary the glossary, for {@code /gloss term set|remove} (team entries)
 */
public record DiscordPorts(
    SummarizeArticleUseCase summarize,
    DefineTermUseCase define,
    ChannelSettingsStore channelSettings,
    SharedLinkLog sharedLinks,
    ProcessedEvents processedEvents,
    GlossaryStore glossary) {
  public DiscordPorts {
    Objects.requireNonNull(summarize, "summarize");
    Objects.requireNonNull(define, "define");
    Objects.requireNonNull(channelSettings, "channelSettings");
    Objects.requireNonNull(sharedLinks, "sharedLinks");
    Objects.requireNonNull(processedEvents, "processedEvents");
    Objects.requireNonNull(glossary, "glossary");
  }
}
