package io.gloss.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateAndLanguageTest {
  private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          2025-08-04T18:53:31+09:00       | 2025-08-04T18:53:31+09:00
          2025-08-04T09:53:31Z            | 2025-08-04T09:53:31Z
          2025-08-04T18:53:31+0900        | 2025-08-04T18:53:31+09:00
          20250804185331                  | 2025-08-04T18:53:31+09:00
          2025. 8. 4. 18:53               | 2025-08-04T18:53+09:00
          입력 2025.08.04 오후 6:53          | 2025-08-04T18:53+09:00
          2025-08-04 18:53:31             | 2025-08-04T18:53:31+09:00
          2025년 8월 4일                     | 2025-08-04T00:00+09:00
          입력 :2025/08/04 18:53             | 2025-08-04T18:53+09:00
          """)
  void dates_inNewsFormats_areParsed(String raw, String expected) {
    assertThat(DateParser.parse(raw, SEOUL)).isEqualTo(OffsetDateTime.parse(expected));
  }

  @Test
  void dates_areParsedAsWhenEveryIsoParserWasTried() {
    List<String> dates = List.of("2025-08-04", "2025-8-4", "2025/08/04", "20250804", "2025-13-04");
    List<String> separators = List.of("T", "t", " ", "  ", "");
    List<String> times = List.of("18:53", "18:53:31", "18:53:31.250", "6:53", "");
    List<String> zones =
        List.of("", "Z", "z", "+09:00", "+0900", "-05:00", " +09:00", "+09:00[Asia/Seoul]", " KST");
    int checked = 0;
    int parsed = 0;
    for (String date : dates) {
      for (String separator : separators) {
        for (String time : times) {
          for (String zone : zones) {
            String raw = date + separator + time + zone;
            OffsetDateTime expected = everyParser(raw, SEOUL);
            assertThat(DateParser.parse(raw, SEOUL)).as(raw).isEqualTo(expected);
            checked++;
            parsed += expected == null ? 0 : 1;
          }
        }
      }
    }
    assertThat(checked).isEqualTo(1125);
    assertThat(parsed).isBetween(100, 1100);
  }

  /** The parse as it was before the ISO parsers were gated: every one tried in turn. */
  private static OffsetDateTime everyParser(String raw, ZoneId zone) {
    String value = raw.strip();
    for (Supplier<OffsetDateTime> parser :
        List.<Supplier<OffsetDateTime>>of(
            () -> OffsetDateTime.parse(value),
            () -> ZonedDateTime.parse(value).toOffsetDateTime(),
            () ->
                OffsetDateTime.parse(
                    value.replaceFirst("([+-]\\d{2})(\\d{2})$", "$1:$2").replace(' ', 'T')),
            () -> LocalDateTime.parse(value.replace(' ', 'T')).atZone(zone).toOffsetDateTime())) {
      try {
        return parser.get();
      } catch (DateTimeParseException next) {
        // the next parser
      }
    }
    return DateParser.parseOtherFormats(value, zone);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          정부는 내년부터 공공기관의 전력 사용량을 매달 공개하기로 했다.                          | ko
          The council voted on Tuesday to keep the library open until ten in the evening.   | en
          政府は来年から公共機関の電力使用量を毎月公開することにした。                              | ja
          政府决定从明年起每月公开公共机构的用电量，并对节能机构给予奖励。                            | zh
          Le conseil a voté mardi pour que la bibliothèque reste ouverte le soir et les week-ends. | fr
          12345 67890 !!!                                                                   | und
          """)
  void language_isDetectedFromText(String text, String expected) {
    assertThat(LanguageDetector.detect(text)).isEqualTo(expected);
  }

  @Test
  void language_tieBetweenLatinLanguages_isTheSameOnEveryRun() {
    // Filler text with as many English stop words ("in") as French ones ("et").
    String filler = "Dolor sit in amet et magna in aliqua et minim in veniam et nostrud labore.";

    assertThat(LanguageDetector.detect(filler)).isEqualTo("en");
  }
}
