package io.gloss.core.glossary;

import static org.assertj.core.api.Assertions.assertThat;

import io.gloss.core.domain.GlossaryEntry;
import io.gloss.core.domain.SourceKind;
import io.gloss.core.domain.TermKey;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The glossary shipped in the jar: every entry has the right shape, no spelling names two entries
 * of one language, and a reviewed spot-check list guards what some entries say.
 */
class BuiltinGlossaryTest {
  private static final BuiltinGlossary GLOSSARY = BuiltinGlossary.shared();

  @Test
  void everySpellingWithOtherSenses_namesOneShippedEnglishEntryWithAField() {
    for (String spelling : Topics.OTHER_SENSES) {
      List<GlossaryEntry> found =
          GLOSSARY.find(TermKey.of(spelling)).stream()
              .filter(e -> "en".equals(e.language()))
              .toList();
      assertThat(found).as(spelling).hasSize(1);
      assertThat(Topics.field(GLOSSARY.category(found.get(0)))).as(spelling).isNotNull();
    }
  }

  @Test
  void shipsEnoughTerms_inBothLanguages_andEveryLineOfEveryFileIsKept() throws Exception {
    long korean = GLOSSARY.entries().stream().filter(e -> "ko".equals(e.language())).count();
    long english = GLOSSARY.entries().stream().filter(e -> "en".equals(e.language())).count();
    assertThat(korean).isGreaterThanOrEqualTo(1500);
    assertThat(english).isGreaterThanOrEqualTo(500);

    int lines = 0;
    for (String file : indexedFiles()) {
      try (InputStream in = getClass().getResourceAsStream("/glossary/" + file)) {
        assertThat(in).as(file).isNotNull();
        lines +=
            (int)
                new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .filter(l -> !l.isBlank())
                    .count();
      }
    }
    // No line is skipped as malformed or as a duplicate term.
    assertThat(GLOSSARY.size()).isEqualTo(lines);
  }

