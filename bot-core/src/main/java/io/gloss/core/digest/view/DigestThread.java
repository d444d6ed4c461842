package io.gloss.core.digest.view;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Where a shared link was answered, for the platform to turn into a link (Slack permalink, Discord
 * jump URL).
 *
 * @param messageRef the message that shared the link
 * @param threadRef the thread Gloss answered in, if it is not the message's own thread
 */
public record DigestThread(String messageRef, @Nullable String threadRef) {
  public DigestThread {
    Objects.requireNonNull(messageRef, "messageRef");
  }
}
