package io.gloss.discord;

import io.gloss.core.domain.AutoMode;
import io.gloss.core.domain.ChannelRef;
import io.gloss.core.domain.ChannelSettings;
import io.gloss.core.domain.SummaryResult;
import io.gloss.core.port.in.EventClaimUseCase;
import io.gloss.core.port.in.LinkMessage;
import io.gloss.core.port.in.LinkPlan;
import io.gloss.core.port.in.LinkTrigger;
import io.gloss.core.render.NoticeTexts;
import io.gloss.core.render.ReplyLanguage;
import io.gloss.core.render.ReplyTexts;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.channel.concrete.ThreadChannel;
import net.dv8tion.jda.api.entities.emoji.Emoji;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import net.dv8tion.jda.api.events.message.react.MessageReactionAddEvent;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Pasted links: in {@code links} channels a message with article links gets 👀 at once and the
 * summaries in a public thread started from it (in place in threads, forum posts and DMs); in
 * {@code reaction} channels the same happens when someone reacts with 📰. Missing permissions fall
 * back to a reply in the channel, then to a direct message naming the permission.
 *
 * <p>Two steps: a message is accepted on the acknowledgement executor (the claim, the core's plan,
 * 👀 or ⏳ requested from Discord without waiting), so that its 👀 never waits behind the fetches of
 * other messages; the summaries, the thread and the link log follow on the work executor.
 */
final class PastedLinkHandler {

  private static final Logger log = LoggerFactory.getLogger(PastedLinkHandler.class);

  static final Emoji WORKING = Emoji.fromUnicode("👀");
  static final String ASK = "📰";
  static final Emoji LIMITED = Emoji.fromUnicode("⏳");

  private final DiscordPorts ports;
  private final DiscordRenderer renderer;
  private final DiscordLinkFinder links;
  private final Executor executor;
  private final Executor acks;
  private final boolean messageContent;
  private final Reposts reposts;

  PastedLinkHandler(
      DiscordPorts ports,
      DiscordRenderer renderer,
      DiscordLinkFinder links,
      Executor executor,
      Executor acks,
      boolean messageContent,
      Reposts reposts) {
    this.reposts = reposts;
    this.ports = ports;
    this.renderer = renderer;
    this.links = links;
    this.executor = executor;
    this.acks = acks;
    this.messageContent = messageContent;
  }

  void onMessage(MessageReceivedEvent event) {
    if (event.getAuthor().isBot() || event.getAuthor().isSystem() || event.isWebhookMessage()) {
      return; // other bots, webhooks and Gloss itself
    }
    if (event.isFromGuild() && !messageContent) {
      return; // without the intent guild messages arrive without content
    }
    Message message = event.getMessage();
    List<String> found = links.find(message.getContentRaw());
    if (found.isEmpty()) {
      return;
    }
    @Nullable Guild guild = event.isFromGuild() ? event.getGuild() : null;
    acks.execute(() -> guarded(message, () -> acceptMessage(guild, message, found)));
  }

  void onReaction(MessageReactionAddEvent event) {
    if (!ASK.equals(event.getEmoji().getName())
        || event.getUserIdLong() == event.getJDA().getSelfUser().getIdLong()) {
      return;
    }
    if (event.isFromGuild() && !messageContent) {
      return;
    }
    @Nullable Guild guild = event.isFromGuild() ? event.getGuild() : null;
    String reactor = event.getUserId();
    acks.execute(
        reactionGuarded(event.getMessageId(), () -> acceptReaction(guild, event, reactor)));
  }

  /** The event boundary of a 📰: logged with the message id, never thrown into JDA. */
  private static Runnable reactionGuarded(String messageId, Runnable work) {
    return () -> {
      try {
        work.run();
      } catch (RuntimeException e) {
        log.error("📰 reaction on message {} failed", messageId, e);
      }
    };
  }

  private void acceptReaction(
      @Nullable Guild guild, MessageReactionAddEvent event, String reactor) {
    ChannelRef ref = DiscordChannels.settingsRef(guild, event.getChannel());
    // In a server, 📰 is the trigger of reaction mode. In a direct message there are no channel
    // settings to change, so 📰 is always an explicit "summarize this", once per message.
    LinkTrigger trigger = guild == null ? LinkTrigger.ASKED : LinkTrigger.REACTION;
    if (trigger == LinkTrigger.REACTION
        && ports.channelSettings().get(ref).autoMode() != AutoMode.REACTION) {
      return; // not claimed: a 📰 where it means nothing must not use up the message's answer
    }
    Optional<EventClaimUseCase.Claim> claim =
        ports.claims().claim(DiscordChannels.PLATFORM, "react:" + event.getMessageId());
    if (claim.isEmpty()) {
      return;
    }
    inSteps(
        claim.get(),
        () -> {
          Message message = event.retrieveMessage().complete();
          if (message.getAuthor().isBot()) {
            return null;
          }
          List<String> found = links.find(message.getContentRaw());
          return accept(guild, message, found, new LinkMessage(ref, reactor, found, trigger));
        },
        rest -> reactionGuarded(event.getMessageId(), rest));
  }

