package io.gloss.config.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.gloss.config.InProcessGloss;
import io.gloss.core.store.EmbeddedPostgresHolder;
import io.gloss.core.store.StoreSettings;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Three Gloss instances in one JVM, each wired and started as {@code gloss run} does (Wiring, the
 * HTTP server, the Slack adapter in HTTP mode), on one embedded PostgreSQL, behind the loopback
 * Slack fake, reading 20 articles from a loopback news site. Slack's deliveries are spread over the
 * instances as a load balancer would, with retries of the same event landing on another instance.
 */
class FleetIT {
  private static final int URLS = 20;
  private static final int USER_LIMIT = 4;
  private static final Pattern THREAD_TS = Pattern.compile("thread_ts\\W+(\\d+\\.\\d+)");

  @TempDir Path dataDir;

  private FakeSlackApi slack;
  private NewsSite site;
  private StoreSettings database;
  private final List<InProcessGloss> fleet = new ArrayList<>();
  private final ExecutorService senders = Executors.newFixedThreadPool(16);

  @BeforeEach
  void start() throws Exception {
    slack = new FakeSlackApi();
    site = new NewsSite(pages());
    database = EmbeddedPostgresHolder.freshDatabase();
  }

  @AfterEach
  void stop() {
    senders.shutdownNow();
    fleet.forEach(InProcessGloss::close);
    site.close();
    slack.close();
  }

  /** Twenty articles: the example page, each under its own canonical URL. */
  private static Map<String, NewsSite.Page> pages() throws Exception {
    Map<String, NewsSite.Page> pages = new HashMap<>();
    for (int i = 0; i < URLS; i++) {
      pages.put(path(i), NewsSite.example("http://127.0.0.1/fleet/" + i));
    }
    return pages;
  }

  private static String path(int article) {
    return "/v/fleet-" + article;
  }

  private void startFleet(int instances) throws Exception {
    for (int i = 0; i < instances; i++) {
      Map<String, String> env = new HashMap<>();
      env.put("GLOSS_DATA_DIR", dataDir.resolve("instance-" + i).toString());
      env.put("GLOSS_DB_URL", database.jdbcUrl());
      env.put("GLOSS_DB_USER", "postgres");
      env.put("GLOSS_DB_PASSWORD", "postgres");
      // Three instances and PostgreSQL share a 2-core build machine: a generous bound keeps every
      // check on the shared counters (the 50 ms fallback is PostgresSharedRateLimiterIT's subject).
      env.put("GLOSS_DB_RATE_LIMIT_TIMEOUT", "2s");
      env.put("GLOSS_FETCH_ALLOW_HOSTS", "127.0.0.1");
      env.put("GLOSS_FETCH_ALLOWED_PORTS", "80,443," + site.port());
      env.put("SLACK_BOT_TOKEN", "xoxb-0000000000-loopback-test-token");
      env.put("SLACK_SIGNING_SECRET", GlossRunSlackIT.SECRET);
      env.put("GLOSS_SLACK_MODE", "http");
      env.put("GLOSS_SLACK_API_URL", slack.apiUrl());
      env.put("GLOSS_SLACK_USER_RATE_LIMIT", String.valueOf(USER_LIMIT));
      env.put("GLOSS_SLACK_CHANNEL_RATE_LIMIT", "5000");
      fleet.add(InProcessGloss.start(env));
    }
  }

  /**
   * A message event with one link.
   *
   * @param n the message number (its ts and event id)
   */
  private static String message(int n, String user, String url) {
    String ts = String.format("17%08d.000100", n);
    return String.format(
        "{\"token\":\"legacy\",\"team_id\":\"T0001\",\"api_app_id\":\"A0001\","
            + "\"type\":\"event_callback\",\"event_id\":\"EvFleet%06d\",\"event_time\":1700000000,"
            + "\"authorizations\":[{\"team_id\":\"T0001\",\"user_id\":\"U0BOT\",\"is_bot\":true}],"
            + "\"event\":{\"type\":\"message\",\"channel\":\"C0001\",\"user\":\"%s\","
            + "\"text\":\"<%s>\",\"ts\":\"%s\",\"channel_type\":\"channel\",\"event_ts\":\"%s\"}}",
        n, user, url, ts, ts);
  }

  private static String tsOf(int n) {
    return String.format("17%08d.000100", n);
  }

  /** Delivers every (message, instance) pair concurrently; every delivery must be acked. */
  private void deliver(List<Map.Entry<String, InProcessGloss>> deliveries) throws Exception {
    List<Future<HttpResponse<String>>> acks = new ArrayList<>();
    for (Map.Entry<String, InProcessGloss> delivery : deliveries) {
      acks.add(
          senders.submit(
              () ->
                  GlossRunSlackIT.postSigned(
                      delivery.getValue().slackEndpoint(), "application/json", delivery.getKey())));
    }
    for (Future<HttpResponse<String>> ack : acks) {
      assertThat(ack.get().statusCode()).isEqualTo(200);
    }
  }

