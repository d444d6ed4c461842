package io.gloss.core.glossary;

import static org.assertj.core.api.Assertions.assertThat;

import io.gloss.core.domain.Article;
import io.gloss.core.domain.GlossaryEntry;
import io.gloss.core.domain.Provenance;
import io.gloss.core.domain.SourceKind;
import io.gloss.core.text.DefaultTextAnalyzer;
import io.gloss.core.text.UserTerms;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a link reply explains: every source that appears in the article, ranked, five at most. */
class TermRankingTest {
  private final InMemoryGlossaryStore store = new InMemoryGlossaryStore();
  private final UserTerms userTerms = new UserTerms();
  private final DefaultTextAnalyzer analyzer = new DefaultTextAnalyzer(userTerms);
  private final GlossaryTermExplainer explainer =
      new GlossaryTermExplainer(
          store,
          userTerms,
          GlossaryTermExplainer.DEFAULT_MAX_ENTRIES,
          BuiltinGlossary.shared(),
          Clock.systemUTC());

  private static Article article(String url, String language, String title, String... paragraphs) {
    return new Article(
        url,
        url,
        null,
        title,
        "가상뉴스",
        List.of(),
        null,
        null,
        language,
        null,
        null,
        List.of(paragraphs),
        List.of());
  }

  private List<GlossaryEntry> explain(Article article) {
    return explainer.explain(analyzer.analyze(article), List.of());
  }

  @Test
  void hardShapedKey_givesTheShapesVerdict_onEveryKindOfKey() {
    String[] pieces = {
      "스", "트", "리", "밍", "레", "이", "터", "금", "리", "기", "준", "물", "가", "ai", "d", "램", "a", "bc",
      "yield", "curve", "1", "20", "漢", "字", "ω", "é", "の"
    };
    java.util.Random random = new java.util.Random(7);
    int hard = 0;
    for (int round = 0; round < 50_000; round++) {
      StringBuilder key = new StringBuilder();
      int parts = 1 + random.nextInt(6);
      for (int p = 0; p < parts; p++) {
        key.append(pieces[random.nextInt(pieces.length)]);
      }
      String k = io.gloss.core.domain.TermKey.of(key.toString());
      boolean expected = TermRanking.shape(k) >= 0.4;
      assertThat(TermRanking.hardShapedKey(k)).as(k).isEqualTo(expected);
      hard += expected ? 1 : 0;
    }
    assertThat(hard).isBetween(5_000, 45_000); // both verdicts were tried, many times
  }

  @Test
  void englishArticleWithoutABox_getsBuiltinExplanationsOffline() {
    List<GlossaryEntry> shown =
        explain(
            article(
                "https://news.example.com/bonds",
                "en",
                "Long bonds slide as investors demand more",
                "Ten-year yields rose 12 basis points on Tuesday as traders sold long-dated debt.",
                "The yield curve steepened for a third day, with the gap between two-year and"
                    + " ten-year notes at its widest since spring.",
                "Strategists said the term premium had come back as deficits grew."));

    assertThat(shown)
        .extracting(GlossaryEntry::term)
        .contains("basis point", "yield curve", "term premium");
    assertThat(shown)
        .allSatisfy(e -> assertThat(e.provenance().kind()).isEqualTo(SourceKind.BUILTIN))
        .allSatisfy(e -> assertThat(e.language()).isEqualTo("en"));
    assertThat(shown.get(0).provenance().name()).isEqualTo(BuiltinGlossary.NAME);
  }

  @Test
  void storedDictionaryTerms_thatTheArticleUses_reachTheReply_aboveTheBuiltinOnes() {
    // Team terms belong to a workspace and join at reply time (TeamSummarizeArticleUseCase);
    // here the shared stored sources must rank above the built-in glossary.
    store.upsert(
        new GlossaryEntry(
            "오름세 신호",
            List.of(),
            "수출이 세 달 넘게 이어서 늘어난 상태.",
            "ko",
            new Provenance(SourceKind.DICTIONARY, "우리 사전", null, null, null)));
    store.upsert(
        new GlossaryEntry(
            "선적 지연",
            List.of(),
            "배에 화물을 싣는 일정이 늦어지는 것.",
            "ko",
            new Provenance(SourceKind.DICTIONARY, "사전", null, null, null)));
    List<GlossaryEntry> shown =
        explain(
            article(
                "https://news.example.kr/exports",
                "ko",
                "수출 오름세 신호 이어져",
                "이달 수출이 늘며 오름세 신호가 석 달째 이어졌다. 업계는 오름세 신호가 연말까지 갈 것으로 본다.",
                "다만 항만 혼잡으로 선적 지연이 잦아 선적 지연 비용이 늘었다. 오름세 신호를 꺾을 변수다.",
                "선적 지연은 중소 수출기업에 더 아프다. 선적 지연 보상 규정도 없다.",
                "정부는 선적 지연 대책을 다음 달 내놓는다."));

    assertThat(shown).extracting(GlossaryEntry::term).contains("오름세 신호", "선적 지연");
    assertThat(shown.get(0).term()).isEqualTo("오름세 신호");
    assertThat(shown.subList(0, 2))
        .allSatisfy(e -> assertThat(e.provenance().kind()).isEqualTo(SourceKind.DICTIONARY));
  }