  private void acceptMessage(@Nullable Guild guild, Message message, List<String> found) {
    Optional<EventClaimUseCase.Claim> claim =
        ports.claims().claim(DiscordChannels.PLATFORM, "msg:" + message.getId());
    if (claim.isEmpty()) {
      return; // another delivery or instance has it, or it is answered
    }
    ChannelRef ref = DiscordChannels.settingsRef(guild, message.getChannel());
    LinkMessage asked =
        new LinkMessage(ref, message.getAuthor().getId(), found, LinkTrigger.PASTED);
    inSteps(
        claim.get(),
        () -> accept(guild, message, found, asked),
        rest -> () -> guarded(message, rest));
  }

  /**
   * Runs the first step of claimed work here (on the acknowledgement executor) and hands the rest
   * to the work executor inside {@code boundary}: answered once the replies are posted, released
   * when either step fails so that a redelivery may answer at once.
   */
  private void inSteps(
      EventClaimUseCase.Claim claim,
      Supplier<@Nullable Runnable> first,
      UnaryOperator<Runnable> boundary) {
    Runnable rest = claim.answerInSteps(first::get);
    if (rest != null) {
      executor.execute(boundary.apply(rest));
    }
  }

  /**
   * Plans the answer of the links (mode, rate limit, link cap, once per article) and shows it at
   * once: ⏳ for a rate-limited asker, 👀 on a message to be answered. Returns the rest: the link
   * log, the summaries in a thread or a repost's pointer to the earlier thread.
   */
  private @Nullable Runnable accept(
      @Nullable Guild guild, Message message, List<String> found, LinkMessage asked) {
    ChannelRef ref = asked.channel();
    LinkPlan plan = ports.links().plan(asked);
    if (plan instanceof LinkPlan.Ignore) {
      return () -> record(ref, message, found, null); // still logged for the digest
    }
    if (plan instanceof LinkPlan.RateLimited) {
      // No ephemeral messages outside interactions: ⏳ tells the asker without a public notice.
      log.info("rate limit: user {} in channel {}, link not answered", asked.user(), ref.channel());
      react(message, LIMITED);
      return null;
    }
    LinkPlan.Answer answer = (LinkPlan.Answer) plan;
    Reposts.Claim repost =
        DiscordChannels.threadsFromMessages(message.getChannelType())
            ? reposts.claim(ref, message.getId(), canonical(answer.links()))
            : Reposts.NONE;
    // A repost gets a pointer, never 👀; while the same links are still being answered for an
    // earlier message, whether this one is a repost is known only once that answer is posted.
    // Requested now without waiting; the work starts once Discord has it.
    @Nullable CompletableFuture<Boolean> working =
        !repost.pending() && repost.existing().isEmpty() ? react(message, WORKING) : null;
    return () -> {
      String uiLanguage = uiLanguage(guild, answer.settings());
      if (!repost.existing().isEmpty()) {
        pointTo(message, repost.existing(), uiLanguage);
        record(ref, message, found, null);
        return;
      }
      String threadId = null;
      try {
        boolean shown = (working == null ? react(message, WORKING) : working).join();
        threadId = answerInThread(message, found, answer, uiLanguage, shown);
      } finally {
        repost.done(threadId);
      }
    };
  }

  private @Nullable String answerInThread(
      Message message,
      List<String> found,
      LinkPlan.Answer answer,
      String uiLanguage,
      boolean working) {
    ReplyLanguage ui = ReplyLanguage.choose(uiLanguage);
    List<MessageCreateData> replies = new ArrayList<>();
    String threadName = ReplyTexts.summaryThreadName(ui);
    for (SummaryResult result : ports.links().summaries(answer)) {
      if (replies.isEmpty() && result instanceof SummaryResult.Success success) {
        threadName = nonBlank(DiscordText.threadName(success.summary().title()), threadName);
      }
      replies.add(renderer.result(result, uiLanguage));
    }
    if (answer.omitted() > 0) {
      replies.add(
          renderer.notice(ReplyTexts.linksOmitted(answer.links().size(), answer.omitted(), ui)));
    }
    String threadId = deliver(message, replies, threadName, uiLanguage);
    ChannelRef ref = answer.settings().channel();
    record(ref, message, answer.links(), threadId);
    List<String> skipped = found.subList(answer.links().size(), found.size());
    if (!skipped.isEmpty()) {
      record(ref, message, skipped, null); // never answered: no thread to point a repost to
    }
    if (working) {
      message
          .removeReaction(WORKING)
          .queue(ok -> {}, failure -> log.debug("👀 not removed", failure));
    }
    return threadId;
  }

