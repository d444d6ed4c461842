package io.gloss.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WireCopyTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "(서울=뉴스1) 홍길동 기자 = 정부가 발표했다.|정부가 발표했다.",
        "(인천=뉴스1) 윤주영 기자 = 최근 미국이 요청했다.|최근 미국이 요청했다.",
        "[서울=뉴시스]김철수 이영희 기자 = 증시가 올랐다.|증시가 올랐다.",
        "(워싱턴=연합뉴스) 김하늘 특파원 = 미국이 발표했다.|미국이 발표했다.",
        "(서울=연합뉴스) 증시가 올랐다.|증시가 올랐다.",
        "홍길동 기자 = 증시가 올랐다.|증시가 올랐다.",
        "WASHINGTON (CNN) -- The Senate voted.|The Senate voted.",
        "(CNN) -- The Senate voted.|The Senate voted.",
        "القاهرة، مصر (CNN) -- صوت البرلمان.|صوت البرلمان.",
        "LONDON, England (Reuters) -- Prices rose.|Prices rose.",
        "ISLAMABAD, March 4 (Reuters) - Pakistan raised rates.|Pakistan raised rates.",
        "그는 (서울=뉴스1)을 인용했다.|그는 (서울=뉴스1)을 인용했다.",
        "CLEVELAND, Ohio – The band will tour.|The band will tour.",
        "SEOUL, South Korea — Exports rose.|Exports rose.",
        "WASHINGTON — The Senate voted.|The Senate voted.",
        "'Washington, DC, United States: Getting to the Moon has been done.'|Getting to the Moon has been done.",
        "'Doha, Qatar: Talks resumed.'|Talks resumed.",
        "'Apples, pears, plums: all fell in price.'|'Apples, pears, plums: all fell in price.'",
        "SEOUL, Aug. 20 (Yonhap) -- North Korea fired.|North Korea fired.",
        "HARBORTON/PORT ELLEN, March 7 (Reuters) - The ferry sank.|The ferry sank.",
        "Port Ellen, NY – With ferries full, the harbor adds a boat.|With ferries full, the harbor"
            + " adds a boat.",
        "OSLO/BERGEN, May 2 (Nordwire) - Fares rose.|Fares rose.",
        "BEIJING, Dec. 4 (Xinhua) - Output grew.|Output grew.",
        "TOKYO (Kyodo) — Prices fell.|Prices fell.",
        "Apple (AAPL) - the maker - said so.|Apple (AAPL) - the maker - said so.",
        "NASA (the agency) said so.|NASA (the agency) said so.",
        "(WHBR) - An overnight crash closed the bridge.|An overnight crash closed the bridge.",
        "HARBORLIFE via JTA — The state swore in a new justice.|The state swore in a new justice.",
        "Port Ellen – Several hundred teachers marched on Tuesday.|Several hundred teachers marched"
            + " on Tuesday.",
        "Tommy — who goes by his first name — retired early.|Tommy — who goes by his first name —"
            + " retired early.",
        "Dee Dee Moss — a former press aide — is leaving.|Dee Dee Moss — a former press aide — is"
            + " leaving.",
        "The Senate voted.|The Senate voted."
      })
  void stripLead_table(String input, String expected) {
    assertThat(WireCopy.stripLead(input)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      value = {
        "홍길동 기자;true",
        "legomaster@news1.kr;true",
        "By Jane Roe | Example News;true",
        "Copyright © 뉴스1. All rights reserved.;true",
        "무단 전재 및 재배포 금지;true",
        "정부가 예산을 늘렸다.;false",
        "The copyright case went to court.;false",
        "For the latest stories and breaking news updates download the Harbor Times apps.;true",
        "The ferry company said riders can download the app from Monday.;false"
      })
  void isBylineOrBoilerplate_table(String input, boolean expected) {
    assertThat(WireCopy.isBylineOrBoilerplate(input)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "배 장관이 브리핑하고 있다.(과기정통부 제공)|true",
        "관계자가 서버를 점검하고 있다. 2025.8.4/뉴스1|true",
        "▲ 행사 모습|true",
        "시민들이 모였다.(사진=가상뉴스)|true",
        "Photo: The harbor at sunset|true",
        "장동혁(맨 앞) 대표가 29일 국기에 경례하고 있다.|true",
        "김 장관(왼쪽 두 번째)이 기념촬영을 하고 있다.|true",
        "참석자들(앞줄 왼쪽부터)이 손을 흔들고 있다.|true",
        "수출(앞 분기 대비)이 늘었다.|false",
        "정부가 예산을 늘렸다.|false"
      })
  void isCaption_table(String input, boolean expected) {
    assertThat(WireCopy.isCaption(input)).isEqualTo(expected);
  }
}
