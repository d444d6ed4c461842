package io.gloss.core.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gloss.core.port.in.IdentifyGateUseCase;
import io.gloss.core.port.out.IdentifyTurns;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The gate's loop over scripted store answers: waits, keys, the store failing and coming back. */
class SharedIdentifyGateTest {
  private static final SharedIdentifyGate.Timing TIMING =
      new SharedIdentifyGate.Timing(
          Duration.ofMillis(300), Duration.ofSeconds(10), Duration.ofMillis(50));

  /** Answers {@link #tryTake} from a script; records every call. */
  private static final class ScriptedTurns implements IdentifyTurns {
    final Deque<Object> answers = new ArrayDeque<>();
    final List<String> calls = new ArrayList<>();
    final List<String> holders = new ArrayList<>();

    @Override
    public synchronized Attempt tryTake(String key, String holder, Duration hold) {
      holders.add(holder);
      calls.add("take " + key + " " + hold.toSeconds() + "s");
      Object answer = answers.isEmpty() ? Attempt.TAKEN : answers.poll();
      if (answer instanceof RuntimeException failure) {
        throw failure;
      }
      return (Attempt) answer;
    }

    @Override
    public synchronized void finish(String key, String holder, Duration interval) {
      holders.add(holder);
      calls.add("finish " + key + " " + interval.toMillis() + "ms");
    }
  }

  @Test
  void acquire_freeTurn_takesTheBucketsKey_andClosingFinishesItWithTheInterval() throws Exception {
    ScriptedTurns turns = new ScriptedTurns();
    SharedIdentifyGate gate = new SharedIdentifyGate(turns, TIMING);

    gate.acquire(3).close();
    gate.acquire(3).close();

    assertThat(turns.calls)
        .containsExactly(
            "take discord-identify:3 10s",
            "finish discord-identify:3 300ms",
            "take discord-identify:3 10s",
            "finish discord-identify:3 300ms");
    // A turn is finished by the holder that took it; the next turn has a holder of its own.
    assertThat(turns.holders.get(1)).isEqualTo(turns.holders.get(0));
    assertThat(turns.holders.get(2)).isNotEqualTo(turns.holders.get(0));
  }

  @Test
  void acquire_busy_waitsWhatTheStoreSays_inStepsOfAtMostMaxPoll() throws Exception {
    ScriptedTurns turns = new ScriptedTurns();
    turns.answers.add(IdentifyTurns.Attempt.busyFor(Duration.ofMillis(120)));
    turns.answers.add(IdentifyTurns.Attempt.busyFor(Duration.ofMillis(20)));
    SharedIdentifyGate gate = new SharedIdentifyGate(turns, TIMING);

    long started = System.nanoTime();
    gate.acquire(0).close();
    long waitedMillis = Duration.ofNanos(System.nanoTime() - started).toMillis();

    // 120 ms is asked again after 50 (maxPoll); the second answer's 20 ms are slept in full.
    assertThat(turns.calls).hasSize(4).startsWith("take discord-identify:0 10s");
    assertThat(waitedMillis).isBetween(70L, 1_000L);
  }

  @Test
  void acquire_storeFails_letsTheShardIdentifyAtOnce_thenSharesAgainWhenItAnswers()
      throws Exception {
    ScriptedTurns turns = new ScriptedTurns();
    turns.answers.add(new IllegalStateException("store down"));
    turns.answers.add(new IllegalStateException("store down"));
    SharedIdentifyGate gate = new SharedIdentifyGate(turns, TIMING);

    gate.acquire(0).close();
    gate.acquire(1).close();
    gate.acquire(0).close();

    assertThat(gate.ungatedTurns()).isEqualTo(2);
    assertThat(turns.calls)
        .containsExactly(
            "take discord-identify:0 10s",
            "take discord-identify:1 10s",
            "take discord-identify:0 10s",
            "finish discord-identify:0 300ms");
  }

  @Test
  void acquire_interruptedWhileWaiting_throwsInterruptedException() throws Exception {
    ScriptedTurns turns = new ScriptedTurns();
    for (int i = 0; i < 1_000; i++) {
      turns.answers.add(IdentifyTurns.Attempt.busyFor(Duration.ofSeconds(5)));
    }
    SharedIdentifyGate gate = new SharedIdentifyGate(turns, TIMING);
    AtomicReference<Throwable> thrown = new AtomicReference<>();
    CountDownLatch done = new CountDownLatch(1);
    Thread shard =
        new Thread(
            () -> {
              try {
                gate.acquire(0);
              } catch (Throwable e) {
                thrown.set(e);
              }
              done.countDown();
            });
    shard.start();
    Thread.sleep(100);
    shard.interrupt();
    done.await();

    assertThat(thrown.get()).isInstanceOf(InterruptedException.class);
  }

  @Test
  void acquire_negativeBucket_isRejected() {
    IdentifyGateUseCase gate = new SharedIdentifyGate(new ScriptedTurns(), TIMING);

    assertThatThrownBy(() -> gate.acquire(-1)).isInstanceOf(IllegalArgumentException.class);
  }
}
