package io.gloss.slack;

import com.slack.api.Slack;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.SlackApiTextResponse;
import com.slack.api.methods.request.chat.ChatUnfurlRequest;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import com.slack.api.methods.response.conversations.ConversationsHistoryResponse;
import com.slack.api.methods.response.users.UsersInfoResponse;
import com.slack.api.model.Message;
import com.slack.api.model.User;
import com.slack.api.webhook.WebhookResponse;
import io.gloss.core.domain.ChannelRef;
import io.gloss.core.retry.RetryAfterPolicy;
import io.gloss.slack.render.SlackMessage;
import io.gloss.slack.render.SlackRenderer;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every call Gloss makes to Slack, in one place: posts never unfurl and never parse mentions, a 429
 * is retried after its {@code Retry-After} as {@link RetryAfterPolicy#PLATFORM} allows (then a
 * logged give-up), 401/403 and other errors are logged and never retried, and {@code response_url}
 * posts go only to Slack's hooks hosts (or the configured API host).
 */
final class SlackPoster {
  private static final Logger log = LoggerFactory.getLogger(SlackPoster.class);
  private static final RetryAfterPolicy RATE_LIMITS = RetryAfterPolicy.PLATFORM;

  private final Slack slack;
  private final BotTokens tokens;
  private final SlackRenderer renderer;
  private final Set<String> responseHosts;

  interface Call<T extends SlackApiTextResponse> {
    T run() throws IOException, SlackApiException;
  }

  /** A Web API call made with the token of one workspace. */
  interface ClientCall<T extends SlackApiTextResponse> {
    T run(MethodsClient methods) throws IOException, SlackApiException;
  }

  SlackPoster(Slack slack, BotTokens tokens, String apiUrl, SlackRenderer renderer) {
    this.slack = slack;
    this.tokens = tokens;
    this.renderer = renderer;
    String apiHost = Optional.ofNullable(URI.create(apiUrl).getHost()).orElse("slack.com");
    this.responseHosts =
        Set.of("hooks.slack.com", "hooks.slack-gov.com", apiHost.toLowerCase(Locale.ROOT));
  }

  /** Posts a message (in a thread when {@code threadTs} is given); returns its ts. */
  Optional<String> postMessage(
      ChannelRef channel, @Nullable String threadTs, SlackMessage message) {
    return call(
            channel.workspace(),
            "chat.postMessage",
            methods ->
                methods.chatPostMessage(
                    r ->
                        r.channel(channel.channel())
                            .threadTs(threadTs)
                            .text(message.text())
                            .blocks(message.blocks())
                            .unfurlLinks(false)
                            .unfurlMedia(false)
                            .linkNames(false)
                            .parse("none")))
        .map(ChatPostMessageResponse::getTs);
  }

  void postEphemeral(ChannelRef channel, String user, SlackMessage message) {
    call(
        channel.workspace(),
        "chat.postEphemeral",
        methods ->
            methods.chatPostEphemeral(
                r ->
                    r.channel(channel.channel())
                        .user(user)
                        .text(message.text())
                        .blocks(message.blocks())
                        .linkNames(false)
                        .parse("none")));
  }

  void addReaction(ChannelRef channel, String ts, String name) {
    call(
        channel.workspace(),
        "reactions.add",
        methods ->
            methods.reactionsAdd(r -> r.channel(channel.channel()).timestamp(ts).name(name)));
  }

  void unfurl(
      ChannelRef channel,
      @Nullable String ts,
      @Nullable String unfurlId,
      @Nullable String source,
      Map<String, ChatUnfurlRequest.UnfurlDetail> unfurls) {
    call(
        channel.workspace(),
        "chat.unfurl",
        methods ->
            methods.chatUnfurl(
                r -> {
                  if (ts != null && !"composer".equals(source)) {
                    r.channel(channel.channel()).ts(ts);
                  } else {
                    r.unfurlId(unfurlId).source(source);
                  }
                  return r.unfurls(unfurls);
                }));
  }

  /** The text of one message, read back only when the shared-link log does not have it. */
  Optional<String> messageText(ChannelRef channel, String ts) {
    return call(
            channel.workspace(),
            "conversations.history",
            methods ->
                methods.conversationsHistory(
                    r ->
                        r.channel(channel.channel())
                            .latest(ts)
                            .oldest(ts)
                            .inclusive(true)
                            .limit(1)))
        .map(ConversationsHistoryResponse::getMessages)
        .flatMap(messages -> messages.stream().findFirst())
        .map(Message::getText);
  }

  /** The user's locale ({@code ko-KR}, {@code en-US}), when Slack tells. */
  /**
   * Whether the user is an admin or owner of the workspace ({@code users.info}); false when Slack
   * cannot tell, so that a failed lookup never grants rights.
   */
  boolean isWorkspaceAdmin(String team, String user) {
    return userInfo(team, user).map(SlackPoster::isAdmin).orElse(false);
  }

