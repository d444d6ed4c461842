package io.gloss.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.gloss.core.domain.Article;
import io.gloss.core.domain.FetchedPage;
import io.gloss.core.domain.GlossaryEntry;
import java.nio.charset.StandardCharsets;
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
        .containsExactly("탄소중립", "스마트 계량기");
    assertThat(article.glossary().get(1).aliases()).containsExactly("AMI");
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
}
