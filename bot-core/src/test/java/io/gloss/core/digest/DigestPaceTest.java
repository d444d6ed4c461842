package io.gloss.core.digest;

import static org.assertj.core.api.Assertions.assertThat;

import io.gloss.core.digest.view.Digest;
import io.gloss.core.domain.ChannelRef;
import io.gloss.core.port.out.DigestPostException;
import io.gloss.core.port.out.DigestPoster;
import io.gloss.core.store.StoreSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * HOSTILE-INPUTS row 31: the digests of many channels due at once are posted one after another with
 * the configured pause between them, not as a burst into the platform's rate limits.
 */
class DigestPaceTest extends DigestTestBase {
  private static final Duration PACE = Duration.ofMillis(300);

  @TempDir Path dataDir;

  @Override
  protected StoreSettings freshStore() {
    return StoreSettings.sqlite(dataDir);
  }

  @Test
  void runDue_threeChannelsDueAtOnce_postsThemThePaceApart() {
    for (int i = 0; i < 3; i++) {
      ChannelRef channel = new ChannelRef("slack", "T1", "P" + i);
      subscribe(channel);
      shareStory(channel, "pace" + i, "간격 테스트 기사 " + i + "번 제목");
    }
    List<Long> postedAt = new CopyOnWriteArrayList<>();
    DigestPoster timed =
        new DigestPoster() {
          @Override
          public String platform() {
            return poster.platform();
          }

          @Override
          public void post(Digest digest, int alreadyPosted, Consumer<String> onPosted)
              throws DigestPostException {
            postedAt.add(System.nanoTime());
            poster.post(digest, alreadyPosted, onPosted);
          }
        };
    DigestRunner paced = runner(stores, timed, "pace-test", PACE);
    moveTo(DUE);

    List<DigestResult> results = paced.runDue();

    assertThat(results)
        .filteredOn(r -> r.outcome() == DigestOutcome.POSTED)
        .hasSize(3); // CHANNEL, subscribed with nothing shared, posts nothing
    assertThat(postedAt).hasSize(3);
    for (int i = 1; i < postedAt.size(); i++) {
      assertThat(Duration.ofNanos(postedAt.get(i) - postedAt.get(i - 1)))
          .as("gap before post %d", i)
          .isGreaterThanOrEqualTo(PACE);
    }
  }
}