  /** The user's profile ({@code users.info}: admin flags, time zone), when Slack tells. */
  Optional<User> userInfo(String team, String user) {
    return call(team, "users.info", methods -> methods.usersInfo(r -> r.user(user)))
        .map(UsersInfoResponse::getUser);
  }

  static boolean isAdmin(User user) {
    return user.isAdmin() || user.isOwner() || user.isPrimaryOwner();
  }

  Optional<String> userLocale(String team, String user) {
    return call(
            team, "users.info", methods -> methods.usersInfo(r -> r.user(user).includeLocale(true)))
        .map(UsersInfoResponse::getUser)
        .map(User::getLocale);
  }

  /**
   * Posts to a {@code response_url}; false when the URL is not on an allowed host or the post
   * failed, so that the caller can fall back to {@code chat.postEphemeral}.
   */
  boolean respond(@Nullable String responseUrl, SlackMessage message, boolean inChannel) {
    return respondRaw(responseUrl, renderer.responsePayload(message, inChannel));
  }

  boolean respondRaw(@Nullable String responseUrl, String json) {
    if (responseUrl == null || !isAllowedResponseUrl(responseUrl)) {
      log.warn("Refusing response_url on an unexpected host: {}", hostOf(responseUrl));
      return false;
    }
    Duration waited = Duration.ZERO;
    for (int retries = 0; ; retries++) {
      try {
        WebhookResponse response = slack.send(responseUrl, json);
        Integer code = response.getCode();
        if (code != null && code == 429) {
          Optional<Duration> wait = RATE_LIMITS.nextWait(retries, retryAfter(response), waited);
          if (wait.isPresent() && sleep(wait.get())) {
            waited = waited.plus(wait.get());
            continue;
          }
          log.warn("response_url post still rate limited after {} retries; giving up", retries);
          return false;
        }
        if (code == null || code != 200) {
          log.warn("response_url post failed: HTTP {}", code);
          return false;
        }
        return true;
      } catch (IOException e) {
        log.warn("response_url post failed: {}", e.toString());
        return false;
      }
    }
  }

  private static @Nullable Duration retryAfter(WebhookResponse response) {
    if (response.getHeaders() == null) {
      return null;
    }
    for (Map.Entry<String, java.util.List<String>> header : response.getHeaders().entrySet()) {
      if ("retry-after".equalsIgnoreCase(header.getKey())
          && header.getValue() != null
          && !header.getValue().isEmpty()) {
        return RetryAfterPolicy.parseSeconds(header.getValue().get(0));
      }
    }
    return null;
  }

  boolean isAllowedResponseUrl(String url) {
    try {
      URI uri = URI.create(url);
      String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
      boolean slackHook = "https".equalsIgnoreCase(uri.getScheme()) && host.startsWith("hooks.");
      return responseHosts.contains(host) && (slackHook || !host.startsWith("hooks."));
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static String hostOf(@Nullable String url) {
    if (url == null) {
      return "<none>";
    }
    try {
      return String.valueOf(URI.create(url).getHost());
    } catch (IllegalArgumentException e) {
      return "<invalid>";
    }
  }

  /** Calls with the workspace's token; nothing (one log line) when Gloss is not installed there. */
  private <T extends SlackApiTextResponse> Optional<T> call(
      String team, String method, ClientCall<T> call) {
    Optional<String> token = tokens.forTeam(team);
    if (token.isEmpty()) {
      log.info("Slack {} skipped: Gloss is not installed in workspace {}", method, team);
      return Optional.empty();
    }
    MethodsClient methods = slack.methods(token.get());
    return call(method, () -> call.run(methods));
  }

  private <T extends SlackApiTextResponse> Optional<T> call(String method, Call<T> call) {
    Duration waited = Duration.ZERO;
    for (int retries = 0; ; retries++) {
      try {
        T response = call.run();
        if (!response.isOk()) {
          log.warn("Slack {} failed: {}", method, response.getError());
          return Optional.empty();
        }
        return Optional.of(response);
      } catch (SlackApiException e) {
        int status = e.getResponse().code();
        if (status != 429) {
          // 401/403 and other errors will not change by waiting: never retried.
          log.warn("Slack {} failed: HTTP {}", method, status);
          return Optional.empty();
        }
        Optional<Duration> wait =
            RATE_LIMITS.nextWait(
                retries,
                RetryAfterPolicy.parseSeconds(e.getResponse().header("Retry-After")),
                waited);
        if (wait.isEmpty()) {
          log.warn("Slack {} still rate limited after {} retries; giving up", method, retries);
          return Optional.empty();
        }
        log.info(
            "Slack {} rate limited; retry {} after {} ms",
            method,
            retries + 1,
            wait.get().toMillis());
        if (!sleep(wait.get())) {
          return Optional.empty();
        }
        waited = waited.plus(wait.get());
      } catch (IOException e) {
        log.warn("Slack {} failed: {}", method, e.toString());
        return Optional.empty();
      }
    }
  }

  private static boolean sleep(Duration wait) {
    try {
      Thread.sleep(wait.toMillis());
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
