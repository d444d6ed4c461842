package io.gloss.discord;

import io.gloss.core.domain.ChannelRef;
import io.gloss.core.domain.ChannelSettings;
import io.gloss.core.domain.RequestOrigin;
import io.gloss.core.domain.SettingsOutcome;
import io.gloss.core.domain.SettingsUpdate;
import io.gloss.core.domain.SummaryRequest;
import io.gloss.core.domain.SummaryResult;
import io.gloss.core.domain.SummaryStyle;
import io.gloss.core.domain.Vote;
import io.gloss.core.port.in.DigestCaller;
import io.gloss.core.port.in.DigestRequest;
import io.gloss.core.port.in.DigestUseCase;
import io.gloss.core.port.in.LinkMessage;
import io.gloss.core.port.in.LinkPlan;
import io.gloss.core.port.in.LinkTrigger;
import io.gloss.core.port.in.RateLimitUseCase;
import io.gloss.core.port.in.StoreUnavailableException;
import io.gloss.core.render.CommandTexts;
import io.gloss.core.render.NoticeTexts;
import io.gloss.core.render.ReplyLanguage;
import io.gloss.core.render.ReplyTexts;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.MessageContextInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.interactions.callbacks.IReplyCallback;
import net.dv8tion.jda.api.interactions.commands.Command;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Application commands, autocomplete, the context menu and buttons. Every interaction is deferred
 * on JDA's event thread at once (well inside Discord's 3 seconds) and completed through its hook
 * from the executor; an interaction whose token expired is logged and dropped, never retried.
 */
final class InteractionHandler {

  private static final Logger log = LoggerFactory.getLogger(InteractionHandler.class);

  static final int MAX_CHOICES = 25;

  private final DiscordPorts ports;
  private final DiscordRenderer renderer;
  private final DiscordLinkFinder links;
  private final RateLimitUseCase limiter;
  private final Executor executor;
  private final boolean messageContent;

  InteractionHandler(
      DiscordPorts ports,
      DiscordRenderer renderer,
      DiscordLinkFinder links,
      RateLimitUseCase limiter,
      Executor executor,
      boolean messageContent) {
    this.ports = ports;
    this.renderer = renderer;
    this.links = links;
    this.limiter = limiter;
    this.executor = executor;
    this.messageContent = messageContent;
  }

  void onSlash(SlashCommandInteractionEvent event) {
    if (expired(event)) {
      return;
    }
    ReplyLanguage ui = ui(event);
    switch (event.getName()) {
      case GlossCommands.SUMMARIZE:
        summarize(event, ui);
        break;
      case GlossCommands.DEFINE:
        String term = option(event.getOption("term"));
        if (!allowed(event, ui)) {
          break; // the same limit as Slack's /define: a lookup may call a model
        }
        // Seen by the asker only, as on Slack; the answer's button shares it in the channel.
        deferThen(
            event,
            true,
            () -> renderer.define(ports.define().define(term, origin(event)), language(event)));
        break;
      case GlossCommands.DIGEST:
        digest(event, ui);
        break;
      case GlossCommands.GLOSS:
        gloss(event, ui);
        break;
      default:
        log.warn("unknown command /{}", event.getName());
    }
  }

  void onAutocomplete(CommandAutoCompleteInteractionEvent event) {
    if (!GlossCommands.DEFINE.equals(event.getName())
        || !"term".equals(event.getFocusedOption().getName())) {
      return;
    }
    String prefix = event.getFocusedOption().getValue();
    executor.execute(
        () -> {
          try {
            event
                .replyChoices(
                    choices(ports.define().autocomplete(prefix, MAX_CHOICES, origin(event))))
                .queue(
                    ok -> {},
                    failure -> log.warn("autocomplete reply failed: {}", failure.toString()));
          } catch (StoreUnavailableException e) {
            event.replyChoices(List.of()).queue(ok -> {}, failure -> {});
          } catch (RuntimeException e) {
            log.error("autocomplete for '{}' failed", prefix, e);
          }
        });
  }

