package io.gloss.discord;

import static org.assertj.core.api.Assertions.assertThat;

import io.gloss.core.gateway.SharedIdentifyGate;
import io.gloss.core.port.in.IdentifyGateUseCase;
import io.gloss.core.store.Database;
import io.gloss.core.store.JdbcIdentifyTurns;
import io.gloss.core.store.StoreSettings;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #18 item 4: two instances of 2 shards each (0-1 and 2-3 of 4) started at the same moment
 * against one loopback Discord whose {@code max_concurrency} is 2, so each bucket (shard % 2) has a
 * shard on each instance. Sharing one store (two {@link Database}s on one SQLite file, as two
 * processes would), their IDENTIFYs of a bucket are Discord's real 5 s apart; each with a store of
 * its own, they identify together.
 */
class DiscordIdentifyGateIT {
  private static final int MAX_CONCURRENCY = 2;
  private static final Duration INTERVAL = SharedIdentifyGate.Timing.DISCORD.interval();

  /** Clocks and scheduling of one machine: generous, and still far below the interval. */
  private static final long SLACK_MILLIS = 100;

  @TempDir Path shared;
  @TempDir Path elsewhere;

  private FakeDiscord discord;
  private final ExecutorService executor = Executors.newFixedThreadPool(2);
  private final ExecutorService starters = Executors.newFixedThreadPool(2);
  private final List<AutoCloseable> running = new ArrayList<>();

  @BeforeEach
  void fake() throws Exception {
    discord = new FakeDiscord();
    discord.maxConcurrency = MAX_CONCURRENCY;
  }

  @AfterEach
  void stop() throws Exception {
    for (int i = running.size() - 1; i >= 0; i--) {
      running.get(i).close();
    }
    starters.shutdownNow();
    executor.shutdownNow();
    discord.close();
  }

  @Test
  void twoInstancesOfTwoShards_sharingTheStore_identifyEachBucketAtMostOncePerFiveSeconds()
      throws Exception {
    Map<Integer, List<Long>> gaps = startTogether(gate(shared), gate(shared));

    System.out.printf("with the gate, ms between IDENTIFYs per bucket: %s%n", gaps);
    assertThat(gaps).containsOnlyKeys(0, 1);
    gaps.forEach(
        (bucket, between) ->
            assertThat(between)
                .as("bucket %d", bucket)
                .allSatisfy(
                    gap ->
                        assertThat(gap)
                            .isGreaterThanOrEqualTo(INTERVAL.toMillis() - SLACK_MILLIS)));
  }

  /**
   * The test above fails without the shared gate: each instance alone paces only its own shards.
   */
  @Test
  void twoInstancesOfTwoShards_eachWithItsOwnStore_identifyTheSameBucketTogether()
      throws Exception {
    Map<Integer, List<Long>> gaps = startTogether(gate(shared), gate(elsewhere));

    System.out.printf("separate stores, ms between IDENTIFYs per bucket: %s%n", gaps);
    assertThat(gaps.values().stream().flatMap(List::stream))
        .anySatisfy(gap -> assertThat(gap).isLessThan(INTERVAL.toMillis() - SLACK_MILLIS));
  }

  @Test
  void twoInstancesOfTwoShards_withoutAGate_identifyTheSameBucketTogether() throws Exception {
    Map<Integer, List<Long>> gaps = startTogether(null, null);

    System.out.printf("no gate, ms between IDENTIFYs per bucket: %s%n", gaps);
    assertThat(gaps.values().stream().flatMap(List::stream))
        .anySatisfy(gap -> assertThat(gap).isLessThan(INTERVAL.toMillis() - SLACK_MILLIS));
  }

  /** An instance's gate with Discord's real timing, on its own connection to the SQLite file. */
  private IdentifyGateUseCase gate(Path dataDir) {
    Database database = Database.open(StoreSettings.sqlite(dataDir));
    running.add(database);
    return new SharedIdentifyGate(new JdbcIdentifyTurns(database));
  }

  /**
   * Starts instance A (shards 0-1) and B (2-3) of 4 at once, waits until every shard is READY, and
   * returns the milliseconds between consecutive IDENTIFYs of each bucket.
   */
  private Map<Integer, List<Long>> startTogether(
      @Nullable IdentifyGateUseCase gateA, @Nullable IdentifyGateUseCase gateB) throws Exception {
    DiscordBot a = bot(0, 1, gateA);
    DiscordBot b = bot(2, 3, gateB);
    // Each instance starts on its own thread, released together, as two processes would.
    CountDownLatch go = new CountDownLatch(1);
    List<CompletableFuture<Void>> starts = new ArrayList<>();
    for (DiscordBot bot : List.of(a, b)) {
      starts.add(
          CompletableFuture.runAsync(
              () -> {
                awaitQuietly(go);
                bot.start();
              },
              starters));
    }
    long started = System.nanoTime();
    go.countDown();
    CompletableFuture.allOf(starts.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);
    assertThat(a.awaitReady(Duration.ofSeconds(40))).as("instance A ready").isTrue();
    assertThat(b.awaitReady(Duration.ofSeconds(40))).as("instance B ready").isTrue();
    System.out.printf(
        "4 shards READY on 2 instances after %d ms%n",
        TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));

    List<FakeDiscord.Identify> identifies = List.copyOf(discord.identifyLog);
    assertThat(identifies)
        .extracting(FakeDiscord.Identify::shard)
        .containsExactlyInAnyOrder(0, 1, 2, 3);
    assertThat(identifies).allSatisfy(identify -> assertThat(identify.total()).isEqualTo(4));
    Map<Integer, List<FakeDiscord.Identify>> byBucket =
        identifies.stream()
            .sorted(Comparator.comparingLong(FakeDiscord.Identify::nanos))
            .collect(
                Collectors.groupingBy(
                    identify -> identify.shard() % MAX_CONCURRENCY,
                    TreeMap::new,
                    Collectors.toList()));
    Map<Integer, List<Long>> gaps = new TreeMap<>();
    byBucket.forEach(
        (bucket, inOrder) -> {
          List<Long> between = new ArrayList<>();
          for (int i = 1; i < inOrder.size(); i++) {
            between.add(
                TimeUnit.NANOSECONDS.toMillis(inOrder.get(i).nanos() - inOrder.get(i - 1).nanos()));
          }
          gaps.put(bucket, between);
        });
    return gaps;
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted before the start", e);
    }
  }

  private DiscordBot bot(int shardMin, int shardMax, @Nullable IdentifyGateUseCase gate) {
    DiscordSettings settings =
        DiscordSettings.of("fake.token.value")
            .withApiUrl(discord.restBaseUrl())
            .withGatewayUrl(discord.gatewayUrl())
            .withShards(4, shardMin, shardMax);
    DiscordBot bot =
        new DiscordBot(
            settings, new InMemoryPorts().ports(), executor, executor, Clock.systemUTC());
    if (gate != null) {
      bot.enableIdentifyGate(gate);
    }
    running.add(bot);
    return bot;
  }
}
