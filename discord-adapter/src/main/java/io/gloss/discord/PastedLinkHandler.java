package io.gloss.discord;

import io.gloss.core.domain.AutoMode;
import io.gloss.core.domain.ChannelRef;
import io.gloss.core.domain.ChannelSettings;
import io.gloss.core.domain.FailureReason;
import io.gloss.core.domain.RequestOrigin;
import io.gloss.core.domain.SummaryRequest;
import io.gloss.core.domain.SummaryResult;
import io.gloss.core.port.in.EventClaimUseCase;
import io.gloss.core.port.in.RateLimitUseCase;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
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
 */
final class PastedLinkHandler {

  private static final Logger log = LoggerFactory.getLogger(PastedLinkHandler.class);

  static final Emoji WORKING = Emoji.fromUnicode("👀");
  static final String ASK = "📰";
  static final Emoji LIMITED = Emoji.fromUnicode("⏳");

  /** Failures not worth a reply to a pasted link: it was simply not an article. */
  private static final Set<FailureReason> QUIET =
      EnumSet.of(
          FailureReason.NOT_HTML,
          FailureReason.VIDEO_ONLY,
          FailureReason.TOO_LITTLE_TEXT,
          FailureReason.INVALID_URL,
          FailureReason.FORBIDDEN_ADDRESS);

  private final DiscordPorts ports;
  private final DiscordRenderer renderer;
  private final DiscordLinkFinder links;
  private final RateLimitUseCase limiter;
  private final Executor executor;
  private final boolean messageContent;
  private final Reposts reposts;

  PastedLinkHandler(
      DiscordPorts ports,
      DiscordRenderer renderer,
      DiscordLinkFinder links,
      RateLimitUseCase limiter,
      Executor executor,
      boolean messageContent,
      Reposts reposts) {
    this.reposts = reposts;
    this.ports = ports;
    this.renderer = renderer;
    this.links = links;
    this.limiter = limiter;
    this.executor = executor;
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
    executor.execute(() -> guarded(message, () -> handleMessage(guild, message, found)));
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
    executor.execute(
        () -> {
          try {
            answerReaction(guild, event, reactor);
          } catch (RuntimeException e) {
            log.error("📰 reaction on message {} failed", event.getMessageId(), e);
          }
        });
  }

  private void answerReaction(
      @Nullable Guild guild, MessageReactionAddEvent event, String reactor) {
    ChannelSettings settings =
        ports.channelSettings().get(DiscordChannels.settingsRef(guild, event.getChannel()));
    // In a server, 📰 is the trigger of reaction mode only. In a direct message there are no
    // channel settings to change, so 📰 is always an explicit "summarize this", once per message.
    boolean asked = guild == null || settings.autoMode() == AutoMode.REACTION;
    if (!asked) {
      return;
    }
    Optional<EventClaimUseCase.Claim> claim =
        ports.claims().claim(DiscordChannels.PLATFORM, "react:" + event.getMessageId());
    if (claim.isEmpty()) {
      return;
    }
    claimed(
        claim.get(),
        () -> {
          Message message = event.retrieveMessage().complete();
          List<String> found = links.find(message.getContentRaw());
          if (message.getAuthor().isBot() || found.isEmpty()) {
            return;
          }
          answer(guild, message, found, settings, reactor);
        });
  }

  private void handleMessage(@Nullable Guild guild, Message message, List<String> found) {
    Optional<EventClaimUseCase.Claim> claim =
        ports.claims().claim(DiscordChannels.PLATFORM, "msg:" + message.getId());
    if (claim.isEmpty()) {
      return; // another delivery or instance has it, or it is answered
    }
    claimed(
        claim.get(),
        () -> {
          ChannelRef ref = DiscordChannels.settingsRef(guild, message.getChannel());
          ChannelSettings settings = ports.channelSettings().get(ref);
          if (settings.autoMode() != AutoMode.LINKS) {
            record(ref, message, found, null); // still logged for the digest
            return;
          }
          answer(guild, message, found, settings, message.getAuthor().getId());
        });
  }

  /**
   * Runs claimed work: answered once it returns (the replies are posted), released when it fails so
   * that a redelivery may answer at once.
   */
  private static void claimed(EventClaimUseCase.Claim claim, Runnable work) {
    try {
      work.run();
    } catch (RuntimeException e) {
      claim.release();
      throw e;
    }
    claim.answered();
  }

  private void answer(
      @Nullable Guild guild,
      Message message,
      List<String> found,
      ChannelSettings settings,
      String askingUser) {
    ChannelRef ref = settings.channel();
    if (!limiter.tryAcquire(
        new RequestOrigin(DiscordChannels.PLATFORM, ref.workspace(), ref.channel(), askingUser))) {
      log.info("rate limit: user {} in channel {}, link not answered", askingUser, ref.channel());
      react(message, LIMITED);
      return;
    }
    String uiLanguage = uiLanguage(guild, settings);
    Reposts.Claim repost =
        DiscordChannels.threadsFromMessages(message.getChannelType())
            ? reposts.claim(ref, message.getId(), canonical(found))
            : Reposts.NONE;
    if (!repost.existing().isEmpty()) {
      pointTo(message, repost.existing(), uiLanguage);
      record(ref, message, found, null);
      return;
    }
    String threadId = null;
    try {
      threadId = answerInThread(guild, message, found, settings, askingUser, uiLanguage);
    } finally {
      repost.done(threadId);
    }
  }

  private @Nullable String answerInThread(
      @Nullable Guild guild,
      Message message,
      List<String> found,
      ChannelSettings settings,
      String askingUser,
      String uiLanguage) {
    ChannelRef ref = settings.channel();
    boolean working = react(message, WORKING);
    RequestOrigin origin = DiscordChannels.origin(guild, message.getChannel(), askingUser);
    List<MessageCreateData> replies = new ArrayList<>();
    String threadName = DiscordTexts.forLanguage(uiLanguage).threadName();
    for (String url : found) {
      SummaryResult result =
          ports
              .summarize()
              .summarize(new SummaryRequest(url, settings.style(), settings.language(), origin));
      if (result instanceof SummaryResult.Success) {
        if (replies.isEmpty()) {
          String title = ((SummaryResult.Success) result).summary().title();
          threadName = nonBlank(DiscordText.threadName(title), threadName);
        }
        replies.add(renderer.result(result, uiLanguage));
      } else if (!QUIET.contains(((SummaryResult.Failure) result).reason())) {
        replies.add(renderer.result(result, uiLanguage));
      }
    }
    String threadId = replies.isEmpty() ? null : deliver(message, replies, threadName, uiLanguage);
    record(ref, message, found, threadId);
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
                  DiscordTexts.forLanguage(uiLanguage).repost(String.join(" ", mentions))))
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
              renderer.notice(DiscordTexts.forLanguage(uiLanguage).missingPermission(permission)))
          .setAllowedMentions(List.of())
          .complete();
    } catch (RuntimeException e) {
      log.warn(
          "could not tell user {} about the missing permission: {}",
          message.getAuthor().getId(),
          e.toString());
    }
  }

  private boolean react(Message message, Emoji emoji) {
    try {
      message.addReaction(emoji).complete();
      return true;
    } catch (RuntimeException e) {
      Optional<String> missing = DiscordFailures.missingPermission(e, "Add Reactions");
      if (missing.isEmpty()) {
        log.warn("reaction on message {} failed: {}", message.getId(), e.toString());
      } else {
        log.warn(
            "missing permission '{}' in channel {}; answering without a reaction",
            missing.get(),
            message.getChannelId());
      }
      return false;
    }
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