  void onMessageContext(MessageContextInteractionEvent event) {
    if (!GlossCommands.CONTEXT_MENU.equals(event.getName()) || expired(event)) {
      return;
    }
    ReplyLanguage ui = ui(event);
    List<String> found = links.find(event.getTarget().getContentRaw());
    if (found.isEmpty()) {
      event
          .reply(renderer.notice(NoticeTexts.noLinks(ui)))
          .setEphemeral(true)
          .queue(ok -> {}, this::replyFailed);
      return;
    }
    // An explicit ask: the core applies the rate limit and the link cap, never the channel's mode.
    LinkPlan plan =
        ports
            .links()
            .plan(new LinkMessage(ref(event), event.getUser().getId(), found, LinkTrigger.ASKED));
    if (plan instanceof LinkPlan.RateLimited) {
      event
          .reply(renderer.notice(NoticeTexts.rateLimited(ui)))
          .setEphemeral(true)
          .queue(ok -> {}, this::replyFailed);
      return;
    }
    if (!(plan instanceof LinkPlan.Answer answer)) {
      event
          .reply(renderer.notice(NoticeTexts.noLinks(ui)))
          .setEphemeral(true)
          .queue(ok -> {}, this::replyFailed);
      return;
    }
    String language = language(event);
    event.deferReply().queue(ok -> {}, this::replyFailed);
    InteractionHook hook = event.getHook();
    executor.execute(
        () -> {
          // One follow-up per link; the use case turns every failure into a result.
          for (SummaryResult result : ports.links().summaries(answer)) {
            complete(hook, () -> renderer.result(result, language), ui);
          }
          if (answer.omitted() > 0) {
            complete(
                hook,
                () ->
                    renderer.notice(
                        ReplyTexts.linksOmitted(answer.links().size(), answer.omitted(), ui)),
                ui);
          }
        });
  }

  void onButton(ButtonInteractionEvent event) {
    String id = event.getComponentId();
    ReplyLanguage ui = ui(event);
    if (id.startsWith(DiscordRenderer.FEEDBACK_PREFIX)) {
      Vote vote =
          "up".equals(id.substring(DiscordRenderer.FEEDBACK_PREFIX.length())) ? Vote.UP : Vote.DOWN;
      List<MessageEmbed> shown = event.getMessage().getEmbeds();
      String article = shown.isEmpty() ? null : shown.get(0).getUrl();
      ChannelRef where = ref(event);
      String reply = event.getMessageId() + " " + (article == null ? "-" : article);
      String voter = event.getUser().getId();
      // One vote per user per reply, stored per guild by the core; a second click changes it.
      deferThen(
          event,
          true,
          () -> {
            ports.feedback().vote(where, reply, voter, article, vote);
            return renderer.notice(CommandTexts.thanks(ui));
          });
      return;
    }
    if (id.equals(DiscordRenderer.SHARE_DEFINITION)) {
      // A public reply to the click: no channel permission needed, nothing looked up again.
      event
          .reply(renderer.sharedDefinition(event.getMessage().getEmbeds()))
          .setEphemeral(false)
          .setAllowedMentions(List.of())
          .queue(ok -> {}, this::replyFailed);
      return;
    }
    if (!id.startsWith(DiscordRenderer.VARIANT_PREFIX) || expired(event)) {
      return;
    }
    String variant = id.substring(DiscordRenderer.VARIANT_PREFIX.length());
    List<MessageEmbed> embeds = event.getMessage().getEmbeds();
    String url = embeds.isEmpty() ? null : embeds.get(0).getUrl();
    if (url == null) {
      event
          .reply(renderer.notice(NoticeTexts.somethingWentWrong(ui)))
          .setEphemeral(true)
          .queue(ok -> {}, this::replyFailed);
      return;
    }
    if (!allowed(event, ui)) {
      return;
    }
    ChannelRef ref = ref(event);
    RequestOrigin origin = origin(event);
    String uiLanguage = language(event);
    deferThen(
        event,
        false,
        () -> {
          ChannelSettings settings = settingsOrDefaults(ref);
          SummaryStyle style = settings.style();
          String language = settings.language();
          if ("short".equals(variant)) {
            style = SummaryStyle.SHORT;
          } else if ("simple".equals(variant)) {
            style = SummaryStyle.SIMPLE;
          } else {
            language = variant; // "en" or "ko"
          }
          return renderer.result(
              ports.summarize().summarize(new SummaryRequest(url, style, language, origin)),
              uiLanguage);
        });
  }

  private void summarize(SlashCommandInteractionEvent event, ReplyLanguage ui) {
    if (!allowed(event, ui)) {
      return;
    }
    ChannelRef ref = ref(event);
    RequestOrigin origin = origin(event);
    String url = option(event.getOption("url"));
    OptionMapping styleOption = event.getOption("style");
    OptionMapping langOption = event.getOption("lang");
    Optional<SummaryStyle> asked =
        styleOption == null ? Optional.empty() : SummaryStyle.parse(styleOption.getAsString());
    String askedLanguage = langOption == null ? null : langOption.getAsString();
    String uiLanguage = language(event);
    deferThen(
        event,
        false,
        () -> {
          ChannelSettings settings = settingsOrDefaults(ref);
          SummaryRequest request =
              new SummaryRequest(
                  url,
                  asked.orElse(settings.style()),
                  askedLanguage == null ? settings.language() : askedLanguage,
                  origin);
          return renderer.result(ports.summarize().summarize(request), uiLanguage);
        });
  }

