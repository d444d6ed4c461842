package io.gloss.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.gloss.core.domain.Article;
import io.gloss.core.domain.FetchedPage;
import io.gloss.core.domain.GlossaryEntry;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Glossary boxes in their common Korean shapes, and pages that only look like they have one. */
class GlossaryBoxTest {
  private static final String URL = "https://news.example.kr/article/1";
  private static final String BODY =
      "<p>정부가 내년부터 지역 공공기관의 전력 사용량을 매달 공개하기로 했다. 에너지를 아끼는 기관에는 예산 인센티브를 준다.</p>"
          + "<p>산업부는 공공기관 이백여 곳을 대상으로 시범 사업을 벌인 뒤 대상을 넓힐 계획이라고 밝혔다. 관계자는 절감 효과를 분기마다 점검하겠다고 말했다.</p>"
          + "<p>전문가들은 공개 자료가 기관 사이의 비교를 쉽게 만들어 절약 경쟁을 이끌 것이라고 내다봤다.</p>";

  private static Article extract(String articleHtml) throws Exception {
    String html =
        "<html><head><meta charset='utf-8'><title>공공기관 전력 사용량 공개</title></head><body>"
            + "<div id='articleBody' class='article_body'>"
            + articleHtml
            + "</div></body></html>";
    return new JsoupArticleExtractor()
        .extract(new FetchedPage(URL, URL, "text/html", html.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void bracketHeader_termColonDefinition_isParsed() throws Exception {
    Article article =
        extract(
            BODY
                + "<p>[용어설명]<br>▲에너지 바우처: 저소득 가구의 냉난방비를 지원하는 이용권<br>"
                + "▲수요관리: 전기 사용 시간과 양을 조절해 전력 수요를 줄이는 일</p>");

    assertThat(article.glossary())
        .extracting(GlossaryEntry::term, GlossaryEntry::definition)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("에너지 바우처", "저소득 가구의 냉난방비를 지원하는 이용권"),
            org.assertj.core.groups.Tuple.tuple("수요관리", "전기 사용 시간과 양을 조절해 전력 수요를 줄이는 일"));
    assertThat(article.text()).doesNotContain("용어설명").doesNotContain("바우처");
    assertThat(article.paragraphs()).hasSize(3);
  }

  @Test
  void squareHeader_separateParagraphs_andDuplicates_areParsedOnce() throws Exception {
    Article article =
        extract(
            BODY
                + "<p>■ 용어 풀이</p><p>■ 탄소중립<br>배출한 온실가스만큼 흡수해 실질 배출을 영으로 만드는 것</p>"
                + "<p>■ 탄소중립<br>배출한 온실가스만큼 흡수해 실질 배출을 영으로 만드는 것</p>"
                + "<p>■ 스마트 계량기(AMI)<br>전력 사용량을 실시간으로 재는 계량기</p>");

    assertThat(article.glossary())
        .extracting(GlossaryEntry::term)
        .containsExactly("탄소중립", "스마트 계량기(AMI)");
    // Shown exactly as printed; both halves find it.
    assertThat(article.glossary().get(1).aliases()).containsExactly("스마트 계량기", "AMI");
    assertThat(article.text()).doesNotContain("탄소중립");
  }

  @Test
  void noteHeader_isParsed() throws Exception {
    Article article = extract(BODY + "<p>※ 용어 풀이<br>피크 요금 = 전력 수요가 많은 시간대에 더 비싸게 매기는 요금</p>");

    assertThat(article.glossary()).extracting(GlossaryEntry::term).containsExactly("피크 요금");
  }

  @Test
  void definitionList_isGlossary() throws Exception {
    Article article =
        extract(
            BODY
                + "<dl class='term_box'><dt>전력 자립률</dt><dd>지역에서 쓰는 전기 가운데 지역에서 만든 전기의 비율</dd>"
                + "<dt>분산 전원</dt><dd>소비지 가까이에 흩어져 있는 작은 발전 설비</dd></dl>");

    assertThat(article.glossary())
        .extracting(GlossaryEntry::term)
        .containsExactly("전력 자립률", "분산 전원");
    assertThat(article.text()).doesNotContain("자립률");
  }

  @Test
  void abbreviationList_isGlossary() throws Exception {
    Article article = extract(BODY + "<p>APEC: 아시아태평양경제협력체<br>OECD: 경제협력개발기구</p>");

    assertThat(article.glossary())
        .extracting(GlossaryEntry::term, GlossaryEntry::definition)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("APEC", "아시아태평양경제협력체"),
            org.assertj.core.groups.Tuple.tuple("OECD", "경제협력개발기구"));
  }

  @Test
  void squareSubheadings_withoutBoxHeader_stayInBody() throws Exception {
    Article article =
        extract(
            "<p>■ 정부 대책은</p>"
                + BODY
                + "<p>■ 남은 과제는</p><p>전문가들은 기관장 평가에 절감 실적을 반영해야 한다고 지적했다. 정부는 연말까지 평가 지표를 고칠 예정이다.</p>");

    assertThat(article.glossary()).isEmpty();
    assertThat(article.paragraphs()).contains("■ 정부 대책은", "■ 남은 과제는");
  }

  @Test
  void singleQuotedRemark_isNotAnAbbreviationList() throws Exception {
    Article article = extract(BODY + "<p>KDI: \"내년 성장률은 2% 안팎\"</p>");

    assertThat(article.glossary()).isEmpty();
  }

  @Test
  void englishTeamSheetsAndLabelLists_areNotGlossaries() throws Exception {
    Article article =
        extract(
            BODY
                + "<p>LUTON: Kaminski, Mengi, Burke, Bell, Kabore, Clark, Barkley.</p>"
                + "<p>Thunder: Host the Lakers on Friday.</p>"
                + "<dl><dt>Photo:</dt><dd>archive of the city council press office</dd></dl>");

    assertThat(article.glossary()).isEmpty();
  }

  /** A page whose box sits outside the article body, as sidebars and footers of outlets do. */
  private static Article page(String articleHtml, String outside) throws Exception {
    String html =
        "<html><head><meta charset='utf-8'><title>공공기관 전력 사용량 공개</title></head><body>"
            + "<div id='articleBody' class='article_body'>"
            + articleHtml
            + "</div>"
            + outside
            + "</body></html>";
    return new JsoupArticleExtractor()
        .extract(new FetchedPage(URL, URL, "text/html", html.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void bracketedTerms_keepBothHalves_asPrinted() throws Exception {
    Article article =
        extract(
            BODY
                + "<p>&lt;용어설명&gt;</p><p>▷ ESS(에너지저장장치) : 전기를 모아 두었다가 필요할 때 꺼내 쓰는 설비</p>"
                + "<p>▷ 가상발전소(VPP) : 흩어진 작은 발전 설비를 하나의 발전소처럼 묶어 운영하는 체계</p>"
                + "<p>▷ 큐비트(Qubit·양자비트) : 양자컴퓨터의 정보 단위</p>");

    assertThat(article.glossary())
        .extracting(GlossaryEntry::term)
        .containsExactly("ESS(에너지저장장치)", "가상발전소(VPP)", "큐비트(Qubit·양자비트)");
    assertThat(article.glossary().get(0).aliases()).containsExactly("ESS", "에너지저장장치");
    assertThat(article.glossary().get(1).aliases()).containsExactly("가상발전소", "VPP");
    assertThat(article.glossary().get(2).aliases()).containsExactly("큐비트", "Qubit", "양자비트");
  }

  @Test
  void entriesPackedInOneParagraph_byLineBreaks_slashes_andTriangles_areSeparated()
      throws Exception {
    Article lines =
        extract(
            BODY
                + "<p>[용어 설명]<br>피크 요금 = 수요가 많은 시간대에 더 비싸게 매기는 요금<br>"
                + "기본 요금 = 쓴 양과 관계없이 매달 내는 요금</p>");
    Article slashes =
        extract(
            BODY
                + "<p>■ 용어풀이<br>피크 요금 - 수요가 많은 시간대에 더 비싸게 매기는 요금 / 기본 요금 - 쓴 양과"
                + " 관계없이 매달 내는 요금 / 누진제 - 많이 쓸수록 단가가 오르는 요금 체계</p>");
    Article triangles =
        extract(
            BODY
                + "<p>&lt;용어설명&gt; ▲피크 요금=수요가 많은 시간대에 더 비싸게 매기는 요금 ▲기본 요금=쓴 양과"
                + " 관계없이 매달 내는 요금</p>");

    assertThat(lines.glossary())
        .extracting(GlossaryEntry::term, GlossaryEntry::definition)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("피크 요금", "수요가 많은 시간대에 더 비싸게 매기는 요금"),
            org.assertj.core.groups.Tuple.tuple("기본 요금", "쓴 양과 관계없이 매달 내는 요금"));
    assertThat(slashes.glossary())
        .extracting(GlossaryEntry::term)
        .containsExactly("피크 요금", "기본 요금", "누진제");
    assertThat(slashes.glossary().get(1).definition()).isEqualTo("쓴 양과 관계없이 매달 내는 요금");
    assertThat(triangles.glossary())
        .extracting(GlossaryEntry::term)
        .containsExactly("피크 요금", "기본 요금");
    for (Article article : List.of(lines, slashes, triangles)) {
      assertThat(article.text()).doesNotContain("요금").doesNotContain("용어");
    }
  }

  @Test
  void freeFormHeader_opensABox_onlyWhenEntriesFollow() throws Exception {
    Article box = extract(BODY + "<p>알아두면 좋은 용어</p><p>▲누진제: 많이 쓸수록 단가가 오르는 요금 체계</p>");
    Article subheading = extract("<p>어려운 용어 논란</p>" + BODY);

    assertThat(box.glossary()).extracting(GlossaryEntry::term).containsExactly("누진제");
    assertThat(box.text()).doesNotContain("알아두면");
    assertThat(subheading.glossary()).isEmpty();
    assertThat(subheading.paragraphs()).contains("어려운 용어 논란");
  }

  @Test
  void inlineProseBox_isAnEntry_notArticleText() throws Exception {
    Article article = extract(BODY + "<p>용어설명: 수요반응은 전력 수요가 많을 때 소비자가 사용을 줄이면 보상을 받는 제도다.</p>");

    assertThat(article.glossary())
        .extracting(GlossaryEntry::term, GlossaryEntry::definition)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("수요반응", "전력 수요가 많을 때 소비자가 사용을 줄이면 보상을 받는 제도다."));
    assertThat(article.text()).doesNotContain("수요반응");
  }

  @Test
  void tableOfTerms_inTheBody_isTheBox() throws Exception {
    Article article =
        extract(
            BODY
                + "<table class='tbl'><caption>용어 설명</caption><tr><th>용어</th><th>뜻</th></tr>"
                + "<tr><td>누진제</td><td>많이 쓸수록 단가가 오르는 요금 체계</td></tr>"
                + "<tr><td>AMI(지능형 계량 인프라)</td><td>사용량을 실시간으로 재고 주고받는 계량 설비</td></tr></table>");

    assertThat(article.glossary())
        .extracting(GlossaryEntry::term)
        .containsExactly("누진제", "AMI(지능형 계량 인프라)");
    assertThat(article.text()).doesNotContain("누진제").doesNotContain("계량");
  }

  @Test
  void asideAndDefinitionListOutsideTheBody_areTheBox() throws Exception {
    Article aside =
        page(
            BODY,
            "<aside class='side-box'><h4>[용어 설명]</h4><ul><li><strong>누진제</strong>"
                + "<p>많이 쓸수록 단가가 오르는 요금 체계</p></li></ul></aside>"
                + "<aside class='aside_wrap'><h3>많이 본 뉴스</h3><ol><li><a href='/1'>코스피 하락</a></li></ol></aside>");
    Article list =
        page(
            BODY,
            "<div class='news_term_wrap'><dl><dt class='tit'>용어풀이</dt><dt>누진제</dt>"
                + "<dd>많이 쓸수록 단가가 오르는 요금 체계</dd></dl></div>");
    Article english =
        page(
            "<p>The regulator will publish the monthly power use of every public body from next"
                + " year, and bodies that save energy will get a bigger budget.</p><p>Officials"
                + " said a pilot with two hundred agencies would come first, then a wider rollout"
                + " once the savings had been checked quarter by quarter.</p>",
            "<div class='key-terms-box'><h3>Key terms</h3><ul><li><b>Demand response:</b> paying"
                + " users to cut their power use at peak times</li></ul></div>");

    assertThat(aside.glossary()).extracting(GlossaryEntry::term).containsExactly("누진제");
    assertThat(list.glossary()).extracting(GlossaryEntry::term).containsExactly("누진제");
    assertThat(english.glossary())
        .extracting(GlossaryEntry::term, GlossaryEntry::definition)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "Demand response", "paying users to cut their power use at peak times"));
  }

  @Test
  void hiddenBoxes_footerTermsLinks_andSectionsHoldingABox_areNotTaken() throws Exception {
    Article hidden =
        page(
            BODY,
            "<aside class='term-box' style='display: none'><h4>[용어 설명]</h4><ul><li><strong>누진제"
                + "</strong><p>많이 쓸수록 단가가 오르는 요금 체계</p></li></ul></aside>"
                + "<div class='terms'><a href='/terms'>Terms of Use</a> <a href='/p'>Privacy</a></div>");

    assertThat(hidden.glossary()).isEmpty();
    assertThat(hidden.paragraphs()).hasSize(3);
  }
}
