package io.gloss.discord;

import java.util.concurrent.CountDownLatch;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.events.GenericEvent;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.MessageContextInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import net.dv8tion.jda.api.events.message.react.MessageReactionAddEvent;
import net.dv8tion.jda.api.events.session.ReadyEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The JDA event boundary: routes events to the handlers and registers the commands once a shard is
 * ready. A programming error in a handler is logged with its ids here and never reaches JDA.
 */
final class GlossListener extends ListenerAdapter {

  private static final Logger log = LoggerFactory.getLogger(GlossListener.class);

  private final PastedLinkHandler pastedLinks;
  private final InteractionHandler interactions;
  private final @Nullable String devGuild;
  private final CountDownLatch ready;

  GlossListener(
      PastedLinkHandler pastedLinks,
      InteractionHandler interactions,
      @Nullable String devGuild,
      CountDownLatch ready) {
    this.pastedLinks = pastedLinks;
    this.interactions = interactions;
    this.devGuild = devGuild;
    this.ready = ready;
  }

  @Override
  public void onGenericEvent(GenericEvent event) {
    try {
      if (event instanceof MessageReceivedEvent) {
        pastedLinks.onMessage((MessageReceivedEvent) event);
      } else if (event instanceof MessageReactionAddEvent) {
        pastedLinks.onReaction((MessageReactionAddEvent) event);
      } else if (event instanceof SlashCommandInteractionEvent) {
        interactions.onSlash((SlashCommandInteractionEvent) event);
      } else if (event instanceof CommandAutoCompleteInteractionEvent) {
        interactions.onAutocomplete((CommandAutoCompleteInteractionEvent) event);
      } else if (event instanceof MessageContextInteractionEvent) {
        interactions.onMessageContext((MessageContextInteractionEvent) event);
      } else if (event instanceof ButtonInteractionEvent) {
        interactions.onButton((ButtonInteractionEvent) event);
      } else if (event instanceof ReadyEvent) {
        registerCommands(event.getJDA());
        ready.countDown();
      }
    } catch (RuntimeException e) {
      log.error(
          "{} failed on shard {}",
          event.getClass().getSimpleName(),
          event.getJDA().getShardInfo(),
          e);
    }
  }

  /** Globally from shard 0, or instantly in the dev guild from the shard that holds it. */
  private void registerCommands(JDA jda) {
    if (devGuild != null) {
      Guild guild = jda.getGuildById(devGuild);
      if (guild != null) {
        guild
            .updateCommands()
            .addCommands(GlossCommands.all())
            .queue(
                commands ->
                    log.info("registered {} commands in dev guild {}", commands.size(), devGuild),
                failure -> log.error("command registration in guild {} failed", devGuild, failure));
      }
      return;
    }
    if (jda.getShardInfo().getShardId() == 0) {
      log.info("invite Gloss with {}", DiscordInvite.url(jda.getSelfUser().getApplicationId()));
      jda.updateCommands()
          .addCommands(GlossCommands.all())
          .queue(
              commands -> log.info("registered {} global commands", commands.size()),
              failure -> log.error("global command registration failed", failure));
    }
  }
}
