package io.gloss.discord;

import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.Executor;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.events.GenericEvent;
import net.dv8tion.jda.api.events.interaction.GenericInteractionCreateEvent;
import net.dv8tion.jda.api.events.message.GenericMessageEvent;
import org.jspecify.annotations.Nullable;
import org.slf4j.MDC;

/**
 * The logging context (MDC) of a Discord request. {@link GlossListener} {@linkplain #enter enters}
 * it on JDA's event thread for each message, reaction or interaction: {@code platform}, {@code
 * workspace} (the guild id, {@code @me} in direct messages), {@code channel} (the channel or thread
 * id) and a new {@code request_id}; ids only, never names or message text. As the handlers'
 * executor this class carries the context of the thread that hands work over to the worker that
 * runs it, and puts the worker's own context back afterwards, so nothing leaks into the next task
 * on a pooled thread.
 */
final class RequestContext implements Executor {

  private final Executor workers;

  RequestContext(Executor workers) {
    this.workers = Objects.requireNonNull(workers, "workers");
  }

  @Override
  public void execute(Runnable task) {
    @Nullable Map<String, String> handedOver = MDC.getCopyOfContextMap();
    workers.execute(
        () -> {
          @Nullable Map<String, String> own = MDC.getCopyOfContextMap();
          restore(handedOver);
          try {
            task.run();
          } finally {
            restore(own);
          }
        });
  }

  /**
   * Puts the ids of a message, reaction or interaction event in the context.
   *
   * @return the context before, to {@link #restore} when the event has been handled; the same
   *     context for any other event
   */
  static @Nullable Map<String, String> enter(GenericEvent event) {
    @Nullable Map<String, String> before = MDC.getCopyOfContextMap();
    if (event instanceof GenericMessageEvent message) {
      put(message.isFromGuild() ? message.getGuild() : null, message.getChannel().getId());
    } else if (event instanceof GenericInteractionCreateEvent interaction) {
      long channel = interaction.getChannelIdLong();
      put(interaction.getGuild(), channel == 0 ? null : Long.toUnsignedString(channel));
    }
    return before;
  }

  /** Sets the context back to {@code context} (empty when null). */
  static void restore(@Nullable Map<String, String> context) {
    if (context == null) {
      MDC.clear();
    } else {
      MDC.setContextMap(context);
    }
  }

  private static void put(@Nullable Guild guild, @Nullable String channel) {
    MDC.put("platform", DiscordChannels.PLATFORM);
    MDC.put("workspace", guild == null ? DiscordChannels.DIRECT : guild.getId());
    if (channel != null) {
      MDC.put("channel", channel);
    }
    MDC.put("request_id", UUID.randomUUID().toString().substring(0, 8));
  }
}
