package io.gloss.core.digest;

import static io.gloss.core.digest.DigestFixtures.share;
import static io.gloss.core.digest.DigestFixtures.summarized;

import io.gloss.core.domain.ChannelRef;
import io.gloss.core.domain.DigestSubscription;
import io.gloss.core.port.out.DigestPoster;
import io.gloss.core.port.out.Telemetry;
import io.gloss.core.store.StoreContract;
import io.gloss.core.store.Stores;
import io.gloss.core.text.KoreanWords;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;

/**
 * Stores, a recording poster and a runner for the digest tests. The clock starts on Monday
 * 2026-03-02 00:00 UTC (09:00 in Seoul); the channel subscribes to 10:00 Asia/Seoul daily, i.e.
 * 01:00 UTC.
 */
abstract class DigestTestBase extends StoreContract {
  static final KoreanWords KOREAN = new KoreanWords();
  static final ChannelRef CHANNEL = new ChannelRef("slack", "T1", "C1");
  static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
  static final Instant DUE = Instant.parse("2026-03-02T01:00:00Z");
  static final LocalDate DAY1 = LocalDate.of(2026, 3, 2);
  static final OffsetDateTime PUBLISHED = OffsetDateTime.parse("2026-03-02T08:00:00+09:00");

  Stores stores;
  DigestFixtures.RecordingPoster poster;
  DigestRunner runner;

  @BeforeEach
  void wire() {
    stores = new Stores(database, clock);
    poster = new DigestFixtures.RecordingPoster();
    runner = runner(stores, poster, "instance-a");
    subscribe(CHANNEL);
  }

  DigestRunner runner(Stores on, DigestPoster to, String owner) {
    return runner(on, to, owner, Duration.ZERO);
  }

  /** A runner that pauses {@code pace} between two channels' posts. */
  DigestRunner runner(Stores on, DigestPoster to, String owner, Duration pace) {
    return new DigestRunner(
        on.digests(),
        new DigestPlanner(
            on.sharedLinks(), on.articles(), on.digestSources(), new StoryGrouper(KOREAN)),
        on.channelSettings(),
        List.of(to),
        DigestSettings.defaults().withPace(pace),
        clock,
        Telemetry.NONE,
        owner);
  }

  void subscribe(ChannelRef channel) {
    stores
        .digests()
        .subscribe(
            new DigestSubscription(
                channel, LocalTime.of(10, 0), SEOUL, EnumSet.allOf(DayOfWeek.class)));
  }

  /** One summarized article shared in the channel now. */
  void shareStory(ChannelRef channel, String id, String title) {
    String url = "https://news.example/" + id;
    summarized(stores, url, "예시일보", title, title + " 관련 첫 문단이다.", PUBLISHED, clock.instant());
    share(stores, channel, "m-" + id, "U1", url, clock.instant());
  }

  void moveTo(Instant instant) {
    clock.advance(Duration.between(clock.instant(), instant));
  }
}
