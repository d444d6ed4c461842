package io.gloss.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gloss.core.conversation.ChannelSettingsService;
import io.gloss.core.domain.AutoMode;
import io.gloss.core.domain.ChannelRef;
import io.gloss.core.domain.ChannelSettings;
import io.gloss.core.domain.SettingsUpdate;
import io.gloss.core.domain.SummaryStyle;
import io.gloss.core.port.in.ChannelSettingsUseCase;
import io.gloss.core.port.in.StoreUnavailableException;
import io.gloss.core.port.out.ChannelSettingsStore;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The time bound, the pause after a failure, the recovery and the fallback to defaults. */
class BoundedStoreTest {
  static final ChannelRef CHANNEL = new ChannelRef("slack", "T1", "C1");

  /** A store whose behaviour the test switches: answers, hangs, fails. */
  static final class SwitchableStore implements ChannelSettingsStore {
    enum Mode {
      UP,
      HANGING,
      FAILING,
      BAD_INPUT
    }

    final AtomicReference<Mode> mode = new AtomicReference<>(Mode.UP);
    final CountDownLatch release = new CountDownLatch(1);
    volatile ChannelSettings saved;

    @Override
    public ChannelSettings get(ChannelRef channel) {
      switch (mode.get()) {
        case HANGING -> {
          try {
            release.await(30, TimeUnit.SECONDS);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          throw new StoreException("Connection is not available", new SQLException("timeout"));
        }
        case FAILING -> throw new StoreException("Store read failed", new SQLException("down"));
        case BAD_INPUT -> throw new IllegalArgumentException("not a channel");
        default -> {
          return saved != null ? saved : ChannelSettings.defaults(channel);
        }
      }
    }

    @Override
    public void put(ChannelSettings settings) {
      get(settings.channel());
      saved = settings;
    }
  }

  private final BoundedStore bounded =
      new BoundedStore("test", Duration.ofMillis(300), Duration.ofMillis(500));

  @AfterEach
  void close() {
    bounded.close();
  }

  @Test
  void hangingStore_callReturnsWithinTheBound_thenFailsFastDuringThePause() {
    SwitchableStore store = new SwitchableStore();
    store.mode.set(SwitchableStore.Mode.HANGING);
    ChannelSettingsStore wrapped = bounded.wrap(ChannelSettingsStore.class, store);

    long started = System.nanoTime();
    assertThatThrownBy(() -> wrapped.get(CHANNEL))
        .isInstanceOf(StoreUnavailableException.class)
        .hasMessageContaining("ChannelSettingsStore.get");
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
    assertThat(bounded.isDown()).isTrue();

    started = System.nanoTime();
    assertThatThrownBy(() -> wrapped.get(CHANNEL)).isInstanceOf(StoreUnavailableException.class);
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(100));
    store.release.countDown();
  }

  @Test
  void failingStore_recoversByItselfAfterThePause() throws Exception {
    SwitchableStore store = new SwitchableStore();
    ChannelSettingsStore wrapped = bounded.wrap(ChannelSettingsStore.class, store);
    store.mode.set(SwitchableStore.Mode.FAILING);
    assertThatThrownBy(() -> wrapped.put(ChannelSettings.defaults(CHANNEL)))
        .isInstanceOf(StoreUnavailableException.class)
        .hasCauseInstanceOf(StoreException.class);

    store.mode.set(SwitchableStore.Mode.UP);
    Thread.sleep(600);
    ChannelSettings reaction =
        new ChannelSettings(CHANNEL, AutoMode.REACTION, null, SummaryStyle.BRIEF);
    wrapped.put(reaction);
    assertThat(wrapped.get(CHANNEL)).isEqualTo(reaction);
    assertThat(bounded.isDown()).isFalse();
  }

  @Test
  void otherExceptions_passThroughAndDoNotCountAsAnOutage() {
    SwitchableStore store = new SwitchableStore();
    store.mode.set(SwitchableStore.Mode.BAD_INPUT);
    ChannelSettingsStore wrapped = bounded.wrap(ChannelSettingsStore.class, store);
    assertThatThrownBy(() -> wrapped.get(CHANNEL)).isInstanceOf(IllegalArgumentException.class);
    assertThat(bounded.isDown()).isFalse();
  }

  @Test
  void channelSettingsOnABoundedStore_readDefaults_butRefuseToDropAWrite() {
    SwitchableStore store = new SwitchableStore();
    store.mode.set(SwitchableStore.Mode.FAILING);
    ChannelSettingsUseCase settings =
        new ChannelSettingsService(bounded.wrap(ChannelSettingsStore.class, store));

    assertThat(settings.get(CHANNEL)).isEqualTo(ChannelSettings.defaults(CHANNEL));
    assertThatThrownBy(() -> settings.update(CHANNEL, new SettingsUpdate("reaction", null, null)))
        .isInstanceOf(StoreUnavailableException.class);
  }
}
