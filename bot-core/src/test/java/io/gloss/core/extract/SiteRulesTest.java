package io.gloss.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.gloss.core.domain.Article;
import io.gloss.core.domain.FetchedPage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * One fixture page per site rule, written by the project in that site's markup with invented text.
 * Each page carries a caption, a subtitle or byline box, a reporter e-mail, a copyright line, a
 * navigation bar and a "most read" list that must all stay out of the body.
 */
class SiteRulesTest {
  private static final OffsetDateTime PUBLISHED = OffsetDateTime.parse("2025-03-14T09:12+09:00");

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
"""
naver|https://n.news.naver.com/mnews/article/001/0015000001|연합뉴스|해안 마을 전기버스 시범 운행 시작…주민 이동 시간 절반으로|해안 마을 세 곳을 잇는 전기버스가 이번 주부터 시범 |김하늘
daum|https://v.daum.net/v/20250314091200123|뉴스1|동네 도서관, 밤 열 시까지 문 연다…직장인 이용 크게 늘어|시내 작은 도서관 다섯 곳이 이달부터 평일 운영 시간을|이도윤
yonhap|https://www.yna.co.kr/view/AKR20250314000100001|연합뉴스|봄 가뭄에 양파값 들썩…정부, 비축 물량 풀기로|봄 가뭄으로 주산지 작황이 나빠지면서 양파 도매가격이 |박서연
news1|https://www.news1.kr/society/general/5700001|뉴스1|바다 쓰레기 줍는 로봇, 항구에서 첫 시험 성공|항구 안쪽에 떠다니는 쓰레기를 스스로 찾아 건져 올리는|최민준
newsis|https://www.newsis.com/view/NISX20250314_0003000001|뉴시스|청년 창업 공간 문 열어…첫해 스무 팀 입주|옛 공장 건물을 고쳐 만든 청년 창업 공간이 문을 열었|정수아
chosun|https://www.chosun.com/national/2025/03/14/ABCDEF/|조선일보|산불 감시에 드론 투입…새벽 시간대 순찰 강화|산림 당국이 봄철 산불 위험이 커지자 열화상 카메라를 |강지호
joongang|https://www.joongang.co.kr/article/25300001|중앙일보|초등학교 급식에 지역 농산물 비중 절반 넘겨|올해 초등학교 급식에 쓰인 식재료 가운데 지역에서 난 |조은비
donga|https://www.donga.com/news/Society/article/all/20250314/131000001/1|동아일보|해안 마을 전기버스 시범 운행 시작…주민 이동 시간 절반으로|해안 마을 세 곳을 잇는 전기버스가 이번 주부터 시범 |윤태경
hani|https://www.hani.co.kr/arti/society/society_general/1190001.html|한겨레|동네 도서관, 밤 열 시까지 문 연다…직장인 이용 크게 늘어|시내 작은 도서관 다섯 곳이 이달부터 평일 운영 시간을|장보람
khan|https://www.khan.co.kr/article/202503140912001|경향신문|봄 가뭄에 양파값 들썩…정부, 비축 물량 풀기로|봄 가뭄으로 주산지 작황이 나빠지면서 양파 도매가격이 |임가온
hankookilbo|https://www.hankookilbo.com/News/Read/A2025031409120001|한국일보|바다 쓰레기 줍는 로봇, 항구에서 첫 시험 성공|항구 안쪽에 떠다니는 쓰레기를 스스로 찾아 건져 올리는|한결
hankyung|https://www.hankyung.com/article/2025031400001|한국경제|청년 창업 공간 문 열어…첫해 스무 팀 입주|옛 공장 건물을 고쳐 만든 청년 창업 공간이 문을 열었|오세린
mk|https://www.mk.co.kr/news/society/11300001|매일경제|산불 감시에 드론 투입…새벽 시간대 순찰 강화|산림 당국이 봄철 산불 위험이 커지자 열화상 카메라를 |서지환
mt|https://news.mt.co.kr/mtview.php?no=2025031409120001|머니투데이|초등학교 급식에 지역 농산물 비중 절반 넘겨|올해 초등학교 급식에 쓰인 식재료 가운데 지역에서 난 |신예린
edaily|https://www.edaily.co.kr/News/Read?newsId=01000001|이데일리|해안 마을 전기버스 시범 운행 시작…주민 이동 시간 절반으로|해안 마을 세 곳을 잇는 전기버스가 이번 주부터 시범 |권도현
zdnet|https://zdnet.co.kr/view/?no=20250314091201|지디넷코리아|동네 도서관, 밤 열 시까지 문 연다…직장인 이용 크게 늘어|시내 작은 도서관 다섯 곳이 이달부터 평일 운영 시간을|황나래
kbs|https://news.kbs.co.kr/news/pc/view/view.do?ncd=8200001|KBS|봄 가뭄에 양파값 들썩…정부, 비축 물량 풀기로|봄 가뭄으로 주산지 작황이 나빠지면서 양파 도매가격이 |안시우
mbc|https://imnews.imbc.com/news/2025/society/article/6700001_36000.html|MBC|바다 쓰레기 줍는 로봇, 항구에서 첫 시험 성공|항구 안쪽에 떠다니는 쓰레기를 스스로 찾아 건져 올리는|송다인
sbs|https://news.sbs.co.kr/news/endPage.do?news_id=N1007000001|SBS|청년 창업 공간 문 열어…첫해 스무 팀 입주|옛 공장 건물을 고쳐 만든 청년 창업 공간이 문을 열었|전우진
ytn|https://www.ytn.co.kr/_ln/0103_202503140912000001|YTN|산불 감시에 드론 투입…새벽 시간대 순찰 강화|산림 당국이 봄철 산불 위험이 커지자 열화상 카메라를 |홍채원
jtbc|https://news.jtbc.co.kr/article/article.aspx?news_id=NB12200001|JTBC|초등학교 급식에 지역 농산물 비중 절반 넘겨|올해 초등학교 급식에 쓰인 식재료 가운데 지역에서 난 |유건우
""")
  void siteRule_extractsCleanArticle(
      String fixture, String url, String site, String title, String firstWords, String reporter)
      throws Exception {
    Article article = extract(fixture, url);

    assertThat(SiteRules.forUrl(url)).as("a rule serves %s", url).isPresent();
    assertThat(article.title()).isEqualTo(title);
    assertThat(article.site()).isEqualTo(site);
    assertThat(article.authors()).contains(reporter);
    assertThat(article.published()).isEqualTo(PUBLISHED);
    assertThat(article.language()).isEqualTo("ko");
    assertThat(article.paragraphs()).hasSize(5);
    assertThat(article.paragraphs().get(0)).startsWith(firstWords);
    assertThat(article.text())
        .doesNotContain("자료사진")
        .doesNotContain("@example.co.kr")
        .doesNotContain("무단")
        .doesNotContain("Copyright")
        .doesNotContain("많이 본 뉴스")
        .doesNotContain("부제목")
        .doesNotContain("기자 =")
        .doesNotContain("입니다.")
        .doesNotContain("영상취재")
        .doesNotContain("제보");
    assertThat(article.glossary()).isEmpty();
  }

  @Test
  void hankookIlbo2026Layout_dateFromTheHiddenDataElement_reporterFromTheSecondAuthorTag()
      throws Exception {
    // The layout renders in the browser: the served page has no visible date, only a hidden data
    // element, and its first author tag names the paper.
    String url = "https://www.hankookilbo.com/news/article/A2026012914320000001";
    String html =
        "<html><head><meta property='og:site_name' content='한국일보'>"
            + "<meta name='author' content='한국일보'><meta name='author' content='한결 기자'>"
            + "<title>바다 쓰레기 줍는 로봇, 항구에서 첫 시험 성공</title></head><body>"
            + "<div class='article-data' style='display:none' data-deploy-dt='2026.01.29 18:40'"
            + " data-re-deploy-dt='2026.01.29 18:49'></div>"
            + "<h1 class='title'>바다 쓰레기 줍는 로봇, 항구에서 첫 시험 성공</h1>"
            + "<div class='article-story'>"
            + "<p>항구 안쪽에 떠다니는 쓰레기를 스스로 찾아 건져 올리는 로봇이 첫 시험을 마쳤다.</p>".repeat(3)
            + "<p>시험을 맡은 연구팀은 올해 안에 다른 항구 두 곳에서도 같은 시험을 하기로 했다.</p>".repeat(3)
            + "</div></body></html>";

    Article article =
        new JsoupArticleExtractor()
            .extract(
                new FetchedPage(
                    url, url, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8)));

    assertThat(article.published()).isEqualTo(OffsetDateTime.parse("2026-01-29T18:40+09:00"));
    assertThat(article.authors()).containsExactly("한결");
    assertThat(article.site()).isEqualTo("한국일보");
  }

  static Article extract(String fixture, String url) throws Exception {
    return new JsoupArticleExtractor()
        .extract(
            new FetchedPage(
                url, url, "text/html; charset=utf-8", read("sites/" + fixture + ".html")));
  }

  static byte[] read(String name) throws IOException {
    try (InputStream in = SiteRulesTest.class.getResourceAsStream("/fixtures/" + name)) {
      if (in == null) {
        throw new IOException("missing fixture " + name);
      }
      return in.readAllBytes();
    }
  }
}
