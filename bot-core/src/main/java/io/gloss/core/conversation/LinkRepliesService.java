package io.gloss.core.conversation;

import io.gloss.core.domain.AutoMode;
import io.gloss.core.domain.ChannelSettings;
import io.gloss.core.domain.FailureReason;
import io.gloss.core.domain.RequestOrigin;
import io.gloss.core.domain.SummaryRequest;
import io.gloss.core.domain.SummaryResult;
import io.gloss.core.port.in.ChannelSettingsUseCase;
import io.gloss.core.port.in.LinkMessage;
import io.gloss.core.port.in.LinkPlan;
import io.gloss.core.port.in.LinkRepliesUseCase;
import io.gloss.core.port.in.LinkTrigger;
import io.gloss.core.port.in.RateLimitUseCase;
import io.gloss.core.port.in.SummarizeArticleUseCase;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link LinkRepliesUseCase} for one platform: its rate limits and the summaries it meters. The
 * rules themselves are the same for every platform, and this is their one place.
 */
public final class LinkRepliesService implements LinkRepliesUseCase {
  private static final Logger log = LoggerFactory.getLogger(LinkRepliesService.class);

  /** The default per-message cap: a pasted reading list should not flood a thread. */
  public static final int DEFAULT_MAX_LINKS = 3;

  private final ChannelSettingsUseCase channelSettings;
  private final RateLimitUseCase limiter;
  private final SummarizeArticleUseCase summarizer;
  private final int maxLinks;

  public LinkRepliesService(
      ChannelSettingsUseCase channelSettings,
      RateLimitUseCase limiter,
      SummarizeArticleUseCase summarizer,
      int maxLinks) {
    this.channelSettings = Objects.requireNonNull(channelSettings, "channelSettings");
    this.limiter = Objects.requireNonNull(limiter, "limiter");
    this.summarizer = Objects.requireNonNull(summarizer, "summarizer");
    if (maxLinks < 1) {
      throw new IllegalArgumentException("maxLinks must be at least 1, was " + maxLinks);
    }
    this.maxLinks = maxLinks;
  }

  @Override
  public LinkPlan plan(LinkMessage message) {
    if (message.links().isEmpty()) {
      return new LinkPlan.Ignore("no links");
    }
    ChannelSettings settings = channelSettings.get(message.channel());
    if (!answers(settings.autoMode(), message.trigger())) {
      return new LinkPlan.Ignore(
          "channel mode " + settings.autoMode().code() + " does not answer " + message.trigger());
    }
    RequestOrigin origin =
        new RequestOrigin(
            message.channel().platform(),
            message.channel().workspace(),
            message.channel().channel(),
            message.user());
    if (!limiter.tryAcquire(origin)) {
      log.info("Rate limited user {} in {}", message.user(), message.channel().channel());
      return new LinkPlan.RateLimited(settings, origin);
    }
    List<String> links = message.links().stream().limit(maxLinks).toList();
    int omitted = message.links().size() - links.size();
    if (omitted > 0) {
      log.info(
          "Message in {} has {} links; answering the first {}",
          message.channel().channel(),
          message.links().size(),
          maxLinks);
    }
    return new LinkPlan.Answer(settings, origin, links, omitted);
  }

  /** Which triggers each auto mode answers; an explicit ask is always answered. */
  static boolean answers(AutoMode mode, LinkTrigger trigger) {
    return switch (trigger) {
      case ASKED -> true;
      case PASTED -> mode == AutoMode.LINKS;
      case REACTION -> mode == AutoMode.REACTION;
      case UNFURL -> mode != AutoMode.OFF;
    };
  }

  @Override
  public List<SummaryResult> summaries(LinkPlan.Answer answer) {
    return answer.links().stream().map(url -> summary(url, answer)).toList();
  }

  private SummaryResult summary(String url, LinkPlan.Answer answer) {
    ChannelSettings settings = answer.settings();
    try {
      SummaryResult result =
          summarizer.summarize(
              new SummaryRequest(url, settings.style(), settings.language(), answer.origin()));
      if (result instanceof SummaryResult.Failure failure) {
        log.info("No summary for {}: {} ({})", url, failure.reason().code(), failure.detail());
      }
      return result;
    } catch (RuntimeException e) {
      // The use case never throws by contract; one bad link must not cost the others their reply.
      log.error("Summarizing {} failed unexpectedly", url, e);
      return new SummaryResult.Failure(url, FailureReason.EXTRACTION_FAILED, "internal error");
    }
  }
}
