package io.gloss.slack;

import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.response.Response;
import com.slack.api.methods.request.chat.ChatUnfurlRequest;
import com.slack.api.model.event.LinkSharedEvent;
import com.slack.api.model.event.MessageEvent;
import com.slack.api.model.event.MessageFileShareEvent;
import com.slack.api.model.event.ReactionAddedEvent;
import io.gloss.core.domain.ChannelRef;
import io.gloss.core.domain.FailureReason;
import io.gloss.core.domain.RequestOrigin;
import io.gloss.core.domain.SummaryRequest;
import io.gloss.core.domain.SummaryResult;
import io.gloss.core.domain.SummaryStyle;
import io.gloss.core.port.in.EventClaimUseCase;
import io.gloss.core.port.in.LinkMessage;
import io.gloss.core.port.in.LinkPlan;
import io.gloss.core.port.in.LinkRepliesUseCase;
import io.gloss.core.port.in.LinkTrigger;
import io.gloss.core.port.in.SharedLinksUseCase;
import io.gloss.core.port.in.SummarizeArticleUseCase;
import io.gloss.core.render.NoticeTexts;
import io.gloss.slack.render.BotLanguage;
import io.gloss.slack.render.SlackMessage;
import io.gloss.slack.render.SlackRenderer;
import io.gloss.slack.text.SlackLinks;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Pasted links: the {@code message}, {@code reaction_added} (📰) and {@code link_shared} events.
 * Each handler claims the event through the core (a lease), acks at once and does the rest on the
 * executor; the claim is marked answered when the work is done, so a retry after a crash is
 * answered and a retry while the work runs is not. A message (or 📰) is first accepted on the
 * acknowledgement executor: the core's plan, then 👀 at once, never queued behind other messages'
 * fetches; the summaries and the reply follow on the work executor.
 */
final class LinkReplies {
  private static final Logger log = LoggerFactory.getLogger(LinkReplies.class);
  static final String PLATFORM = "slack";
  private static final String WORKING_REACTION = "eyes";
  private static final String ASK_REACTION = "newspaper";

  private final SlackSettings settings;
  private final SlackLinks slackLinks;
  private final SummarizeArticleUseCase summarizer;
  private final LinkRepliesUseCase linkReplies;
  private final SharedLinksUseCase sharedLinks;
  private final EventClaimUseCase claims;
  private final SlackRenderer renderer;
  private final SlackPoster poster;
  private final Work work;
  private final Clock clock;
  private final UserLocales locales;

  LinkReplies(
      SlackSettings settings,
      SlackLinks slackLinks,
      SummarizeArticleUseCase summarizer,
      LinkRepliesUseCase linkReplies,
      SharedLinksUseCase sharedLinks,
      EventClaimUseCase claims,
      SlackRenderer renderer,
      SlackPoster poster,
      Work work,
      Clock clock,
      UserLocales locales) {
    this.settings = settings;
    this.slackLinks = slackLinks;
    this.summarizer = summarizer;
    this.linkReplies = linkReplies;
    this.sharedLinks = sharedLinks;
    this.claims = claims;
    this.renderer = renderer;
    this.poster = poster;
    this.work = work;
    this.clock = clock;
    this.locales = locales;
  }

  Response onMessage(EventsApiPayload<MessageEvent> payload, EventContext ctx) {
    MessageEvent event = payload.getEvent();
    // Own messages, other bots and edits (subtypes) are not answered.
    if (event.getBotId() != null || event.getSubtype() != null) {
      return ctx.ack();
    }
    return posted(
        payload,
        ctx,
        event.getUser(),
        event.getChannel(),
        event.getText(),
        event.getTs(),
        event.getThreadTs());
  }

  /** A message with a file attached ({@code file_share}): its text is a message like any other. */
  Response onFileShare(EventsApiPayload<MessageFileShareEvent> payload, EventContext ctx) {
    MessageFileShareEvent event = payload.getEvent();
    if (Boolean.TRUE.equals(event.getDisplayAsBot())) {
      return ctx.ack();
    }
    return posted(
        payload,
        ctx,
        event.getUser(),
        event.getChannel(),
        event.getText(),
        event.getTs(),
        event.getThreadTs());
  }

  private Response posted(
      EventsApiPayload<?> payload,
      EventContext ctx,
      @Nullable String user,
      @Nullable String channelId,
      @Nullable String text,
      @Nullable String ts,
      @Nullable String threadTs) {
    // Thread chatter is not answered.
    if (user == null
        || channelId == null
        || ts == null
        || (threadTs != null && !threadTs.equals(ts))) {
      return ctx.ack();
    }
    List<String> urls = linksIn(text);
    if (urls.isEmpty()) {
      return ctx.ack();
    }
    Optional<EventClaimUseCase.Claim> claim =
        claim(eventKey(payload, "msg:" + channelId + ":" + ts), ctx);
    if (claim.isEmpty()) {
      return ctx.ack();
    }
    ChannelRef channel = channel(payload.getTeamId(), channelId);
    work.acceptIfInstalled(
        channel,
        "links in " + channel.channel(),
        () -> claim.get().answerInSteps(() -> linksPosted(channel, ts, user, urls)));
    return ctx.ack();
  }