  @Test
  void atMostFive_eachThingOnce_noCommonWords() {
    List<GlossaryEntry> shown =
        explain(
            article(
                "https://news.example.kr/many",
                "ko",
                "반도체 업계 소식",
                "수율이 오르자 파운드리 업계가 웃었다. 팹리스 기업은 칩렛 설계를 늘렸고 HBM 주문도 늘었다.",
                "고대역폭메모리(HBM) 공급이 달리자 공매도 잔고가 줄었다. 환율과 금리도 움직였다.",
                "증착과 식각 장비 주문도 늘어 수율 개선 기대가 커졌다."));

    assertThat(shown).hasSizeLessThanOrEqualTo(5);
    assertThat(shown.stream().map(GlossaryEntry::term).distinct()).hasSameSizeAs(shown);
    // HBM once, though the text names it twice and also by its Korean name.
    assertThat(shown.stream().filter(e -> e.term().contains("HBM") || e.aliases().contains("HBM")))
        .hasSizeLessThanOrEqualTo(1);
    assertThat(shown).extracting(GlossaryEntry::term).doesNotContain("환율", "금리");
  }

  @Test
  void termsFromEarlierArticles_onlyWhenThisArticleUsesThem() {
    explain(
        article(
            "https://news.example.kr/first",
            "ko",
            "첫 기사",
            "온디바이스 추론이란 기기 안에서 인공지능 모델을 돌려 답을 내는 방식을 말한다. 업계가 주목한다."));

    List<GlossaryEntry> unrelated =
        explain(
            article(
                "https://news.example.kr/second", "ko", "둘째 기사", "시의회가 예산안을 처리했다. 시민단체는 환영했다."));
    List<GlossaryEntry> related =
        explain(
            article(
                "https://news.example.kr/third",
                "ko",
                "셋째 기사",
                "스마트폰 업체들이 온디바이스 추론 기능을 앞세웠다. 온디바이스 추론 경쟁이 치열하다."));

    assertThat(unrelated).extracting(GlossaryEntry::term).doesNotContain("온디바이스 추론");
    assertThat(related).extracting(GlossaryEntry::term).contains("온디바이스 추론");
    assertThat(
            related.stream()
                .filter(e -> e.term().equals("온디바이스 추론"))
                .findFirst()
                .orElseThrow()
                .provenance()
                .kind())
        .isEqualTo(SourceKind.LEARNED);
  }

  @Test
  void aNewsAgency_namedInEveryCreditLine_isCommon_likeOtherWellKnownAcronyms() {
    GlossaryEntry learned =
        new GlossaryEntry(
            "AFP",
            List.of("Agence France-Presse"),
            "Agence France-Presse",
            "en",
            Provenance.of(SourceKind.LEARNED));
    GlossaryEntry harbor =
        new GlossaryEntry(
            "HFP",
            List.of("Harbor Ferry Partnership"),
            "Harbor Ferry Partnership",
            "en",
            Provenance.of(SourceKind.LEARNED));

    assertThat(TermRanking.isCommon(learned)).isTrue();
    assertThat(TermRanking.isCommon(harbor)).isFalse();
  }

  @Test
  void aPlainWordAnotherArticleDefined_needsEvidenceHere() {
    explain(
        article(
            "https://news.example.com/physics",
            "en",
            "Pupils grow shells",
            "A crystal is a solid whose parts are arranged in a regular repeating pattern in space."
                + " The pupils grew one crystal after another."));

    List<GlossaryEntry> glassware =
        explain(
            article(
                "https://news.example.com/glass",
                "en",
                "Glass prices rise",
                "The price of crystal glassware rose this year. Sales of crystal vases grew in Asia."));

    assertThat(glassware).extracting(GlossaryEntry::term).doesNotContain("crystal");
  }

  @Test
  void aFunctionWordInTheStore_isNeverShown() {
    // An older version could learn "where" from a formula's gloss; every article uses the word.
    store.upsert(
        new GlossaryEntry(
            "where",
            List.of(),
            "The eigenvalues on the diagonal of the matrix",
            "en",
            new Provenance(
                SourceKind.ARTICLE_TEXT, "Wiki", "https://wiki.example.org/matrix", null, null)));
    store.upsert(
        new GlossaryEntry(
            "eigenvalue",
            List.of(),
            "A number by which a matrix stretches one of its special directions",
            "en",
            new Provenance(
                SourceKind.ARTICLE_TEXT, "Wiki", "https://wiki.example.org/matrix", null, null)));

    List<GlossaryEntry> shown =
        explain(
            article(
                "https://news.example.com/rates",
                "en",
                "Where rates go next",
                "Where the eigenvalue lands is where traders look. The eigenvalue rose where"
                    + " banks lend."));

    assertThat(shown)
        .extracting(GlossaryEntry::term)
        .contains("eigenvalue")
        .doesNotContain("where");
  }