  private volatile @Nullable DigestUseCase digestCommands;

  void enableDigest(@Nullable DigestUseCase digest) {
    this.digestCommands = digest;
  }

  /**
   * {@code /digest}: the core's digest commands, answered ephemerally. Manage Server is the admin
   * fact the core's team-settings rule needs (as for {@code /gloss term set}).
   */
  private void digest(SlashCommandInteractionEvent event, ReplyLanguage ui) {
    DigestUseCase commands = digestCommands;
    Member member = event.getMember();
    if (commands == null) {
      deferThen(event, true, () -> renderer.notice(CommandTexts.digestOff(ui)));
      return;
    }
    if (event.getGuild() == null || member == null) {
      deferThen(event, true, () -> renderer.notice(NoticeTexts.somethingWentWrong(ui)));
      return;
    }
    String sub = event.getSubcommandName() == null ? "" : event.getSubcommandName();
    DigestRequest request =
        switch (sub) {
          case "subscribe" ->
              DigestRequest.subscribe(
                  option(event.getOption("time")),
                  event.getOption("zone") == null ? null : option(event.getOption("zone")),
                  event.getOption("weekdays") == null ? null : option(event.getOption("weekdays")));
          case "zone" -> DigestRequest.zone(option(event.getOption("zone")));
          default -> DigestRequest.parse(sub);
        };
    DigestCaller caller =
        new DigestCaller(
            DiscordChannels.settingsRef(event.getGuild(), event.getChannel()),
            member.hasPermission(Permission.MANAGE_SERVER),
            null,
            ReplyLanguage.of(language(event)));
    deferThen(event, true, () -> renderer.notice(commands.handle(caller, request)));
  }

  private void gloss(SlashCommandInteractionEvent event, ReplyLanguage ui) {
    Member member = event.getMember();
    if (event.getGuild() == null || member == null) {
      deferThen(event, true, () -> renderer.notice(NoticeTexts.somethingWentWrong(ui)));
      return;
    }
    if ("term".equals(event.getSubcommandGroup())) {
      // The core decides (limits, admin rule) for this guild; Manage Server is the admin fact.
      boolean admin = member.hasPermission(Permission.MANAGE_SERVER);
      String term = option(event.getOption("term")).strip();
      RequestOrigin origin = origin(event);
      String shown = DiscordText.inertLine(term);
      if ("set".equals(event.getSubcommandName())) {
        String explanation = option(event.getOption("explanation")).strip();
        deferThen(
            event,
            true,
            () ->
                renderer.notice(
                    CommandTexts.teamTerm(
                        ports.teamGlossary().set(origin, admin, term, explanation, null),
                        shown,
                        DiscordText.inertLine(explanation),
                        ui)));
      } else {
        deferThen(
            event,
            true,
            () ->
                renderer.notice(
                    CommandTexts.teamTerm(
                        ports.teamGlossary().remove(origin, admin, term), shown, "", ui)));
      }
      return;
    }
    OptionMapping auto = event.getOption("auto");
    OptionMapping lang = event.getOption("lang");
    OptionMapping length = event.getOption("length");
    boolean changes = auto != null || lang != null || length != null;
    if (changes && !member.hasPermission(event.getGuildChannel(), Permission.MANAGE_CHANNEL)) {
      deferThen(event, true, () -> renderer.notice(CommandTexts.settingsNeedManageChannels(ui)));
      return;
    }
    ChannelRef ref = DiscordChannels.settingsRef(event.getGuild(), event.getChannel());
    deferThen(
        event,
        true,
        () -> {
          SettingsOutcome outcome =
              ports
                  .channelSettings()
                  .update(
                      ref,
                      new SettingsUpdate(
                          auto == null ? null : auto.getAsString(),
                          lang == null ? null : lang.getAsString(),
                          length == null ? null : length.getAsString()));
          if (outcome instanceof SettingsOutcome.Invalid invalid) {
            return renderer.notice(
                CommandTexts.invalidOption(
                    invalid.option(), DiscordText.inertLine(invalid.value()), ui));
          }
          ChannelSettings current = ((SettingsOutcome.Applied) outcome).settings();
          String text =
              CommandTexts.settings(
                  current.autoMode().code(),
                  current.language() == null
                      ? CommandTexts.articleLanguage(ui)
                      : current.language(),
                  current.style().id(),
                  ui);
          if (!messageContent) {
            text += "\n\n" + NoticeTexts.discordMessageContentOff(ui);
          }
          return renderer.notice(text);
        });
  }

