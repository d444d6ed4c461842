package io.gloss.core.port.in;

import io.gloss.core.domain.SummaryResult;
import java.util.List;

/**
 * The rules of answering shared links, the same on every platform: which trigger the channel's auto
 * mode answers, the rate limit (per user, channel and workspace), the per-message link cap, and
 * which outcomes are answered (every one: a page that is not an article gets its honest one-line
 * reason, never silence). The adapters claim the event, show 👀, render the results and post them.
 */
public interface LinkRepliesUseCase {

  /** Decides what to do with a message's links; reads the channel settings, takes the budget. */
  LinkPlan plan(LinkMessage message);

  /**
   * Summarizes the links of an answer, in order, one result per link. A failure is a result, never
   * an exception.
   */
  List<SummaryResult> summaries(LinkPlan.Answer answer);
}
