package io.gloss.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneId;
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