  /** The channel's settings; the core gives the defaults while the store is unavailable. */
  private ChannelSettings settingsOrDefaults(ChannelRef ref) {
    return ports.channelSettings().get(ref);
  }

  /** Defers now (ack inside 3 s), then builds the answer on the executor and sends it. */
  private void deferThen(
      IReplyCallback event, boolean ephemeral, Supplier<MessageCreateData> answer) {
    event.deferReply(ephemeral).queue(ok -> {}, this::replyFailed);
    InteractionHook hook = event.getHook();
    ReplyLanguage ui = ui(event);
    hook.setEphemeral(ephemeral); // the follow-up keeps the privacy of the deferred reply
    executor.execute(() -> complete(hook, answer, ui));
  }

  /** Sends one answer through the hook; expiry and failures are logged, never retried. */
  private void complete(
      InteractionHook hook, Supplier<MessageCreateData> answer, ReplyLanguage ui) {
    MessageCreateData data;
    try {
      data = answer.get();
    } catch (StoreUnavailableException e) {
      // Commands that need the store say so in one line; the outage is logged once elsewhere.
      log.debug("interaction {} not done: {}", hook.getInteraction().getId(), e.getMessage());
      data = renderer.notice(NoticeTexts.storeUnavailable(ui));
    } catch (RuntimeException e) {
      log.error("interaction {} failed", hook.getInteraction().getId(), e);
      data = renderer.notice(NoticeTexts.somethingWentWrong(ui));
    }
    if (hook.isExpired()) {
      log.warn(
          "interaction {} expired before its answer was ready; answer dropped",
          hook.getInteraction().getId());
      return;
    }
    hook.sendMessage(data)
        .setAllowedMentions(List.of())
        .mentionRepliedUser(false)
        .queue(
            ok -> {},
            failure -> {
              if (DiscordFailures.interactionGone(failure)) {
                log.warn(
                    "interaction {} is gone (token expired or unknown); answer dropped",
                    hook.getInteraction().getId());
              } else {
                log.warn(
                    "follow-up for interaction {} failed: {}",
                    hook.getInteraction().getId(),
                    failure.toString());
              }
            });
  }

  /** Gloss's own limits; a polite ephemeral note when spent. */
  private boolean allowed(IReplyCallback event, ReplyLanguage ui) {
    if (limiter.tryAcquire(origin(event))) {
      return true;
    }
    event
        .reply(renderer.notice(NoticeTexts.rateLimited(ui)))
        .setEphemeral(true)
        .queue(ok -> {}, this::replyFailed);
    return false;
  }

  private boolean expired(IReplyCallback event) {
    if (event.getHook().isExpired()) {
      log.warn("interaction {} arrived expired; ignored", event.getId());
      return true;
    }
    return false;
  }

  private static ChannelRef ref(IReplyCallback event) {
    return DiscordChannels.settingsRef(event.getGuild(), event.getMessageChannel());
  }

  private static RequestOrigin origin(CommandAutoCompleteInteractionEvent event) {
    return DiscordChannels.origin(
        event.getGuild(), event.getMessageChannel(), event.getUser().getId());
  }

  private static RequestOrigin origin(IReplyCallback event) {
    return DiscordChannels.origin(
        event.getGuild(), event.getMessageChannel(), event.getUser().getId());
  }

  private static String language(IReplyCallback event) {
    return event.getUserLocale().getLocale();
  }

  private static ReplyLanguage ui(IReplyCallback event) {
    return ReplyLanguage.choose(language(event));
  }

  private static String option(@Nullable OptionMapping option) {
    return option == null ? "" : option.getAsString();
  }

  /** Autocomplete choices: distinct, 1..100 characters each, at most 25. */
  static List<Command.Choice> choices(List<String> terms) {
    Set<String> seen = new LinkedHashSet<>();
    for (String term : terms) {
      String clean = DiscordText.plainLine(term);
      if (!clean.isEmpty()) {
        seen.add(DiscordText.truncate(clean, 100));
      }
      if (seen.size() == MAX_CHOICES) {
        break;
      }
    }
    List<Command.Choice> choices = new ArrayList<>();
    seen.forEach(term -> choices.add(new Command.Choice(term, term)));
    return choices;
  }

  private void replyFailed(Throwable failure) {
    if (DiscordFailures.interactionGone(failure)) {
      log.warn("interaction expired or unknown; not answered: {}", failure.toString());
    } else {
      log.warn("interaction reply failed: {}", failure.toString());
    }
  }
}
