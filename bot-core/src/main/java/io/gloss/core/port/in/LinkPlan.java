package io.gloss.core.port.in;

import io.gloss.core.domain.ChannelSettings;
import io.gloss.core.domain.RequestOrigin;
import java.util.List;

/** What to do with the links of one message, decided before any visible work (👀). */
public sealed interface LinkPlan {

  /** Nothing to answer: the channel's mode does not answer this trigger, or there is no link. */
  record Ignore(String why) implements LinkPlan {}

  /**
   * The asker, the channel or the workspace spent its budget: tell the asker, answer nothing.
   *
   * @param settings the channel's settings (the notice's language follows them)
   * @param origin who asked, where
   */
  record RateLimited(ChannelSettings settings, RequestOrigin origin) implements LinkPlan {}

  /**
   * Answer these links.
   *
   * @param settings the channel's settings (style, language, mode) the answer follows
   * @param origin who asked, where (passed on with each summary request)
   * @param links the links to summarize, at most the per-message cap
   * @param omitted how many more links the message had (the reply says so)
   */
  record Answer(ChannelSettings settings, RequestOrigin origin, List<String> links, int omitted)
      implements LinkPlan {
    public Answer {
      links = List.copyOf(links);
    }
  }
}
