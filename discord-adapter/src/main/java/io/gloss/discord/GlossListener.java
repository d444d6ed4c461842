package io.gloss.discord;

import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;
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
import net.dv8tion.jda.api.events.session.ShutdownEvent;
import net.dv8tion.jda.api.hooks.EventListener;
import net.dv8tion.jda.api.requests.CloseCode;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The JDA event boundary: routes events to the handlers and registers the commands once a shard is
 * ready. A programming error in a handler is logged with its ids here and never reaches JDA. Each
 * event is handled inside its {@link RequestContext} (the ids of the request in the logging
 * context).
 */
final class GlossListener implements EventListener {

  private static final Logger log = LoggerFactory.getLogger(GlossListener.class);

  private final PastedLinkHandler pastedLinks;
  private final InteractionHandler interactions;
  private final @Nullable String devGuild;
  private final CountDownLatch ready;
  private final Consumer<String> fatal;

  /**
   * @param fatal told, in words naming the setting to fix, when Discord closed the gateway for good
   *     (bad token, intents not allowed, bad sharding)
   */
  GlossListener(
      PastedLinkHandler pastedLinks,
      InteractionHandler interactions,
      @Nullable String devGuild,
      CountDownLatch ready,
      Consumer<String> fatal) {
    this.pastedLinks = pastedLinks;
    this.interactions = interactions;
    this.devGuild = devGuild;
    this.ready = ready;
    this.fatal = fatal;
  }

  @Override
  public void onEvent(GenericEvent event) {
    @Nullable Map<String, String> context = RequestContext.enter(event);
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
      } else if (event instanceof ShutdownEvent) {
        reportFatalClose((ShutdownEvent) event);
      }
    } catch (RuntimeException e) {
      log.error(
          "{} failed on shard {}",
          event.getClass().getSimpleName(),
          event.getJDA().getShardInfo(),
          e);
    } finally {
      RequestContext.restore(context);
    }
  }

  /** JDA stops on Discord's fatal close codes; say which setting to fix instead of going quiet. */
  private void reportFatalClose(ShutdownEvent event) {
    CloseCode code = event.getCloseCode();
    if (code == null || code.isReconnect()) {
      return; // a normal shutdown
    }
    String problem;
    if (code == CloseCode.AUTHENTICATION_FAILED) {
      problem =
          "Discord refused DISCORD_TOKEN (close 4004): reset the token in the Developer Portal";
    } else if (code == CloseCode.DISALLOWED_INTENTS) {
      problem =
          "Discord refused the Message Content intent (close 4014): switch on 'Message Content"
              + " Intent' in the Developer Portal (Bot tab) or set discord.message-content=false";
    } else if (code == CloseCode.SHARDING_REQUIRED || code == CloseCode.INVALID_SHARD) {
      problem =
          "Discord requires other sharding (close "
              + code.getCode()
              + "): check discord.shards.total, discord.shards.min and discord.shards.max";
    } else {
      problem = "Discord closed the gateway for good (close " + code.getCode() + " " + code + ")";
    }
    log.error("{} on shard {}", problem, event.getJDA().getShardInfo());
    fatal.accept(problem);
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
