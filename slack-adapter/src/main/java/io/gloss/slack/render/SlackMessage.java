package io.gloss.slack.render;

import com.slack.api.model.block.LayoutBlock;
import java.util.List;
import java.util.Objects;

/**
 * One Slack message: the notification fallback text and the Block Kit blocks, both already safe.
 *
 * @param text the fallback text (notifications, screen readers)
 * @param blocks the blocks, at most {@link SlackRenderer#MAX_BLOCKS}
 */
public record SlackMessage(String text, List<LayoutBlock> blocks) {
  public SlackMessage {
    Objects.requireNonNull(text, "text");
    blocks = List.copyOf(blocks);
  }
}
