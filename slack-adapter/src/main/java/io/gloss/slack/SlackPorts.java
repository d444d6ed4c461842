package io.gloss.slack;

import io.gloss.core.port.in.ChannelSettingsUseCase;
import io.gloss.core.port.in.DefineTermUseCase;
import io.gloss.core.port.in.EventClaimUseCase;
import io.gloss.core.port.in.FeedbackUseCase;
import io.gloss.core.port.in.FindLinksUseCase;
import io.gloss.core.port.in.LinkRepliesUseCase;
import io.gloss.core.port.in.RateLimitUseCase;
import io.gloss.core.port.in.SharedLinksUseCase;
import io.gloss.core.port.in.SummarizeArticleUseCase;
import io.gloss.core.port.in.TeamGlossaryUseCase;
import java.util.Objects;

/**
 * The core use cases the Slack adapter uses (port.in only).
 *
 * @param summarize summaries of articles ({@code /summarize}, the reply buttons)
 * @param define {@code /define}
 * @param channelSettings per-channel auto mode, language and length
 * @param sharedLinks the log of shared links (for digests and 📰 on an older message)
 * @param claims the core's event claims (one policy and lifetime for every platform)
 * @param teamGlossary the workspace's team glossary ({@code /gloss term set|remove})
 * @param feedback 👍/👎 on replies, per workspace
 * @param limiter the core's rate limit for commands (per user, channel and workspace)
 * @param links the rules of answering shared links (mode, limit, link cap), on the same limiter
 * @param findLinks reads the links of a message's text
 */
public record SlackPorts(
    SummarizeArticleUseCase summarize,
    DefineTermUseCase define,
    ChannelSettingsUseCase channelSettings,
    SharedLinksUseCase sharedLinks,
    EventClaimUseCase claims,
    TeamGlossaryUseCase teamGlossary,
    FeedbackUseCase feedback,
    RateLimitUseCase limiter,
    LinkRepliesUseCase links,
    FindLinksUseCase findLinks) {
  public SlackPorts {
    Objects.requireNonNull(summarize, "summarize");
    Objects.requireNonNull(define, "define");
    Objects.requireNonNull(channelSettings, "channelSettings");
    Objects.requireNonNull(sharedLinks, "sharedLinks");
    Objects.requireNonNull(claims, "claims");
    Objects.requireNonNull(teamGlossary, "teamGlossary");
    Objects.requireNonNull(feedback, "feedback");
    Objects.requireNonNull(limiter, "limiter");
    Objects.requireNonNull(links, "links");
    Objects.requireNonNull(findLinks, "findLinks");
  }
}
