package io.gloss.slack;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.app_backend.interactive_components.payload.MessageShortcutPayload;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.context.builtin.MessageShortcutContext;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.request.builtin.MessageShortcutRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.Message;
import io.gloss.core.domain.ChannelRef;
import io.gloss.core.domain.ChannelSettings;
import io.gloss.core.domain.DefineResult;
import io.gloss.core.domain.RequestOrigin;
import io.gloss.core.domain.SummaryResult;
import io.gloss.core.domain.SummaryStyle;
import io.gloss.core.domain.Vote;
import io.gloss.core.port.in.ChannelSettingsUseCase;
import io.gloss.core.port.in.DefineTermUseCase;
import io.gloss.core.port.in.FeedbackUseCase;
import io.gloss.core.port.in.LinkMessage;
import io.gloss.core.port.in.LinkTrigger;
import io.gloss.core.port.in.RateLimitUseCase;
import io.gloss.core.port.in.StoreUnavailableException;
import io.gloss.core.render.CommandTexts;
import io.gloss.core.render.NoticeTexts;
import io.gloss.slack.render.BotLanguage;
import io.gloss.slack.render.SlackRenderer;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Buttons under a summary (shorter / simpler / English / 👍 / 👎), the "share in channel" button
 * under a definition, and the message shortcut "Summarize with Gloss".
 */
final class SlackInteractions {
  private static final Logger log = LoggerFactory.getLogger(SlackInteractions.class);
  static final String SHORTCUT_CALLBACK_ID = "summarize_with_gloss";

  private final DefineTermUseCase definer;
  private final ChannelSettingsUseCase channelSettings;
  private final FeedbackUseCase feedback;
  private final LinkReplies links;
  private final RateLimitUseCase limiter;
  private final SlackRenderer renderer;
  private final SlackPoster poster;
  private final Work work;
  private final UserLocales locales;

  SlackInteractions(
      DefineTermUseCase definer,
      ChannelSettingsUseCase channelSettings,
      FeedbackUseCase feedback,
      LinkReplies links,
      RateLimitUseCase limiter,
      SlackRenderer renderer,
      SlackPoster poster,
      Work work,
      UserLocales locales) {
    this.locales = locales;
    this.definer = definer;
    this.channelSettings = channelSettings;
    this.feedback = feedback;
    this.links = links;
    this.limiter = limiter;
    this.renderer = renderer;
    this.poster = poster;
    this.work = work;
  }

  /** Shorter / simpler / English: the variant comes from the core and is posted in the thread. */
  Response variant(BlockActionRequest request, ActionContext ctx) {
    BlockActionPayload payload = request.getPayload();
    Clicked clicked = Clicked.of(payload);
    if (clicked == null) {
      return ctx.ack();
    }
    String actionId = clicked.action().getActionId();
    SummaryStyle style =
        SlackRenderer.ACTION_SHORTER.equals(actionId)
            ? SummaryStyle.SHORT
            : SlackRenderer.ACTION_SIMPLER.equals(actionId) ? SummaryStyle.SIMPLE : null;
    String language = SlackRenderer.ACTION_ENGLISH.equals(actionId) ? "en" : null;
    work.submit(clicked.channel(), actionId, () -> variantLater(clicked, style, language));
    return ctx.ack();
  }

  /**
   * 👍 / 👎: stored by the core for the workspace (one vote per user per summary, a second click
   * changes it), thanked ephemerally.
   */
  Response feedback(BlockActionRequest request, ActionContext ctx) {
    BlockActionPayload payload = request.getPayload();
    Clicked clicked = Clicked.of(payload);
    if (clicked == null) {
      return ctx.ack();
    }
    work.submit(
        clicked.channel(),
        "feedback",
        () -> {
          Vote vote =
              SlackRenderer.ACTION_UP.equals(clicked.action().getActionId()) ? Vote.UP : Vote.DOWN;
          String url = clicked.action().getValue();
          String reply = (clicked.messageTs() == null ? "-" : clicked.messageTs()) + " " + url;
          BotLanguage lang =
              locales.forUser(
                  channelSettings.get(clicked.channel()),
                  clicked.channel().workspace(),
                  clicked.user());
          String answer;
          try {
            feedback.vote(clicked.channel(), reply, clicked.user(), url, vote);
            answer = CommandTexts.thanks(lang.reply());
          } catch (StoreUnavailableException e) {
            // A vote needs the store: say so in one line (the outage is logged once elsewhere).
            answer = NoticeTexts.storeUnavailable(lang.reply());
          }
          if (!poster.respond(payload.getResponseUrl(), renderer.notice(answer), false)) {
            poster.postEphemeral(clicked.channel(), clicked.user(), renderer.notice(answer));
          }
        });
    return ctx.ack();
  }