  Response onReaction(EventsApiPayload<ReactionAddedEvent> payload, EventContext ctx) {
    ReactionAddedEvent event = payload.getEvent();
    if (!ASK_REACTION.equals(event.getReaction())
        || event.getItem() == null
        || !"message".equals(event.getItem().getType())
        || event.getItem().getChannel() == null
        || event.getItem().getTs() == null) {
      return ctx.ack();
    }
    String ts = event.getItem().getTs();
    Optional<EventClaimUseCase.Claim> claim =
        claim(eventKey(payload, "react:" + event.getItem().getChannel() + ":" + ts), ctx);
    if (claim.isEmpty()) {
      return ctx.ack();
    }
    ChannelRef channel = channel(payload.getTeamId(), event.getItem().getChannel());
    String user = event.getUser() == null ? "-" : event.getUser();
    work.acceptIfInstalled(
        channel,
        "📰 in " + channel.channel(),
        () -> claim.get().answerInSteps(() -> newspaperAdded(channel, ts, user)));
    return ctx.ack();
  }

  Response onLinkShared(EventsApiPayload<LinkSharedEvent> payload, EventContext ctx) {
    LinkSharedEvent event = payload.getEvent();
    if (event.getLinks() == null || event.getLinks().isEmpty() || event.getChannel() == null) {
      return ctx.ack();
    }
    Optional<EventClaimUseCase.Claim> claim =
        claim(eventKey(payload, "unfurl:" + event.getChannel() + ":" + event.getMessageTs()), ctx);
    if (claim.isEmpty()) {
      return ctx.ack();
    }
    ChannelRef channel = channel(payload.getTeamId(), event.getChannel());
    work.submitIfInstalled(
        channel,
        "unfurl in " + channel.channel(),
        () -> claim.get().answerWith(() -> unfurl(channel, event)));
    return ctx.ack();
  }

  /**
   * Answers the links of a message in the thread of {@code threadTs} as the core plans it (the
   * channel's mode, the rate limit, the link cap): 👀 on the message, then one reply (several when
   * Slack's message limits demand). A rate-limited asker gets a notice only they see.
   */
  void answerInThread(LinkMessage message, String threadTs) {
    Runnable rest = accept(message, threadTs, linkReplies.plan(message));
    if (rest != null) {
      rest.run();
    }
  }

  /**
   * What the plan asks for at once, 👀 on a message to be answered, and the rest to do afterwards
   * (the summaries and the reply, or the rate-limit notice); null when there is nothing to do.
   */
  private @Nullable Runnable accept(LinkMessage message, String threadTs, LinkPlan plan) {
    ChannelRef channel = message.channel();
    String user = message.user();
    if (plan instanceof LinkPlan.Ignore ignore) {
      log.debug("Links in {} not answered: {}", channel.channel(), ignore.why());
      return null;
    } else if (plan instanceof LinkPlan.RateLimited limited) {
      return () -> {
        BotLanguage userLang = locales.forUser(limited.settings(), channel.workspace(), user);
        poster.postEphemeral(
            channel, user, renderer.notice(NoticeTexts.rateLimited(userLang.reply())));
      };
    }
    LinkPlan.Answer answer = (LinkPlan.Answer) plan;
    poster.addReaction(channel, threadTs, WORKING_REACTION);
    return () -> {
      BotLanguage lang = locales.forChannel(answer.settings(), channel.workspace(), user);
      List<SummaryResult> results = linkReplies.summaries(answer);
      for (SlackMessage reply : renderer.reply(results, lang, answer.omitted())) {
        poster.postMessage(channel, threadTs, reply);
      }
    };
  }

  /** Calls the core; the use case never throws by contract, but this is the adapter boundary. */
  SummaryResult summarize(
      String url, SummaryStyle style, @Nullable String language, RequestOrigin origin) {
    try {
      SummaryResult result = summarizer.summarize(new SummaryRequest(url, style, language, origin));
      if (result instanceof SummaryResult.Failure failure) {
        log.info("No summary for {}: {} ({})", url, failure.reason().code(), failure.detail());
      }
      return result;
    } catch (RuntimeException e) {
      log.error("Summarizing {} failed unexpectedly", url, e);
      return new SummaryResult.Failure(url, FailureReason.EXTRACTION_FAILED, "internal error");
    }
  }

  /** The links of a message's text (none for no text). */
  List<String> linksIn(@Nullable String text) {
    return slackLinks.parse(text == null ? "" : text);
  }

  /** The first link of a command's argument. */
  Optional<String> firstUrl(String text) {
    return slackLinks.firstUrl(text);
  }

  List<String> threadUrls(List<String> urls) {
    return urls.stream().filter(url -> !isUnfurlDomain(url)).toList();
  }