  private Map<String, Long> repliesByThread() {
    return slack.calls("chat.postMessage").stream()
        .map(call -> THREAD_TS.matcher(call.body()))
        .filter(Matcher::find)
        .collect(Collectors.groupingBy(m -> m.group(1), LinkedHashMap::new, Collectors.counting()));
  }

  @Test
  void fleet_duplicatesRetriesAndAFlood_oneReplyPerMessage_oneFetchPerUrl_oneUserBudget()
      throws Exception {
    startFleet(3);
    // 90 messages of 30 readers (3 each, within their limit) over the 20 articles, and a flood of
    // 30 messages from one user whose limit is 4 a minute in the whole fleet.
    Map<Integer, String> readers = new LinkedHashMap<>();
    List<Map.Entry<String, InProcessGloss>> deliveries = new ArrayList<>();
    for (int n = 0; n < 120; n++) {
      String user = n < 90 ? "U1" + (n % 30) : "U0FLOOD";
      String body = message(n, user, site.url(path(n % URLS)));
      if (n < 90) {
        readers.put(n, tsOf(n));
      }
      deliveries.add(Map.entry(body, fleet.get(n % 3)));
      if (n % 2 == 0) {
        deliveries.add(Map.entry(body, fleet.get((n + 1) % 3))); // the retry, elsewhere
      }
      if (n % 5 == 0) {
        deliveries.add(Map.entry(body, fleet.get((n + 2) % 3)));
      }
    }
    java.util.Collections.shuffle(deliveries, new java.util.Random(18));

    deliver(deliveries);
    for (InProcessGloss instance : fleet) {
      assertThat(instance.adapters().drain(Duration.ofSeconds(60))).isTrue();
    }

    Map<String, Long> replies = repliesByThread();
    System.out.printf(
        "fleet of 3: %d deliveries of 120 messages -> %d thread replies, %d rate-limit notices;"
            + " fetches per URL %s%n",
        deliveries.size(),
        replies.size(),
        slack.calls("chat.postEphemeral").size(),
        java.util.stream.IntStream.range(0, URLS)
            .mapToObj(i -> String.valueOf(site.hits(path(i))))
            .collect(Collectors.joining(",")));
    assertThat(deliveries).hasSizeGreaterThanOrEqualTo(200);
    assertThat(replies.values()).as("replies per message").containsOnly(1L);
    assertThat(replies.keySet()).containsAll(readers.values());
    assertThat(replies).hasSize(90 + USER_LIMIT);
    assertThat(slack.calls("chat.postEphemeral")).hasSize(30 - USER_LIMIT);
    for (int i = 0; i < URLS; i++) {
      assertThat(site.hits(path(i))).as("fetches of article " + i).isEqualTo(1);
    }
  }

  /**
   * Not an assertion on time: replies per second on the cache-hit path, all deliveries to one
   * instance vs spread over three (one JVM on the shared 2-core machine: the instances share the
   * CPU, so this shows the coordination cost rather than a scale-out gain).
   */
  @Test
  void fleet_cacheHitPath_printsRepliesPerSecondForOneAndThreeInstances() throws Exception {
    startFleet(3);
    int warm = 0;
    List<Map.Entry<String, InProcessGloss>> warmUp = new ArrayList<>();
    for (InProcessGloss instance : fleet) {
      for (int i = 0; i < URLS; i++) {
        warmUp.add(Map.entry(message(warm, "U2" + warm, site.url(path(i))), instance));
        warm++;
      }
    }
    deliver(warmUp);
    awaitReplies(warm);

    int messages = 300;
    double one = repliesPerSecond(warm, messages, n -> fleet.get(0));
    double three = repliesPerSecond(warm + messages, messages, n -> fleet.get(n % 3));
    System.out.printf(
        "cache-hit path, %d messages: 1 instance %.0f replies/s, 3 instances %.0f replies/s%n",
        messages, one, three);
    assertThat(repliesByThread().values()).containsOnly(1L);
  }

  private double repliesPerSecond(int first, int count, Function<Integer, InProcessGloss> target)
      throws Exception {
    List<Map.Entry<String, InProcessGloss>> deliveries = new ArrayList<>();
    for (int n = first; n < first + count; n++) {
      deliveries.add(Map.entry(message(n, "U3" + n, site.url(path(n % URLS))), target.apply(n)));
    }
    long start = System.nanoTime();
    deliver(deliveries);
    awaitReplies(first + count);
    return count / ((System.nanoTime() - start) / 1e9);
  }

  private void awaitReplies(int total) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
    // Counting calls is cheap; parsing every reply's thread at each look would load the CPU the
    // instances are measured on.
    while (slack.calls("chat.postMessage").size() < total && System.nanoTime() < deadline) {
      Thread.sleep(5);
    }
    assertThat(repliesByThread()).hasSize(total);
  }
}