  /** Shares an ephemeral /define answer in the channel and removes the ephemeral copy. */
  Response shareDefinition(BlockActionRequest request, ActionContext ctx) {
    BlockActionPayload payload = request.getPayload();
    Clicked clicked = Clicked.of(payload);
    if (clicked == null || clicked.action().getValue() == null) {
      return ctx.ack();
    }
    String term = clicked.action().getValue();
    work.submit(
        clicked.channel(),
        "share definition",
        () -> {
          BotLanguage lang =
              locales.forChannel(
                  channelSettings.get(clicked.channel()),
                  clicked.channel().workspace(),
                  clicked.user());
          DefineResult result;
          try {
            result =
                definer.define(
                    term,
                    new RequestOrigin(
                        LinkReplies.PLATFORM,
                        clicked.channel().workspace(),
                        clicked.channel().channel(),
                        clicked.user()));
          } catch (StoreUnavailableException e) {
            poster.postEphemeral(
                clicked.channel(),
                clicked.user(),
                renderer.notice(NoticeTexts.storeUnavailable(lang.reply())));
            return;
          }
          poster.postMessage(
              clicked.channel(), clicked.threadTs(), renderer.definition(result, lang, false));
          poster.respondRaw(payload.getResponseUrl(), renderer.deleteOriginalPayload());
        });
    return ctx.ack();
  }

  /** Message shortcut "Summarize with Gloss": the links of any message, answered in its thread. */
  Response shortcut(MessageShortcutRequest request, MessageShortcutContext ctx) {
    MessageShortcutPayload payload = request.getPayload();
    Message message = payload.getMessage();
    if (message == null || payload.getChannel() == null || payload.getUser() == null) {
      return ctx.ack();
    }
    String teamId = payload.getTeam() == null ? null : payload.getTeam().getId();
    ChannelRef channel = LinkReplies.channel(teamId, payload.getChannel().getId());
    String user = payload.getUser().getId();
    String threadTs = message.getThreadTs() != null ? message.getThreadTs() : message.getTs();
    List<String> urls = links.linksIn(message.getText());
    String responseUrl = payload.getResponseUrl();
    work.submit(
        channel,
        "shortcut",
        () -> {
          ChannelSettings chosen = channelSettings.get(channel);
          if (urls.isEmpty()) {
            BotLanguage lang = locales.forUser(chosen, channel.workspace(), user);
            if (!poster.respond(
                responseUrl, renderer.notice(NoticeTexts.noLinks(lang.reply())), false)) {
              poster.postEphemeral(
                  channel, user, renderer.notice(NoticeTexts.noLinks(lang.reply())));
            }
            return;
          }
          links.answerInThread(new LinkMessage(channel, user, urls, LinkTrigger.ASKED), threadTs);
        });
    return ctx.ack();
  }

  private void variantLater(
      Clicked clicked, @Nullable SummaryStyle style, @Nullable String language) {
    ChannelSettings chosen = channelSettings.get(clicked.channel());
    BotLanguage lang =
        language != null
            ? BotLanguage.EN
            : locales.forChannel(chosen, clicked.channel().workspace(), clicked.user());
    if (!limiter.tryAcquire(LinkReplies.origin(clicked.channel(), clicked.user()))) {
      poster.postEphemeral(
          clicked.channel(),
          clicked.user(),
          renderer.notice(NoticeTexts.rateLimited(lang.reply())));
      return;
    }
    String url = clicked.action().getValue();
    RequestOrigin origin =
        new RequestOrigin(
            LinkReplies.PLATFORM,
            clicked.channel().workspace(),
            clicked.channel().channel(),
            clicked.user());
    SummaryResult result =
        links.summarize(
            url,
            style == null ? chosen.style() : style,
            language == null ? chosen.language() : language,
            origin);
    if (result instanceof SummaryResult.Success success) {
      poster.postMessage(
          clicked.channel(), clicked.threadTs(), renderer.summaryMessage(success.summary(), lang));
    } else {
      poster.postEphemeral(
          clicked.channel(),
          clicked.user(),
          renderer.notice(renderer.failureLine((SummaryResult.Failure) result, lang)));
    }
  }

  /** A click: which button, by whom, in which channel and thread. */
  record Clicked(
      BlockActionPayload.Action action,
      ChannelRef channel,
      String user,
      @Nullable String threadTs,
      @Nullable String messageTs) {
    static @Nullable Clicked of(BlockActionPayload payload) {
      if (payload.getActions() == null
          || payload.getActions().isEmpty()
          || payload.getUser() == null
          || payload.getActions().get(0).getValue() == null) {
        return null;
      }
      BlockActionPayload.Container container = payload.getContainer();
      String channelId =
          payload.getChannel() != null
              ? payload.getChannel().getId()
              : container != null ? container.getChannelId() : null;
      if (channelId == null) {
        return null;
      }
      String teamId =
          payload.getTeam() != null ? payload.getTeam().getId() : payload.getUser().getTeamId();
      String threadTs = null;
      if (payload.getMessage() != null && payload.getMessage().getThreadTs() != null) {
        threadTs = payload.getMessage().getThreadTs();
      } else if (container != null && !container.isEphemeral()) {
        threadTs =
            container.getThreadTs() != null ? container.getThreadTs() : container.getMessageTs();
      }
      String messageTs =
          payload.getMessage() != null && payload.getMessage().getTs() != null
              ? payload.getMessage().getTs()
              : container != null ? container.getMessageTs() : null;
      return new Clicked(
          payload.getActions().get(0),
          LinkReplies.channel(teamId, channelId),
          payload.getUser().getId(),
          threadTs,
          messageTs);
    }
  }
}