  @Test
  void everyEntry_hasTheRightShape() {
    List<String> problems = new ArrayList<>();
    for (BuiltinGlossary.Line line : GLOSSARY.lines()) {
      GlossaryEntry e = line.entry();
      String where = line.file() + ":" + line.number() + " " + e.term();
      if (!BuiltinGlossary.CATEGORIES.contains(line.category())) {
        problems.add(where + ": category " + line.category());
      }
      String d = e.definition();
      if (d.length() < 10 || d.length() > BuiltinGlossary.MAX_DEFINITION_CHARS) {
        problems.add(where + ": definition length " + d.length());
      }
      if (d.contains("<") || d.contains("\t") || !d.equals(d.strip())) {
        problems.add(where + ": markup or stray whitespace in the definition");
      }
      if (e.term().length() > 60 || TermKey.of(e.term()).isEmpty()) {
        problems.add(where + ": term length");
      }
      if (TermKey.of(d).equals(TermKey.of(e.term()))) {
        problems.add(where + ": the definition only repeats the term");
      }
      if (line.familiarity() == Familiarity.UNRATED) {
        problems.add(where + ": no familiarity level (fifth column 1, 2 or 3)");
      }
      if (e.provenance().kind() != SourceKind.BUILTIN
          || !BuiltinGlossary.NAME.equals(e.provenance().name())) {
        problems.add(where + ": provenance");
      }
      if ("ko".equals(e.language()) && !d.codePoints().anyMatch(c -> c >= 0xAC00 && c <= 0xD7A3)) {
        problems.add(where + ": a Korean entry explained without Korean");
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void noSpelling_namesTwoEntriesOfOneLanguage_andNoAliasRepeatsItsTerm() {
    Map<String, String> owner = new HashMap<>();
    List<String> problems = new ArrayList<>();
    for (BuiltinGlossary.Line line : GLOSSARY.lines()) {
      GlossaryEntry e = line.entry();
      String termKey = TermKey.of(e.term());
      List<String> spellings = new ArrayList<>(List.of(e.term()));
      spellings.addAll(e.aliases());
      for (String spelling : spellings) {
        String key = TermKey.of(spelling) + "|" + e.language();
        String where = line.file() + ":" + line.number();
        if (spelling != e.term() && TermKey.of(spelling).equals(termKey)) {
          problems.add(where + ": alias " + spelling + " repeats its term");
        }
        String previous = owner.putIfAbsent(key, where + " " + e.term());
        if (previous != null) {
          problems.add(where + " " + e.term() + ": " + spelling + " already names " + previous);
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  /** Reviewed entries: term, category, and words the definition must contain to be right. */
  static Stream<Arguments> spotChecks() {
    return Stream.of(
        Arguments.of("희생플라이", "sports", List.of("외야", "아웃", "주자")),
        Arguments.of("기준금리", "economy", List.of("중앙은행", "금리")),
        Arguments.of("수율", "semiconductor", List.of("비율")),
        Arguments.of("공매도", "markets", List.of("빌려", "하락")),
        Arguments.of("스테이블코인", "finance", List.of("법정화폐", "가상자산")),
        Arguments.of("전원합의체", "law", List.of("대법관", "판례")),
        Arguments.of("소득대체율", "finance", List.of("소득", "연금액", "비율")),
        Arguments.of("파운드리", "business", List.of("설계", "생산")),
        Arguments.of("LNG", "energy", List.of("천연가스", "액체")),
        Arguments.of("샐러리캡", "sports", List.of("연봉", "상한")),
        Arguments.of("오프사이드", "sports", List.of("축구", "반칙")),
        Arguments.of("유상증자", "markets", List.of("새 주식", "자본금")),
        Arguments.of("RE100", "business", List.of("재생에너지", "100%")),
        Arguments.of("탄소국경조정제도", "trade", List.of("탄소", "유럽연합")),
        Arguments.of("소형모듈원전", "science", List.of("모듈", "조립")),
        Arguments.of("에너지저장장치", "science", List.of("저장")),
        Arguments.of("양적완화", "economy", List.of("중앙은행", "사들여")),
        Arguments.of("딥페이크", "ai", List.of("합성", "가짜")),
        Arguments.of("yield curve", "markets", List.of("interest rates", "maturities")),
        Arguments.of("basis point", "markets", List.of("hundredth of a percentage point")),
        Arguments.of("term premium", "markets", List.of("long-term bond", "short-term")),
        Arguments.of("quantitative tightening", "economy", List.of("central bank", "bonds")),
        Arguments.of("phishing", "it", List.of("trick", "passwords")),
        Arguments.of("HBM", "semiconductor", List.of("memory", "processor")),
        Arguments.of("heat pump", "energy", List.of("moves heat")),
        Arguments.of("tiebreak", "sports", List.of("scores are level")),
        Arguments.of("short selling", "markets", List.of("borrowing shares", "fall")),
        Arguments.of("자유계약선수", "sports", List.of("구단", "계약")),
        Arguments.of("FA", "sports", List.of("구단", "계약")),
        Arguments.of("sacrifice fly", "sports", List.of("외야")),
        // Reviewed on 2026-12-06 from the files added that day.
        Arguments.of("갑구", "realestate", List.of("소유권", "압류")),
        Arguments.of("공매", "realestate", List.of("한국자산관리공사", "경매와 구분")),
        Arguments.of("시정명령", "law", List.of("바로잡", "행정기관")),
        Arguments.of("면허 생산", "defense", List.of("설계", "국내")),
        Arguments.of("적설량", "climate", List.of("눈의 깊이")),
        Arguments.of("contract for difference", "energy", List.of("strike price", "pays back")),
        Arguments.of("coefficient of performance", "energy", List.of("heat", "electricity")),
        Arguments.of("cloture", "politics", List.of("end debate", "60 votes")),
        Arguments.of("mmBtu", "energy", List.of("British thermal units", "natural gas")),
        Arguments.of("heat dome", "climate", List.of("high-pressure", "heatwave")),
        // Reviewed on 2026-12-07 (stop 34).
        Arguments.of("선호투표제", "politics", List.of("순위", "최하위")),
        Arguments.of("당헌", "politics", List.of("헌법", "당규")),
        // Reviewed on 2026-12-07 (stop 35): a PAC is not a super PAC.
        Arguments.of("PAC", "politics", List.of("donors", "legal limits")),
        Arguments.of("super PAC", "politics", List.of("unlimited", "cannot coordinate")));
  }

  /**
   * Everyday phrases that once were aliases of another thing: "registered voters" are not likely
   * voters, an "emergency room" needs no A&amp;E entry, "just in time" is an idiom, and every
   * Korean reader knows a 재벌 (a drama's "재벌가" is no legally designated 대기업집단). Shares that
   * "outperform" the market got no analyst's rating, and a vaccine's "adjuvant" is an ingredient,
   * not a cancer treatment. A "릴레이 기부" is no 계주 and a "전기비" is mostly an electricity bill.
   */
  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "registered voters",
        "emergency room",
        "just in time",
        "just-in-time",
        "재벌",
        "outperform",
        "adjuvant",
        "릴레이",
        "전기비"
      })
  void everydayPhrases_nameNoEntry(String phrase) {
    assertThat(GLOSSARY.find(TermKey.of(phrase))).as(phrase).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("spotChecks")
  void spotCheck_reviewedEntriesSayTheRightThing(
      String term, String category, List<String> mustSay) {
    String language = mustSay.get(0).codePoints().anyMatch(c -> c >= 0xAC00) ? "ko" : "en";
    List<GlossaryEntry> found =
        GLOSSARY.find(TermKey.of(term)).stream()
            .filter(e -> language.equals(e.language()))
            .toList();
    assertThat(found).as(term).hasSize(1);
    GlossaryEntry entry = found.get(0);
    BuiltinGlossary.Line line =
        GLOSSARY.lines().stream().filter(l -> l.entry() == entry).findFirst().orElseThrow();
    assertThat(line.category()).isEqualTo(category);
    assertThat(entry.definition()).contains(mustSay);
  }

  @Test
  void aReplyReadsTheHalfInItsArticlesLanguage_andTheWholeHasBoth() {
    BuiltinGlossary korean = BuiltinGlossary.forLanguage("ko");
    BuiltinGlossary english = BuiltinGlossary.forLanguage("en");

    assertThat(korean.entries()).allSatisfy(e -> assertThat(e.language()).isEqualTo("ko"));
    assertThat(english.entries()).allSatisfy(e -> assertThat(e.language()).isEqualTo("en"));
    assertThat(korean.size() + english.size()).isEqualTo(GLOSSARY.size());
    assertThat(BuiltinGlossary.forLanguage("ja")).isSameAs(GLOSSARY);
    assertThat(BuiltinGlossary.forLanguage(null)).isSameAs(GLOSSARY);
    // "HBM" names an entry in each language; each half finds its own, the whole finds both.
    assertThat(korean.find("hbm")).extracting(GlossaryEntry::language).containsExactly("ko");
    assertThat(english.find("hbm")).extracting(GlossaryEntry::language).containsExactly("en");
    assertThat(GLOSSARY.find("hbm"))
        .extracting(GlossaryEntry::language)
        .containsExactly("en", "ko");
    // The whole shares the halves' entries rather than reading them again.
    assertThat(GLOSSARY.find("수율").get(0)).isSameAs(korean.find("수율").get(0));
  }

  @Test
  void isLoadedOnce_andLooksUpWithoutParsing() {
    assertThat(BuiltinGlossary.shared()).isSameAs(GLOSSARY);
    // A lookup reads the index built at load: the same entry objects every time, never a new parse.
    List<GlossaryEntry> first = GLOSSARY.find(TermKey.of("희생 플라이"));
    assertThat(first).hasSize(1);
    for (int i = 0; i < 1_000; i++) {
      assertThat(GLOSSARY.find(TermKey.of(i % 2 == 0 ? "희생 플라이" : "희생플라이")))
          .singleElement()
          .isSameAs(first.get(0));
    }
    assertThat(BuiltinGlossary.forLanguage("ko").find(TermKey.of("희생플라이")))
        .singleElement()
        .isSameAs(first.get(0));
  }

  @Test
  void laterDuplicates_loseToTheFirst_perLanguage() throws Exception {
    List<BuiltinGlossary.Line> lines = new ArrayList<>();
    lines.addAll(
        BuiltinGlossary.parse(
            "ko-a.tsv",
            new java.io.ByteArrayInputStream(
                ("수율\tyield\tsemiconductor\t양품이 차지하는 비율이다.\t3\n"
                        + "bad line without tabs\n"
                        + "불량률\t\tsemiconductor\t수준이 잘못 적힌 줄은 버려진다.\t4\n"
                        + "수 율\t\tsemiconductor\t두 번째 정의는 버려진다.\t1\n")
                    .getBytes(StandardCharsets.UTF_8))));
    lines.addAll(
        BuiltinGlossary.parse(
            "en.tsv",
            new java.io.ByteArrayInputStream(
                "yield\t\tmarkets\tThe return of a bond at its price.\n"
                    .getBytes(StandardCharsets.UTF_8))));
    BuiltinGlossary glossary = BuiltinGlossary.of(lines);

    assertThat(glossary.size()).isEqualTo(2);
    assertThat(glossary.find("수율"))
        .extracting(GlossaryEntry::definition)
        .containsExactly("양품이 차지하는 비율이다.");
    assertThat(glossary.find("불량률")).isEmpty();
    // The level of the first line; a line without one is unrated.
    assertThat(glossary.familiarity("수율", "ko")).isEqualTo(Familiarity.SPECIALIST);
    assertThat(glossary.familiarity("yield", "en")).isEqualTo(Familiarity.UNRATED);
    assertThat(glossary.familiarity("없는말", "ko")).isEqualTo(Familiarity.UNRATED);
    // An English spelling asked: the English entry first, the Korean one (alias "yield") after.
    assertThat(glossary.find("yield"))
        .extracting(GlossaryEntry::language)
        .containsExactly("en", "ko");
  }

  private static List<String> indexedFiles() throws Exception {
    try (InputStream in = BuiltinGlossaryTest.class.getResourceAsStream("/glossary/index.txt")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .lines()
          .map(String::strip)
          .filter(l -> !l.isEmpty())
          .toList();
    }
  }
}
