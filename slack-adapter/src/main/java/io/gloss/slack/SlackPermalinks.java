package io.gloss.slack;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.chat.ChatGetPermalinkResponse;
import io.gloss.core.digest.view.DigestThread;
import io.gloss.core.domain.ChannelRef;
import io.gloss.slack.render.SlackDigestRenderer;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The links of a digest's threads: Slack's own permalink ({@code chat.getPermalink}) of the message
 * whose thread Gloss answered, cached (a permalink never changes); when Slack does not give one,
 * the web-client link {@link SlackDigestRenderer#threadLink} builds. Failures are not cached, so
 * the next digest asks again. Thread-safe.
 */
final class SlackPermalinks {
  private static final Logger log = LoggerFactory.getLogger(SlackPermalinks.class);

  /** Permalinks kept: far more than the threads of a day's digests. */
  static final int CACHE_SIZE = 5000;

  /** The Web API client of a workspace (its own bot token), if Gloss is installed there. */
  private final Function<String, Optional<MethodsClient>> methodsOfTeam;

  private final Map<String, String> cache =
      new LinkedHashMap<>(64, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
          return size() > CACHE_SIZE;
        }
      };

  SlackPermalinks(Function<String, Optional<MethodsClient>> methodsOfTeam) {
    this.methodsOfTeam = Objects.requireNonNull(methodsOfTeam, "methodsOfTeam");
  }

  /** The thread's link; null when the thread is not a Slack message of a known channel. */
  @Nullable String link(ChannelRef channel, @Nullable DigestThread thread) {
    String constructed = SlackDigestRenderer.threadLink(channel, thread);
    if (constructed == null || thread == null) {
      return constructed;
    }
    String ts = SlackDigestRenderer.threadTs(thread);
    String key = channel.workspace() + "/" + channel.channel() + "/" + ts;
    synchronized (cache) {
      String cached = cache.get(key);
      if (cached != null) {
        return cached;
      }
    }
    String permalink =
        methodsOfTeam
            .apply(channel.workspace())
            .map(methods -> permalink(methods, channel.channel(), ts))
            .orElse(null);
    if (permalink == null) {
      return constructed;
    }
    synchronized (cache) {
      cache.put(key, permalink);
    }
    return permalink;
  }

  private static @Nullable String permalink(MethodsClient methods, String channel, String ts) {
    try {
      ChatGetPermalinkResponse response =
          methods.chatGetPermalink(r -> r.channel(channel).messageTs(ts));
      String link = response.getPermalink();
      if (response.isOk() && link != null && link.startsWith("https://")) {
        return link;
      }
      log.debug(
          "chat.getPermalink gave no link ({}); using the web-client link", response.getError());
    } catch (SlackApiException e) {
      log.debug(
          "chat.getPermalink failed (HTTP {}); using the web-client link", e.getResponse().code());
    } catch (IOException e) {
      log.debug("chat.getPermalink failed ({}); using the web-client link", e.toString());
    }
    return null;
  }
}
