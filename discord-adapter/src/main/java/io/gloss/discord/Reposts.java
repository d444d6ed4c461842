package io.gloss.discord;

import io.gloss.core.domain.ChannelRef;
import io.gloss.core.port.in.SharedLinksUseCase;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the reply thread of an article already answered in a channel, so that a repost gets a
 * pointer to it instead of a second thread with the same summary. Two sources: the shared-link log
 * (its {@code thread_ref}) over the repost window, and the answers still in flight in this process,
 * which a paste repeated within seconds waits for. A message counts as a repost when every article
 * link in it already has a thread; a message with any new link is answered as usual.
 */
final class Reposts {
  private static final Logger log = LoggerFactory.getLogger(Reposts.class);

  /** How long a repeated paste waits for the first answer (fetching and summarizing). */
  static final Duration IN_FLIGHT_WAIT = Duration.ofSeconds(60);

  private final SharedLinksUseCase links;
  private final Duration window;
  private final Map<String, CompletableFuture<Map<String, String>>> inFlight =
      new ConcurrentHashMap<>();

  Reposts(SharedLinksUseCase links, Duration window) {
    this.links = links;
    this.window = window;
  }

  /** The outcome for one message: the existing threads (a repost), or the duty to answer. */
  interface Claim {
    /**
     * Canonical URL → thread id of its earlier answer; empty when the message is to be answered.
     * While {@link #pending()}, waits (up to {@link #IN_FLIGHT_WAIT}) for that earlier answer.
     */
    Map<String, String> existing();

    /**
     * Whether the same links are still being answered for an earlier message: {@link #existing()}
     * then waits for that answer before it tells whether this message is a repost.
     */
    default boolean pending() {
      return false;
    }

    /** Called once the answer is posted (or failed: {@code threadId} null). */
    void done(@Nullable String threadId);
  }

  static final Claim NONE =
      new Claim() {
        @Override
        public Map<String, String> existing() {
          return Map.of();
        }

        @Override
        public void done(@Nullable String threadId) {}
      };

  /**
   * Never waits for an earlier answer still in flight ({@link Claim#pending()}); reads the log.
   *
   * @param messageId the message being answered (its own log rows are not earlier answers)
   * @param canonicalUrls the canonical URLs of its article links
   */
  Claim claim(ChannelRef channel, String messageId, List<String> canonicalUrls) {
    if (window.isZero() || canonicalUrls.isEmpty()) {
      return NONE;
    }
    Set<String> urls = new TreeSet<>(canonicalUrls);
    String key = channel.workspace() + "/" + channel.channel() + "/" + String.join(" ", urls);
    CompletableFuture<Map<String, String>> mine = new CompletableFuture<>();
    CompletableFuture<Map<String, String>> earlier = inFlight.putIfAbsent(key, mine);
    if (earlier != null) {
      return afterEarlier(earlier, urls);
    }
    // Empty while the store is unavailable: the message is then answered as usual.
    Map<String, String> logged = links.answeredThreads(channel, messageId, urls, window);
    if (logged.keySet().containsAll(urls)) {
      inFlight.remove(key, mine);
      mine.complete(logged);
      return answered(logged);
    }
    return new Claim() {
      @Override
      public Map<String, String> existing() {
        return Map.of();
      }

      @Override
      public void done(@Nullable String threadId) {
        Map<String, String> threads = new LinkedHashMap<>();
        if (threadId != null) {
          urls.forEach(url -> threads.put(url, threadId));
        }
        inFlight.remove(key, mine);
        mine.complete(threads);
      }
    };
  }

  /** A message whose links are being answered for an earlier one: a repost if that one succeeds. */
  private static Claim afterEarlier(
      CompletableFuture<Map<String, String>> earlier, Set<String> urls) {
    return new Claim() {
      @Override
      public Map<String, String> existing() {
        Map<String, String> threads = await(earlier);
        return threads.keySet().containsAll(urls) ? threads : Map.of();
      }

      @Override
      public boolean pending() {
        return !earlier.isDone();
      }

      @Override
      public void done(@Nullable String threadId) {}
    };
  }

  private static Claim answered(Map<String, String> threads) {
    return new Claim() {
      @Override
      public Map<String, String> existing() {
        return threads;
      }

      @Override
      public void done(@Nullable String threadId) {}
    };
  }

  private static Map<String, String> await(CompletableFuture<Map<String, String>> earlier) {
    try {
      return earlier.get(IN_FLIGHT_WAIT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Map.of();
    } catch (ExecutionException | TimeoutException e) {
      log.debug("earlier answer of the same links not available: {}", e.toString());
      return Map.of();
    }
  }
}
