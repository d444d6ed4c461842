package io.gloss.core.port.in;

/** What made Gloss look at the links of a message; the channel's auto mode decides which count. */
public enum LinkTrigger {
  /** The message itself arrived: answered in {@code links} channels. */
  PASTED,
  /** Someone reacted with 📰: answered in {@code reaction} channels. */
  REACTION,
  /**
   * Someone asked explicitly (the message shortcut or context menu, 📰 in a direct message): always
   * answered, whatever the channel's mode.
   */
  ASKED,
  /** A link unfurl (Slack {@code link_shared}): answered unless the channel is {@code off}. */
  UNFURL
}