  /** A repost: a short reply pointing to the thread(s) where the article was answered. */
  private void pointTo(Message message, Map<String, String> threads, String uiLanguage) {
    List<String> mentions =
        threads.values().stream().distinct().map(id -> "<#" + id + ">").toList();
    log.info(
        "message {} in channel {} reposts links answered in {}",
        message.getId(),
        message.getChannelId(),
        mentions);
    try {
      message
          .reply(
              renderer.notice(
                  ReplyTexts.alreadySummarized(
                      String.join(" ", mentions), ReplyLanguage.choose(uiLanguage))))
          .setAllowedMentions(List.of())
          .mentionRepliedUser(false)
          .complete();
    } catch (RuntimeException e) {
      log.warn(
          "pointer to the earlier thread not posted in {}: {}",
          message.getChannelId(),
          e.toString());
    }
  }

  private List<String> canonical(List<String> found) {
    return found.stream().map(ports.sharedLinks()::canonical).distinct().toList();
  }

  /** Posts the replies; returns the thread id when a thread was used. Never silent on 403. */
  private @Nullable String deliver(
      Message message, List<MessageCreateData> replies, String threadName, String uiLanguage) {
    if (DiscordChannels.threadsFromMessages(message.getChannelType())) {
      Optional<String> missing;
      try {
        ThreadChannel thread = message.createThreadChannel(threadName).complete();
        try {
          for (MessageCreateData reply : replies) {
            thread
                .sendMessage(reply)
                .setAllowedMentions(List.of())
                .mentionRepliedUser(false)
                .complete();
          }
          return thread.getId();
        } catch (RuntimeException e) {
          missing = DiscordFailures.missingPermission(e, "Send Messages in Threads");
          if (missing.isEmpty()) {
            throw e;
          }
        }
      } catch (RuntimeException e) {
        missing = DiscordFailures.missingPermission(e, "Create Public Threads");
        if (missing.isEmpty()) {
          throw e;
        }
      }
      log.warn(
          "missing permission '{}' in channel {}; replying in the channel instead of a thread",
          missing.get(),
          message.getChannelId());
    }
    try {
      for (MessageCreateData reply : replies) {
        message.reply(reply).setAllowedMentions(List.of()).mentionRepliedUser(false).complete();
      }
    } catch (RuntimeException e) {
      Optional<String> missing = DiscordFailures.missingPermission(e, "Send Messages");
      if (missing.isEmpty()) {
        throw e;
      }
      tellAuthor(message, missing.get(), uiLanguage);
    }
    return null;
  }

  /** Last resort when Gloss cannot write in the channel: tell the poster in a direct message. */
  private void tellAuthor(Message message, String permission, String uiLanguage) {
    log.warn(
        "missing permission '{}' in channel {}; telling user {} by direct message",
        permission,
        message.getChannelId(),
        message.getAuthor().getId());
    try {
      message
          .getAuthor()
          .openPrivateChannel()
          .complete()
          .sendMessage(
              renderer.notice(
                  NoticeTexts.missingDiscordPermission(
                      permission, ReplyLanguage.choose(uiLanguage))))
          .setAllowedMentions(List.of())
          .complete();
    } catch (RuntimeException e) {
      log.warn(
          "could not tell user {} about the missing permission: {}",
          message.getAuthor().getId(),
          e.toString());
    }
  }

  /**
   * Asks Discord for a reaction without waiting for it (JDA sends it in its rate-limit order); the
   * future tells whether it was added, and a failure is logged.
   */
  private CompletableFuture<Boolean> react(Message message, Emoji emoji) {
    return message
        .addReaction(emoji)
        .submit()
        .handle(
            (ok, failure) -> {
              if (failure == null) {
                return true;
              }
              Optional<String> missing =
                  DiscordFailures.missingPermission(failure, "Add Reactions");
              if (missing.isEmpty()) {
                log.warn("reaction on message {} failed: {}", message.getId(), failure.toString());
              } else {
                log.warn(
                    "missing permission '{}' in channel {}; answering without a reaction",
                    missing.get(),
                    message.getChannelId());
              }
              return false;
            });
  }

  private void record(
      ChannelRef ref, Message message, List<String> found, @Nullable String threadId) {
    // The core canonicalizes once and never lets a logging failure (or an outage) stop a reply.
    ports
        .sharedLinks()
        .record(
            ref,
            message.getId(),
            threadId,
            message.getAuthor().getId(),
            found,
            message.getTimeCreated().toInstant());
  }

  private static String uiLanguage(@Nullable Guild guild, ChannelSettings settings) {
    if (settings.language() != null) {
      return settings.language();
    }
    return guild == null ? "ko" : guild.getLocale().getLocale();
  }

  /** The event boundary: programming errors are logged with ids, never thrown into JDA. */
  private static void guarded(Message message, Runnable work) {
    try {
      work.run();
    } catch (RuntimeException e) {
      if (DiscordFailures.timedOut(e)) {
        // A 429 storm (or a Discord that does not answer): JDA waited up to the REST timeout.
        log.warn(
            "gave up answering message {} in channel {}: Discord did not accept the request in"
                + " time (rate limited)",
            message.getId(),
            message.getChannelId());
        return;
      }
      log.error(
          "pasted link in channel {} message {} failed",
          message.getChannelId(),
          message.getId(),
          e);
    }
  }

  private static String nonBlank(String text, String fallback) {
    return text.isBlank() ? fallback : text;
  }
}
