package io.gloss.slack;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import io.gloss.core.digest.view.Digest;
import io.gloss.core.port.out.DigestPostException;
import io.gloss.core.port.out.DigestPoster;
import io.gloss.core.retry.RetryAfterPolicy;
import io.gloss.slack.render.SlackDigestRenderer;
import io.gloss.slack.render.SlackMessage;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts digests to Slack channels (not in a thread) with {@code chat.postMessage}, thread links
 * being Slack's permalinks ({@link SlackPermalinks}): links not unfurled, names not linked, parse
 * none. A 429 is retried after its Retry-After as {@link RetryAfterPolicy#PLATFORM} allows; the
 * parts of one digest are spaced by {@code pace}. Errors that say the channel refuses the bot are
 * reported as such (the run is skipped, not retried).
 */
final class SlackDigestPoster implements DigestPoster {
  private static final Logger log = LoggerFactory.getLogger(SlackDigestPoster.class);

  /** Slack errors that waiting will not fix: the bot is not welcome in this channel. */
  static final Set<String> CHANNEL_PROBLEMS =
      Set.of(
          "not_in_channel",
          "channel_not_found",
          "is_archived",
          "missing_scope",
          "restricted_action",
          "restricted_action_read_only_channel",
          "restricted_action_non_threadable_channel",
          "ekm_access_denied",
          "team_access_not_granted",
          "not_allowed_token_type",
          "account_inactive",
          "invalid_auth",
          "token_revoked");

  private final com.slack.api.Slack slack;
  private final BotTokens tokens;
  private final SlackDigestRenderer renderer;
  private final SlackPermalinks permalinks;
  private final Duration pace;

  SlackDigestPoster(
      com.slack.api.Slack slack, BotTokens tokens, SlackDigestRenderer renderer, Duration pace) {
    this.slack = Objects.requireNonNull(slack, "slack");
    this.tokens = Objects.requireNonNull(tokens, "tokens");
    this.renderer = Objects.requireNonNull(renderer, "renderer");
    this.permalinks = new SlackPermalinks(team -> tokens.forTeam(team).map(slack::methods));
    this.pace = Objects.requireNonNull(pace, "pace");
  }

  @Override
  public String platform() {
    return LinkReplies.PLATFORM;
  }

  @Override
  public void post(Digest digest, int alreadyPosted, Consumer<String> posted)
      throws DigestPostException {
    List<SlackMessage> messages = renderer.render(digest, permalinks::link);
    String channel = digest.channel().channel();
    String token =
        tokens
            .forTeam(digest.channel().workspace())
            // Gloss was uninstalled from that workspace: the channel's digest cannot be posted.
            .orElseThrow(() -> new DigestPostException("not_installed", true));
    MethodsClient methods = slack.methods(token);
    for (int part = alreadyPosted; part < messages.size(); part++) {
      if (part > alreadyPosted && !pace.isZero()) {
        sleep(pace);
      }
      posted.accept(postOne(methods, channel, messages.get(part)));
    }
  }

  private static String postOne(MethodsClient methods, String channel, SlackMessage message)
      throws DigestPostException {
    Duration waited = Duration.ZERO;
    for (int retries = 0; ; retries++) {
      try {
        ChatPostMessageResponse response =
            methods.chatPostMessage(
                r ->
                    r.channel(channel)
                        .text(message.text())
                        .blocks(message.blocks())
                        .unfurlLinks(false)
                        .unfurlMedia(false)
                        .linkNames(false)
                        .parse("none"));
        if (response.isOk() && response.getTs() != null) {
          return response.getTs();
        }
        String error = response.getError() == null ? "unknown_error" : response.getError();
        if (!"ratelimited".equals(error)) {
          throw new DigestPostException(error, CHANNEL_PROBLEMS.contains(error));
        }
        waited = waitOrGiveUp(retries, null, waited);
      } catch (SlackApiException e) {
        int status = e.getResponse().code();
        if (status != 429) {
          throw new DigestPostException("http_" + status, status == 401 || status == 403);
        }
        waited =
            waitOrGiveUp(
                retries,
                RetryAfterPolicy.parseSeconds(e.getResponse().header("Retry-After")),
                waited);
      } catch (IOException e) {
        log.warn("Slack chat.postMessage failed for a digest: {}", e.toString());
        throw new DigestPostException("network_error", false);
      }
    }
  }

  private static Duration waitOrGiveUp(
      int retries, @org.jspecify.annotations.Nullable Duration retryAfter, Duration waited)
      throws DigestPostException {
    var wait = RetryAfterPolicy.PLATFORM.nextWait(retries, retryAfter, waited);
    if (wait.isEmpty()) {
      throw new DigestPostException("rate_limited", false);
    }
    log.info("Slack rate limited a digest post; retry after {} ms", wait.get().toMillis());
    if (!sleep(wait.get())) {
      throw new DigestPostException("interrupted", false);
    }
    return waited.plus(wait.get());
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