  @Test
  void aBareExpansion_givesWayToARealDefinition() {
    List<GlossaryEntry> shown =
        explain(
            article(
                "https://news.example.kr/cbam",
                "ko",
                "수출 기업 탄소 비용 부담",
                "유럽연합의 탄소국경세(CBAM) 시행을 앞두고 철강 업계가 대응에 나섰다. CBAM 보고 의무가 부담이다.",
                "CBAM 인증서 가격도 변수다."));

    // The text pairs CBAM with an expansion (a learned "CBAM — 탄소국경세"); the reply shows the
    // built-in entry's definition instead.
    GlossaryEntry cbam =
        shown.stream()
            .filter(e -> e.term().equals("CBAM") || e.aliases().contains("CBAM"))
            .findFirst()
            .orElseThrow();
    assertThat(cbam.provenance().kind()).isEqualTo(SourceKind.BUILTIN);
    assertThat(cbam.definition()).isNotEqualTo("탄소국경세").contains("탄소");
  }

  @Test
  void aDictionaryOfEveryWord_addsNoPlainWordsToTheReply() {
    for (String word : List.of("정부", "시장", "발표", "계획")) {
      store.upsert(
          new GlossaryEntry(
              word,
              List.of(),
              word + "의 사전 뜻풀이.",
              "ko",
              new Provenance(SourceKind.DICTIONARY, "우리말샘", null, null, null)));
    }
    List<GlossaryEntry> shown =
        explain(
            article(
                "https://news.example.kr/plain",
                "ko",
                "정부 계획 발표",
                "정부가 시장 안정 계획을 발표했다. 정부는 계획에 따라 시장을 점검한다.",
                "정부 발표 이후 시장은 차분했다. 계획 발표는 다음 달에도 이어진다."));

    assertThat(shown).noneMatch(e -> e.provenance().kind() == SourceKind.DICTIONARY);
  }

  @Test
  void everydayTerms_giveTheirPlaceToTermsReadersNeedExplained() {
    // The built-in glossary rates 전기차 everyday and 수율 specialist: however often the article
    // says 전기차, even in its headline, the reply spends its lines on what readers do not know.
    List<GlossaryEntry> shown =
        explain(
            article(
                "https://news.example.kr/ev-battery",
                "ko",
                "전기차 배터리 수율 경쟁",
                "전기차 판매가 늘자 배터리 업계의 수율 경쟁이 다시 붙었다. 전기차 업체들은 공급처를 늘렸다.",
                "한 배터리 업체는 새 공장의 수율을 90%까지 끌어올렸다고 밝혔다. 전기차 수요는 연말까지 이어질 전망이다."));

    assertThat(BuiltinGlossary.shared().familiarity("전기차", "ko")).isEqualTo(Familiarity.EVERYDAY);
    assertThat(BuiltinGlossary.shared().familiarity("수율", "ko")).isEqualTo(Familiarity.SPECIALIST);
    assertThat(shown).extracting(GlossaryEntry::term).contains("수율").doesNotContain("전기차");
  }

  @Test
  void anEverydayTerm_theArticleFlags_isStillExplained() {
    List<GlossaryEntry> flagged =
        explain(
            article(
                "https://news.example.kr/ev-flagged",
                "ko",
                "전기차 판매 늘어",
                "이른바 '전기차'로 불리는 차량의 판매가 늘었다. 전기차 보조금도 늘었다. 전기차 충전소도 늘었다."));
    List<GlossaryEntry> plain =
        explain(
            article(
                "https://news.example.kr/ev-plain",
                "ko",
                "전기차 판매 늘어",
                "전기차로 불리는 차량의 판매가 늘었다. 전기차 보조금도 늘었다. 전기차 충전소도 늘었다."));

    assertThat(flagged).extracting(GlossaryEntry::term).contains("전기차");
    assertThat(plain).extracting(GlossaryEntry::term).doesNotContain("전기차");
  }

  @Test
  void everydayWordsWithAnotherSense_doNotBringInATermsExplanation() {
    List<GlossaryEntry> korean =
        explain(
            article(
                "https://news.example.kr/envoy",
                "ko",
                "대북 특사 파견 검토",
                "정부가 대북 특사 파견을 검토한다. 특사는 다음 달 평양을 찾는다.",
                "올해 입원 환자 수가 크게 늘었다. 환자 수가 늘자 병상이 부족해졌다.",
                "용병 출신 무장 세력이 국경을 넘었다. 부의 대물림 논란도 이어졌다."));
    List<GlossaryEntry> english =
        explain(
            article(
                "https://news.example.com/recalls",
                "en",
                "Former minister recalls the night the king was deposed",
                "The former minister recalls how the king was deposed in a single night.",
                "Staff turnover at the ministry rose, and margins of victory narrowed in later votes.",
                "He said the duties of the office had changed since."));

    assertThat(korean)
        .extracting(GlossaryEntry::term)
        .doesNotContain("사면", "의료수가", "외국인 선수 제도", "본회의 부의");
    assertThat(english)
        .extracting(GlossaryEntry::term)
        .doesNotContain(
            "product recall", "deposition testimony", "revenue", "profit margin", "tariff");
  }
}
