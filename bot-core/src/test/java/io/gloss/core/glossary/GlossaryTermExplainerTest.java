package io.gloss.core.glossary;

import static org.assertj.core.api.Assertions.assertThat;

import io.gloss.core.domain.AnalyzedArticle;
import io.gloss.core.domain.Article;
import io.gloss.core.domain.GlossaryEntry;
import io.gloss.core.domain.Provenance;
import io.gloss.core.domain.SourceKind;
import io.gloss.core.domain.TermKey;
import io.gloss.core.text.DefaultTextAnalyzer;
import io.gloss.core.text.SampleArticles;
import io.gloss.core.text.UserTerms;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class GlossaryTermExplainerTest {
  private final InMemoryGlossaryStore store = new InMemoryGlossaryStore();
  private final UserTerms userTerms = new UserTerms();
  private final DefaultTextAnalyzer analyzer = new DefaultTextAnalyzer(userTerms);
  private final GlossaryTermExplainer explainer = new GlossaryTermExplainer(store, userTerms);

  private static Map<String, GlossaryEntry> byTerm(List<GlossaryEntry> entries) {
    return entries.stream().collect(Collectors.toMap(GlossaryEntry::term, Function.identity()));
  }

  @Test
  void explain_koreanArticle_boxFirstThenTextDefinitionsWithProvenance() {
    List<GlossaryEntry> shown =
        explainer.explain(analyzer.analyze(SampleArticles.korean()), List.of());

    assertThat(shown.subList(0, 2))
        .extracting(GlossaryEntry::term)
        .containsExactly("소버린 AI", "풀스택");
    Map<String, GlossaryEntry> byTerm = byTerm(shown);
    assertThat(byTerm.get("소버린 AI").provenance().kind()).isEqualTo(SourceKind.ARTICLE_BOX);
    assertThat(byTerm.get("소버린 AI").provenance().url()).isEqualTo(SampleArticles.KOREAN_URL);
    assertThat(byTerm.get("소버린 AI").definition()).startsWith("특정 국가가");
    assertThat(byTerm.get("풀스택").aliases()).contains("Full Stack");
    // "GDP — 국내총생산" is no explanation for a general reader: a common acronym is not shown.
    assertThat(byTerm).doesNotContainKey("GDP");
    assertThat(store.findByKey(TermKey.of("GDP")))
        .extracting(e -> e.provenance().kind())
        .containsExactly(SourceKind.ARTICLE_TEXT);
    // Bare expansions are stored for /define, but a page with a box shows them only if they
    // clear the higher bar: the article has chosen its terms.
    assertThat(store.findByKey(TermKey.of("과기정통부")).get(0).definition()).isEqualTo("과학기술정보통신부");
    assertThat(store.findByKey(TermKey.of("GPU")).get(0).definition()).isEqualTo("그래픽처리장치");
    assertThat(store.findByKey(TermKey.of("GPU")).get(0).provenance().title())
        .isEqualTo(SampleArticles.koreanTitle());
    assertThat(shown).hasSizeLessThanOrEqualTo(GlossaryTermExplainer.DEFAULT_MAX_ENTRIES);
    // A hard term nobody explains is not shown.
    assertThat(byTerm).doesNotContainKey("국가AI컴퓨팅센터");
    assertThat(userTerms.contains("소버린AI")).isTrue();
  }

  @Test
  void explain_koreanArticle_storesTextDefinitionAndAppearances() {
    explainer.explain(analyzer.analyze(SampleArticles.korean()), List.of());

    assertThat(store.findByKey(TermKey.of("소버린 AI")))
        .extracting(e -> e.provenance().kind())
        .containsExactly(SourceKind.ARTICLE_BOX, SourceKind.ARTICLE_TEXT);
    assertThat(store.findByKey(TermKey.of("소버린 AI")).get(1).definition())
        .isEqualTo("한 나라가 외부에 기대지 않고 스스로 개발하고 운영하는 인공지능");
    assertThat(store.findByKey(TermKey.of("국내총생산")))
        .extracting(GlossaryEntry::term)
        .containsExactly("GDP");
    assertThat(store.appearances(TermKey.of("소버린AI"), 5))
        .extracting(Provenance::url)
        .containsExactly(SampleArticles.KOREAN_URL);
    assertThat(store.appearances(TermKey.of("국가AI컴퓨팅센터"), 5)).hasSize(1);
  }

  @Test
  void explain_sameArticleTwice_storesEachEntryOnce() {
    AnalyzedArticle analyzed = analyzer.analyze(SampleArticles.korean());
    explainer.explain(analyzed, List.of());
    int size = store.all().size();

    explainer.explain(analyzed, List.of());

    assertThat(store.all()).hasSize(size);
  }

  @Test
  void explain_laterArticleWithoutBox_usesWhatTheFirstTaughtAsLearned() {
    explainer.explain(analyzer.analyze(SampleArticles.korean()), List.of());
    Article later =
        article("https://news.example.kr/later", "기업들이 풀스택 역량 확보에 나섰다. 대학도 관련 과정을 늘린다.");

    List<GlossaryEntry> shown = explainer.explain(analyzer.analyze(later), List.of());

    assertThat(shown).extracting(GlossaryEntry::term).containsExactly("풀스택");
    assertThat(shown.get(0).provenance().kind()).isEqualTo(SourceKind.LEARNED);
    assertThat(shown.get(0).provenance().url()).isEqualTo(SampleArticles.KOREAN_URL);
  }

  @Test
  void explain_precedence_teamThenBoxThenDictionaryThenAi() {
    Article article = article("https://news.example.kr/p", "정부는 스테이블코인 규제안을 내놨다. 업계는 반발했다.");
    AnalyzedArticle analyzed = analyzer.analyze(article);
    assertThat(analyzed.hardTerms()).contains("스테이블코인");
    GlossaryEntry ai =
        new GlossaryEntry(
            "스테이블코인", List.of(), "AI가 쓴 설명", "ko", Provenance.of(SourceKind.DICTIONARY));

    // Only the AI explanation: shown, and labelled AI even though it claimed otherwise.
    List<GlossaryEntry> shown = explainer.explain(analyzed, List.of(ai));
    assertThat(shown)
        .singleElement()
        .satisfies(e -> assertThat(e.provenance().kind()).isEqualTo(SourceKind.AI));

    store.upsert(
        new GlossaryEntry(
            "스테이블코인",
            List.of(),
            "사전 설명",
            "ko",
            new Provenance(SourceKind.DICTIONARY, "우리말샘", null, null, null)));
    assertThat(explainer.explain(analyzed, List.of()).get(0).definition()).isEqualTo("사전 설명");

    // Team explanations are per workspace and laid over the reply later (TeamLayerTest): the shared
    // article result never carries one team's words.
    store.put(
        io.gloss.core.domain.Workspace.DEFAULT,
        new GlossaryEntry("스테이블 코인", List.of(), "팀 설명", "ko", Provenance.of(SourceKind.TEAM)));
    assertThat(explainer.explain(analyzed, List.of()).get(0).definition()).isEqualTo("사전 설명");
  }

  @Test
  void explain_importedDictionaryTerms_areFoundByKey_andShortPlainWordsAreNot() {
    Provenance dictionary = new Provenance(SourceKind.DICTIONARY, "가상사전", null, null, null);
    store.upsert(new GlossaryEntry("기후공시의무화", List.of(), "기업이 기후 위험을 밝히게 하는 규정", "ko", dictionary));
    store.upsert(new GlossaryEntry("반발", List.of(), "되받아 퉁기는 것", "ko", dictionary));
    store.upsert(
        new GlossaryEntry(
            "countercyclical buffer",
            List.of("CCyB"),
            "Extra capital banks hold in good times",
            "en",
            dictionary));
    // A new explainer reads the store now, as a new process would.
    GlossaryTermExplainer fresh = new GlossaryTermExplainer(store, userTerms);

    List<GlossaryEntry> korean =
        explainOn(
            fresh,
            "https://news.example.kr/d",
            "금융당국은 기후공시의무화를 2년 미룬다. 기후공시의무화 대상은 상장사다. 업계는 반발했다.");
    List<GlossaryEntry> english =
        explainOn(
            fresh,
            "https://news.example.com/d",
            "Regulators raised the countercyclical buffers again. The countercyclical buffer"
                + " binds large banks. Banks must comply.",
            "en");

    assertThat(korean).extracting(GlossaryEntry::term).contains("기후공시의무화").doesNotContain("반발");
    assertThat(english).extracting(GlossaryEntry::term).contains("countercyclical buffer");
    assertThat(english)
        .filteredOn(e -> e.term().equals("countercyclical buffer"))
        .singleElement()
        .satisfies(e -> assertThat(e.provenance().kind()).isEqualTo(SourceKind.DICTIONARY));
  }

  @Test
  void explain_aKoreanDictionaryWord_isNotShownOnAnEnglishArticle_byItsEnglishAlias() {
    store.upsert(
        new GlossaryEntry(
            "트래블링",
            List.of("traveling"),
            "농구에서 공을 든 채 세 걸음 이상 걷는 반칙",
            "ko",
            new Provenance(SourceKind.DICTIONARY, "가상사전", null, null, null)));
    GlossaryTermExplainer fresh = new GlossaryTermExplainer(store, userTerms);

    List<GlossaryEntry> english =
        explainOn(
            fresh,
            "https://news.example.com/t",
            "Traveling abroad got dearer. Airlines say traveling in winter costs more.",
            "en");
    List<GlossaryEntry> korean =
        explainOn(
            fresh, "https://news.example.kr/t", "심판은 트래블링을 선언했다. 감독은 트래블링 판정에 항의했다. 경기는 이어졌다.");

    assertThat(english).extracting(GlossaryEntry::term).doesNotContain("트래블링");
    assertThat(korean).extracting(GlossaryEntry::term).contains("트래블링");
  }

  @Test
  void aDictionaryTermExplainedInEnglish_isShownOnAKoreanArticle_byItsOwnName() {
    store.upsert(
        new GlossaryEntry(
            "망분리규제",
            List.of("network separation rule"),
            "A rule that keeps a firm's internal network cut off from the internet.",
            "en",
            new Provenance(SourceKind.DICTIONARY, "team-list", null, null, null)));
    GlossaryTermExplainer fresh = new GlossaryTermExplainer(store, userTerms);

    List<GlossaryEntry> korean =
        explainOn(
            fresh, "https://news.example.kr/n", "금융위는 망분리규제를 풀기로 했다. 망분리규제 완화는 내년에 시행된다. 업계는 반겼다.");

    assertThat(korean).extracting(GlossaryEntry::term).contains("망분리규제");
  }

  @Test
  void explain_koreanAndEnglishNames_becomeAliasesOfTheBoxEntry() {
    Article base = SampleArticles.korean();
    List<String> paragraphs = new java.util.ArrayList<>(base.paragraphs());
    paragraphs.add("정부는 소버린 AI(Sovereign AI) 전략을 내년 상반기에 공개한다.");
    Article article =
        new Article(
            base.url(),
            base.canonicalUrl(),
            null,
            base.title(),
            base.site(),
            base.authors(),
            base.published(),
            null,
            "ko",
            null,
            null,
            paragraphs,
            base.glossary());

    explainer.explain(analyzer.analyze(article), List.of());

    assertThat(store.findByKey(TermKey.of("sovereign AI")))
        .first()
        .satisfies(
            e -> {
              assertThat(e.term()).isEqualTo("소버린 AI");
              assertThat(e.provenance().kind()).isEqualTo(SourceKind.ARTICLE_BOX);
            });
    assertThat(new DefineTermService(store).define("Sovereign AI"))
        .isInstanceOfSatisfying(
            io.gloss.core.domain.DefineResult.Found.class,
            f -> assertThat(f.entry().provenance().kind()).isEqualTo(SourceKind.ARTICLE_BOX));
  }

  @Test
  void explain_englishArticle_acronymExpansionFromText() {
    List<GlossaryEntry> shown =
        explainer.explain(analyzer.analyze(SampleArticles.english()), List.of());

    assertThat(shown)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.term()).isEqualTo("HDA");
              assertThat(e.definition()).isEqualTo("Harbor Development Authority");
              assertThat(e.language()).isEqualTo("en");
            });
  }

  @Test
  void explain_englishDefinitionSentence_isLearned() {
    Article article =
        new Article(
            "https://n.example.com/q",
            "https://n.example.com/q",
            null,
            "Quantum",
            null,
            List.of(),
            null,
            null,
            "en",
            null,
            null,
            List.of(
                "Qubit refers to the basic unit of quantum information. Labs raced to build more of them."),
            List.of());

    explainer.explain(analyzer.analyze(article), List.of());

    assertThat(store.findByKey("qubit"))
        .extracting(GlossaryEntry::definition)
        .containsExactly("the basic unit of quantum information");
  }

  @Test
  void explain_showsAThingOnce_notAlsoItsVersions() throws Exception {
    String tsv =
        String.join(
            "\n",
            "HBM\t\tsemiconductor\t여러 메모리 칩을 쌓아 데이터 통로를 넓힌 메모리다.\t3",
            "HBM4\t\tsemiconductor\t여섯 번째 세대의 고대역폭 메모리다.\t3",
            "HBM3E\t\tsemiconductor\t다섯 번째 세대의 고대역폭 메모리다.\t3",
            "인터포저\t\tsemiconductor\t칩과 기판 사이에서 신호를 이어 주는 얇은 판이다.\t3");
    GlossaryTermExplainer withBuiltin = withBuiltin(tsv);
    Article article =
        article(
            "https://news.example.kr/hbm",
            "HBM4 양산이 시작됐다. HBM4는 HBM3E보다 빠르다. HBM 시장은 커졌다. 인터포저 수요도 늘었다. HBM4 가격은 올랐다.");

    List<GlossaryEntry> shown = withBuiltin.explain(analyzer.analyze(article), List.of());

    assertThat(shown).extracting(GlossaryEntry::term).contains("인터포저");
    assertThat(shown)
        .extracting(GlossaryEntry::term)
        .filteredOn(t -> t.startsWith("HBM"))
        .hasSize(1);
  }

  @Test
  void explain_sparseReply_takesAFamiliarTermThatACrowdedOneLeavesOut() throws Exception {
    String tsv =
        String.join(
            "\n",
            "무역수지\t\ttrade\t일정 기간 수출액에서 수입액을 뺀 값이다.\t2",
            "인터포저\t\tsemiconductor\t칩과 기판 사이에서 신호를 이어 주는 얇은 판이다.\t3",
            "웨이퍼\t\tsemiconductor\t반도체 칩을 만드는 얇고 둥근 실리콘 판이다.\t3",
            "패키징\t\tsemiconductor\t완성된 칩을 보호하고 기판에 연결하는 공정이다.\t3",
            "수출\t\ttrade\t나라 밖으로 물건을 파는 일이다.\t1");
    GlossaryTermExplainer withBuiltin = withBuiltin(tsv);
    String tail = " 수출은 늘었다. 정부는 다음 달 무역수지도 흑자를 이어 갈 것으로 봤다.";
    Article sparse =
        article("https://news.example.kr/sparse", "인터포저 수요가 크게 늘었다. 인터포저 공급은 부족하다." + tail);
    Article crowded =
        article(
            "https://news.example.kr/crowded", "인터포저 수요가 크게 늘었다. 웨이퍼 가격도 올랐다. 패키징 공정은 바쁘다." + tail);

    List<GlossaryEntry> sparseReply = withBuiltin.explain(analyzer.analyze(sparse), List.of());
    List<GlossaryEntry> crowdedReply = withBuiltin.explain(analyzer.analyze(crowded), List.of());

    assertThat(sparseReply).extracting(GlossaryEntry::term).containsExactly("인터포저", "무역수지");
    assertThat(crowdedReply)
        .extracting(GlossaryEntry::term)
        .containsExactlyInAnyOrder("인터포저", "웨이퍼", "패키징");
  }

  @Test
  void explain_theArticlesOwnPhrase_takesThePlaceOfTheGeneralBuiltinTermInsideIt()
      throws Exception {
    String tsv = "스와프\t\tfinance\t두 당사자가 돈이나 자산의 흐름을 서로 맞바꾸는 거래다.\t3";
    GlossaryTermExplainer withBuiltin = withBuiltin(tsv);
    Article article =
        article(
            "https://news.example.kr/fx-swap",
            "외환 스와프란 두 나라 통화를 지금 맞바꾸고 정해진 날 되돌려 받는 거래를 말한다. 외환 스와프 규모가 커졌다."
                + " 스와프 시장이 흔들렸다. 스와프 금리도 올랐다.");

    List<GlossaryEntry> shown = withBuiltin.explain(analyzer.analyze(article), List.of());

    assertThat(shown).extracting(GlossaryEntry::term).contains("외환 스와프").doesNotContain("스와프");
    assertThat(byTerm(shown).get("외환 스와프").provenance().kind()).isEqualTo(SourceKind.ARTICLE_TEXT);
  }

  @Test
  void explain_articleInAnotherLanguage_readsNoShippedEntry_whoseSpellingsAreWordsThere()
      throws Exception {
    String tsv =
        String.join(
            "\n",
            "ESTA\t\tlaw\tAn online permit that visa-free visitors need before flying to the US.\t3",
            "CRO\t\thealth\tA company that drugmakers hire to run their clinical trials.\t3",
            "placebo\t\thealth\tA dummy treatment given to compare against the real one.\t2");
    GlossaryTermExplainer withBuiltin = withBuiltin("en-test.tsv", tsv);
    String spanish =
        "Esta semana la CRO de Madrid abrió un ensayo. Esta prueba será larga."
            + " La CRO busca pacientes.";
    String english =
        "This week the CRO in Madrid opened a trial. Half the patients will get a placebo."
            + " The CRO needs patients.";

    List<GlossaryEntry> inSpanish =
        withBuiltin.explain(
            analyzer.analyze(article("https://noticias.example.es/cro", spanish, "es")), List.of());
    List<GlossaryEntry> inEnglish = shownOn(withBuiltin, "https://news.example.com/cro", english);

    // "Esta" is a Spanish word: the shipped glossary is Korean and English only.
    assertThat(inSpanish).isEmpty();
    assertThat(inEnglish).extracting(GlossaryEntry::term).contains("CRO");
  }

  @Test
  void explain_anAcronymTheArticleExpandsAsAnotherThing_isNotExplainedAsTheShippedOne()
      throws Exception {
    String tsv =
        "International Energy Agency\tIEA\tenergy\tA Paris body that advises rich countries on"
            + " energy and publishes oil market reports.\t3";
    GlossaryTermExplainer withBuiltin = withBuiltin("en-test.tsv", tsv);
    String thinkTank =
        "The free-market Institute for Economic Affairs (IEA) said the tax cut was too small."
            + " The IEA wants a smaller state. IEA staff wrote the report.";
    String agency =
        "The International Energy Agency (IEA) raised its oil demand forecast on Tuesday."
            + " The IEA expects demand to grow. IEA analysts cited China.";

    List<GlossaryEntry> aboutTheThinkTank =
        shownOn(withBuiltin, "https://news.example.com/iea-tax", thinkTank);
    List<GlossaryEntry> aboutTheAgency =
        shownOn(withBuiltin, "https://news.example.com/iea-oil", agency);

    assertThat(aboutTheThinkTank)
        .extracting(GlossaryEntry::term)
        .doesNotContain("International Energy Agency");
    assertThat(aboutTheAgency)
        .extracting(GlossaryEntry::term)
        .contains("International Energy Agency");
  }

  @Test
  void explain_aWordWithOtherSenses_isExplainedOnlyInAStoryFromItsEntrysField() throws Exception {
    String tsv =
        String.join(
            "\n",
            "guidance\tearnings guidance\tbusiness\tA company's own forecast of its future sales"
                + " or profits.\t3",
            "gross margin\t\tbusiness\tThe share of sales left after the direct cost of making"
                + " the goods.\t2",
            "quarantine\t\thealth\tKeeping people who may have been exposed to a disease apart"
                + " from others.\t2");
    GlossaryTermExplainer withBuiltin = withBuiltin("en-test.tsv", tsv);
    String healthRules =
        "Schools received new guidance on quarantine this week. The guidance asks pupils who feel"
            + " ill to stay at home. Teachers said the guidance came late.";
    String earnings =
        "The chipmaker raised its guidance for the year. Its gross margin widened to 61 percent."
            + " Investors had expected weaker guidance after a slow spring.";

    List<GlossaryEntry> inHealth =
        shownOn(withBuiltin, "https://news.example.com/schools", healthRules);
    List<GlossaryEntry> inEarnings =
        shownOn(withBuiltin, "https://news.example.com/chips", earnings);

    // Advice to schools is not a company's forecast; beside a gross margin it is.
    assertThat(inHealth).extracting(GlossaryEntry::term).doesNotContain("guidance");
    assertThat(inEarnings).extracting(GlossaryEntry::term).contains("guidance");
  }

  @Test
  void aTeamsDeficit_isNoBudgetDeficit() throws Exception {
    String tsv =
        String.join(
            "\n",
            "budget deficit\tdeficit\teconomy\tThe amount by which a government spends more than it"
                + " takes in over a year.\t2",
            "bond yield\t\tmarkets\tThe return a bond pays as a share of its price.\t2",
            "power play\t\tsports\tA spell when one team has more players on the ice after a"
                + " penalty.\t2");
    GlossaryTermExplainer withBuiltin = withBuiltin("en-test.tsv", tsv);
    String hockey =
        "The Otters came back from a three-goal deficit to win in overtime. A late power play"
            + " cut the deficit to one. The crowd stayed to the end.";
    String treasury =
        "The deficit grew to 6 percent of output this year. The bond yield rose as the deficit"
            + " forced more borrowing.";

    assertThat(shownOn(withBuiltin, "https://news.example.com/hockey", hockey))
        .extracting(GlossaryEntry::term)
        .doesNotContain("budget deficit");
    assertThat(shownOn(withBuiltin, "https://news.example.com/treasury", treasury))
        .extracting(GlossaryEntry::term)
        .contains("budget deficit");
  }

  @Test
  void anAcronymWithOtherSenses_isNotVouchedForByBeingAnAcronym() throws Exception {
    String tsv =
        String.join(
            "\n",
            "COBRA\tCOBRA coverage\thealth\tA US law letting workers keep their employer health"
                + " plan for a while after leaving a job.\t3",
            "good manufacturing practice\tGMP|cGMP\thealth\tQuality rules drug makers must"
                + " follow.\t3",
            "deductible\t\thealth\tWhat a patient pays before an insurance plan starts to"
                + " pay.\t2");
    GlossaryTermExplainer withBuiltin = withBuiltin("en-test.tsv", tsv);
    String riots =
        "Ministers met at COBRA on Monday after a second night of unrest in the city. GMP said"
            + " officers made four more arrests, and COBRA will meet again on Tuesday.";
    String benefits =
        "Workers who lose their jobs can keep their plan through COBRA for 18 months. The"
            + " deductible stays the same, but COBRA premiums can triple.";

    assertThat(shownOn(withBuiltin, "https://news.example.co.uk/riots", riots))
        .extracting(GlossaryEntry::term)
        .doesNotContain("COBRA", "good manufacturing practice");
    assertThat(shownOn(withBuiltin, "https://news.example.com/benefits", benefits))
        .extracting(GlossaryEntry::term)
        .contains("COBRA");
  }

  @Test
  void anotherPlacesInstitution_isNotExplainedAsLondons() throws Exception {
    String tsv =
        "Scotland Yard\tMetropolitan Police|Met Police\tlaw\tLondon's police force, formally the"
            + " Metropolitan Police Service.\t2";
    GlossaryTermExplainer withBuiltin = withBuiltin("en-test.tsv", tsv);
    String washington =
        "The Metropolitan Police said an officer was shot near the harbor in Washington. The"
            + " Metropolitan Police asked drivers to avoid the area while detectives searched it.";
    String london =
        "The Metropolitan Police said an officer was hurt near the Thames in London. The"
            + " Metropolitan Police asked drivers to avoid the area while detectives searched it.";

    assertThat(shownOn(withBuiltin, "https://news.example.com/dc", washington))
        .extracting(GlossaryEntry::term)
        .doesNotContain("Scotland Yard");
    assertThat(shownOn(withBuiltin, "https://news.example.com/uk", london))
        .extracting(GlossaryEntry::term)
        .contains("Scotland Yard");
  }

  @Test
  void aPhraseWithOtherSenses_andTheOtherFormsOfSuchAWord_needTheEntrysFieldToo() throws Exception {
    String tsv =
        String.join(
            "\n",
            "knock-on\t\tsports\tIn rugby, losing the ball forward off the hands.\t3",
            "commodity\tcommodities\tmarkets\tA raw material traded in bulk, such as oil or"
                + " wheat.\t2",
            "lineout\t\tsports\tIn rugby, the restart when the ball goes out over the"
                + " touchline.\t3");
    GlossaryTermExplainer withBuiltin = withBuiltin("en-test.tsv", tsv);
    String trains =
        "The strike had a knock-on effect on every line. Calm is a rare commodity at the station."
            + " Commuters said good humour had become one of the scarcest commodities in town.";
    String rugby =
        "A knock-on ended the first attack. The lineout wobbled again. Another knock-on followed"
            + " before half-time.";

    List<GlossaryEntry> inTrains = shownOn(withBuiltin, "https://news.example.com/trains", trains);
    List<GlossaryEntry> inRugby = shownOn(withBuiltin, "https://news.example.com/rugby", rugby);

    assertThat(inTrains).extracting(GlossaryEntry::term).doesNotContain("knock-on", "commodity");
    assertThat(inRugby).extracting(GlossaryEntry::term).contains("knock-on");
  }

  @Test
  void aShortAcronym_isExplainedOnlyInAStoryFromItsEntrysField_orWhereItIsSpelledOut()
      throws Exception {
    String tsv =
        String.join(
            "\n",
            "personal best\tPB\tsports\tAn athlete's best ever result in an event.\t2",
            "heptathlon\t\tsports\tA women's athletics contest of seven events over two"
                + " days.\t2");
    GlossaryTermExplainer withBuiltin = withBuiltin("en-test.tsv", tsv);
    String recipe =
        "Stir the PB into the melted chocolate. Roll the PB mixture into balls."
            + " Chill them for an hour.";
    String athletics =
        "She ran a PB in the 800 metres on the second day of the heptathlon."
            + " Her PB came in the last event.";
    String spelledOut =
        "A personal best is what every runner chases. Her PB came on a cold night in Oslo.";

    List<GlossaryEntry> inRecipe =
        shownOn(withBuiltin, "https://news.example.com/truffles", recipe);
    List<GlossaryEntry> inAthletics =
        shownOn(withBuiltin, "https://news.example.com/heptathlon", athletics);
    List<GlossaryEntry> whereSpelledOut =
        shownOn(withBuiltin, "https://news.example.com/oslo", spelledOut);

    // Peanut butter is no personal best.
    assertThat(inRecipe).extracting(GlossaryEntry::term).doesNotContain("personal best");
    assertThat(inAthletics).extracting(GlossaryEntry::term).contains("personal best");
    assertThat(whereSpelledOut).extracting(GlossaryEntry::term).contains("personal best");
  }

  @Test
  void phraseOnShown_isAShownTermWithWordsAddedOrTakenAway() {
    List<GlossaryEntry> shown =
        List.of(builtin("productivity"), builtin("전력망 특별법"), builtin("신탁 부동산"));

    assertThat(GlossaryTermExplainer.phraseOnShown(builtin("labor productivity"), shown)).isTrue();
    assertThat(GlossaryTermExplainer.phraseOnShown(builtin("전력망"), shown)).isTrue();
    assertThat(GlossaryTermExplainer.phraseOnShown(builtin("productivity-linked"), shown)).isTrue();
    assertThat(GlossaryTermExplainer.phraseOnShown(builtin("부동산 신탁"), shown)).isTrue();
    // Another thing: a word that only starts like a shown one, or shares none of its words whole.
    assertThat(GlossaryTermExplainer.phraseOnShown(builtin("productive capacity"), shown))
        .isFalse();
    assertThat(GlossaryTermExplainer.phraseOnShown(builtin("전력망법"), shown)).isFalse();
    assertThat(GlossaryTermExplainer.phraseOnShown(builtin("특별법 개정"), shown)).isFalse();
  }

  private static GlossaryEntry builtin(String term) {
    return new GlossaryEntry(term, List.of(), "d", "en", Provenance.of(SourceKind.BUILTIN));
  }

  @Test
  void versionOfShown_isADigitLedTagOnAShownName() {
    GlossaryEntry hbm4 =
        new GlossaryEntry("HBM4", List.of(), "d", "en", Provenance.of(SourceKind.BUILTIN));
    GlossaryEntry covid =
        new GlossaryEntry("COVID", List.of(), "d", "en", Provenance.of(SourceKind.BUILTIN));
    GlossaryEntry hbmx =
        new GlossaryEntry("HBMX", List.of(), "d", "en", Provenance.of(SourceKind.BUILTIN));
    GlossaryEntry g20 =
        new GlossaryEntry("G20", List.of(), "d", "en", Provenance.of(SourceKind.BUILTIN));

    assertThat(GlossaryTermExplainer.versionOfShown(hbm4, java.util.Set.of("hbm"))).isTrue();
    assertThat(GlossaryTermExplainer.versionOfShown(covid, java.util.Set.of("covid19"))).isTrue();
    // Not a version: a letter follows, a version tag too long, or a shown name of one letter.
    assertThat(GlossaryTermExplainer.versionOfShown(hbmx, java.util.Set.of("hbm"))).isFalse();
    assertThat(GlossaryTermExplainer.versionOfShown(hbm4, java.util.Set.of("hb"))).isFalse();
    assertThat(GlossaryTermExplainer.versionOfShown(g20, java.util.Set.of("g"))).isFalse();
  }

  /** An explainer over this test's store with a built-in glossary of the given file lines. */
  private GlossaryTermExplainer withBuiltin(String tsv) throws java.io.IOException {
    return withBuiltin("ko-test.tsv", tsv);
  }

  private GlossaryTermExplainer withBuiltin(String file, String tsv) throws java.io.IOException {
    BuiltinGlossary builtin =
        BuiltinGlossary.of(
            BuiltinGlossary.parse(
                file,
                new java.io.ByteArrayInputStream(
                    tsv.getBytes(java.nio.charset.StandardCharsets.UTF_8))));
    return new GlossaryTermExplainer(
        store,
        userTerms,
        GlossaryTermExplainer.DEFAULT_MAX_ENTRIES,
        builtin,
        java.time.Clock.systemUTC());
  }

  /** The entries the explainer shows for an English article of one paragraph. */
  /**
   * What the explainer shows on an article of one paragraph (Korean unless a language is given).
   */
  private List<GlossaryEntry> explainOn(GlossaryTermExplainer explainer, String url, String text) {
    return explainer.explain(analyzer.analyze(article(url, text)), List.of());
  }

  private List<GlossaryEntry> explainOn(
      GlossaryTermExplainer explainer, String url, String text, String language) {
    return explainer.explain(analyzer.analyze(article(url, text, language)), List.of());
  }

  private List<GlossaryEntry> shownOn(GlossaryTermExplainer explainer, String url, String text) {
    return explainer.explain(analyzer.analyze(article(url, text, "en")), List.of());
  }

  private static Article article(String url, String paragraph) {
    return article(url, paragraph, "ko");
  }

  private static Article article(String url, String paragraph, String language) {
    return new Article(
        url,
        url,
        null,
        "제목",
        "가상뉴스",
        List.of(),
        null,
        null,
        language,
        null,
        null,
        List.of(paragraph),
        List.of());
  }
}
