package io.gloss.core.port.in;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class DigestRequestTest {
  @Test
  void subscribe_timeZoneAndDays_inAnyOrder() {
    DigestRequest request = DigestRequest.parse("subscribe 8:05 weekdays America/New_York");
    assertThat(request.kind()).isEqualTo(DigestRequest.Kind.SUBSCRIBE);
    assertThat(request.time()).isEqualTo(LocalTime.of(8, 5));
    assertThat(request.zone()).isEqualTo(ZoneId.of("America/New_York"));
    assertThat(request.days()).isEqualTo(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));
    assertThat(request.changes()).isTrue();
  }

  @Test
  void subscribe_defaults_daily_noZone_andDayLists() {
    DigestRequest daily = DigestRequest.parse("subscribe 18:30");
    assertThat(daily.days()).hasSize(7);
    assertThat(daily.zone()).isNull();
    assertThat(DigestRequest.parse("subscribe 18:30 mon,wed,fri").days())
        .containsExactlyInAnyOrder(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY);
    assertThat(DigestRequest.parse("구독 09:00 월,화").days())
        .containsExactlyInAnyOrder(DayOfWeek.MONDAY, DayOfWeek.TUESDAY);
    assertThat(DigestRequest.parse("subscribe 09:00 fri-mon").days())
        .containsExactlyInAnyOrder(
            DayOfWeek.FRIDAY, DayOfWeek.SATURDAY, DayOfWeek.SUNDAY, DayOfWeek.MONDAY);
    assertThat(DigestRequest.subscribe("07:00", "UTC", "mon-fri").days()).hasSize(5);
  }

  @Test
  void badInput_isOneClearLine_neverAnException() {
    assertThat(DigestRequest.parse("subscribe").error()).contains("needs a time");
    assertThat(DigestRequest.parse("subscribe 24:00").error()).contains("HH:mm");
    assertThat(DigestRequest.parse("subscribe 09:00 Mars/Olympus").error())
        .contains("unknown time zone 'Mars/Olympus'");
    assertThat(DigestRequest.parse("subscribe 09:00 sometimes").error())
        .contains("neither a time zone");
    assertThat(DigestRequest.parse("subscribe 09:00 mon,xyz").kind())
        .isEqualTo(DigestRequest.Kind.INVALID);
    assertThat(DigestRequest.parse("").error()).contains("missing subcommand");
    assertThat(DigestRequest.parse("fly " + "x".repeat(500)).error()).hasSizeLessThan(80);
    assertThat(DigestRequest.parse("now please").kind()).isEqualTo(DigestRequest.Kind.INVALID);
  }

  @Test
  void otherSubcommands_doNotChangeTheSubscription() {
    assertThat(DigestRequest.parse("now").kind()).isEqualTo(DigestRequest.Kind.NOW);
    assertThat(DigestRequest.parse("STATUS").changes()).isFalse();
    assertThat(DigestRequest.parse("unsubscribe").changes()).isTrue();
  }

  @Test
  void zone_isATeamSettingsChange_fromTextOrADiscordOption() {
    DigestRequest zone = DigestRequest.parse("zone Europe/London");
    assertThat(zone.kind()).isEqualTo(DigestRequest.Kind.ZONE);
    assertThat(zone.zone()).isEqualTo(java.time.ZoneId.of("Europe/London"));
    assertThat(zone.changes()).isTrue();
    assertThat(DigestRequest.parse("시간대 UTC").zone()).isEqualTo(java.time.ZoneId.of("UTC"));
    assertThat(DigestRequest.zone(" Asia/Tokyo ").zone())
        .isEqualTo(java.time.ZoneId.of("Asia/Tokyo"));
    assertThat(DigestRequest.zone("Mars/Base").error()).contains("unknown time zone 'Mars/Base'");
    assertThat(DigestRequest.zone("Seoul").kind()).isEqualTo(DigestRequest.Kind.INVALID);
    assertThat(DigestRequest.parse("zone a/b c/d").error()).contains("one IANA time zone");
  }
}