  static ChannelRef channel(@Nullable String teamId, String channelId) {
    return new ChannelRef(PLATFORM, teamId == null ? "-" : teamId, channelId);
  }

  /** Accepts a pasted message; the link log (for the digest) is written with the rest. */
  private Runnable linksPosted(ChannelRef channel, String ts, String user, List<String> urls) {
    Runnable rest =
        acceptFirstTime(new LinkMessage(channel, user, threadUrls(urls), LinkTrigger.PASTED), ts);
    return () -> {
      record(channel, ts, user, urls);
      if (rest != null) {
        rest.run();
      }
    };
  }

  private @Nullable Runnable newspaperAdded(ChannelRef channel, String ts, String user) {
    List<String> urls = threadUrls(linksOf(channel, ts));
    return acceptFirstTime(new LinkMessage(channel, user, urls, LinkTrigger.REACTION), ts);
  }

  /**
   * Accepts a message unless another trigger (its paste, a 📰, the shortcut) already answered it,
   * and returns the rest of its answer. The plan comes first: a trigger the channel's mode ignores
   * must not use up the message's one answer.
   */
  private @Nullable Runnable acceptFirstTime(LinkMessage message, String ts) {
    LinkPlan plan = linkReplies.plan(message);
    if (plan instanceof LinkPlan.Ignore ignore) {
      log.debug("Links in {} not answered: {}", message.channel().channel(), ignore.why());
      return null;
    }
    ChannelRef channel = message.channel();
    return claims
        .claim(PLATFORM, "answered:" + channel.workspace() + ":" + channel.channel() + ":" + ts)
        .map(claim -> claim.answerInSteps(() -> accept(message, ts, plan)))
        .orElse(null);
  }

  private List<String> linksOf(ChannelRef channel, String ts) {
    // None while the store is unavailable: the message itself still has its links.
    List<String> logged = sharedLinks.linksOf(channel, ts);
    if (!logged.isEmpty()) {
      return logged;
    }
    return poster.messageText(channel, ts).map(this::linksIn).orElse(List.of());
  }

  private void unfurl(ChannelRef channel, LinkSharedEvent event) {
    List<String> urls =
        event.getLinks().stream().map(LinkSharedEvent.Link::getUrl).distinct().toList();
    boolean inChannel = event.getMessageTs() != null && !"COMPOSER".equals(event.getChannel());
    if (inChannel && event.getUser() != null) {
      record(channel, event.getMessageTs(), event.getUser(), urls);
    }
    List<String> wanted = urls.stream().filter(this::isUnfurlDomain).toList();
    String user = event.getUser() == null ? "-" : event.getUser();
    // An unfurl has no place for a notice: a rate-limited or ignored one just stays a plain link.
    if (!(linkReplies.plan(new LinkMessage(channel, user, wanted, LinkTrigger.UNFURL))
        instanceof LinkPlan.Answer answer)) {
      return;
    }
    BotLanguage lang = locales.forChannel(answer.settings(), channel.workspace(), user);
    List<SummaryResult> results = linkReplies.summaries(answer);
    Map<String, ChatUnfurlRequest.UnfurlDetail> unfurls = new LinkedHashMap<>();
    for (int i = 0; i < results.size(); i++) {
      ChatUnfurlRequest.UnfurlDetail detail = new ChatUnfurlRequest.UnfurlDetail();
      detail.setBlocks(renderer.resultBlocks(results.get(i), lang));
      unfurls.put(answer.links().get(i), detail);
    }
    poster.unfurl(channel, event.getMessageTs(), event.getUnfurlId(), event.getSource(), unfurls);
  }

  private void record(ChannelRef channel, String ts, String user, List<String> urls) {
    sharedLinks.record(channel, ts, null, user, urls, clock.instant());
  }

  static RequestOrigin origin(ChannelRef channel, String user) {
    return new RequestOrigin(PLATFORM, channel.workspace(), channel.channel(), user);
  }

  private boolean isUnfurlDomain(String url) {
    return settings.unfurlDomains().stream().anyMatch(domain -> SlackLinks.isOnDomain(url, domain));
  }

  private static String eventKey(EventsApiPayload<?> payload, String fallback) {
    return payload.getEventId() != null ? "event:" + payload.getEventId() : fallback;
  }

  /**
   * Claims an event before any work; a retried delivery (X-Slack-Retry-Num) finds it claimed,
   * unless the claimer died before answering (its lease ran out): then the retry takes it over.
   */
  private Optional<EventClaimUseCase.Claim> claim(String key, EventContext ctx) {
    Optional<EventClaimUseCase.Claim> claim = claims.claim(PLATFORM, key);
    if (claim.isEmpty()) {
      log.info(
          "Duplicate Slack delivery {} ignored (retry {}, {})",
          key,
          ctx.getRetryNum(),
          ctx.getRetryReason());
    }
    return claim;
  }
}
