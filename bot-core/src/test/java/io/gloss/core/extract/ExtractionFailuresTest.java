package io.gloss.core.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.gloss.core.domain.ArticleUnavailableException;
import io.gloss.core.domain.FailureReason;
import io.gloss.core.domain.FetchedPage;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Pages that are not summarizable articles are answered with their own failure reason. */
class ExtractionFailuresTest {
  private static final String URL = "https://news.example.com/a/1";
  private final JsoupArticleExtractor extractor = new JsoupArticleExtractor();

  private FailureReason failure(String contentType, byte[] body) {
    ArticleUnavailableException e =
        catchThrowableOfType(
            ArticleUnavailableException.class,
            () -> extractor.extract(new FetchedPage(URL, URL, contentType, body)));
    assertThat(e).as("extraction must fail").isNotNull();
    return e.reason();
  }

  private FailureReason failure(String html) {
    return failure("text/html", html.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void pdfBytes_areNotHtml() {
    byte[] pdf = "%PDF-1.7\n%\u00e2\u00e3\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1);
    assertThat(failure(null, pdf)).isEqualTo(FailureReason.NOT_HTML);
  }

  @Test
  void binaryBytes_areNotHtml_evenWithHtmlContentType() {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13};
    assertThat(failure("text/html", png)).isEqualTo(FailureReason.NOT_HTML);
  }

  @Test
  void imageContentType_isNotHtml() {
    assertThat(failure("image/jpeg", new byte[] {1, 2, 3})).isEqualTo(FailureReason.NOT_HTML);
  }

  @Test
  void javascriptShell_hasTooLittleText() {
    assertThat(
            failure(
                "<html><head><title>App</title><script src='/app.js'></script></head>"
                    + "<body><div id='root'></div><noscript>Enable JavaScript</noscript></body></html>"))
        .isEqualTo(FailureReason.TOO_LITTLE_TEXT);
  }

  @Test
  void paywalledTeaser_isPaywall() {
    assertThat(
            failure(
                "<html><head><title>Markets</title><script type='application/ld+json'>"
                    + "{\"@type\":\"NewsArticle\",\"headline\":\"Markets\",\"isAccessibleForFree\":false}"
                    + "</script></head><body><article><h1>Markets</h1><p>Stocks rose.</p>"
                    + "<div class='paywall'>Subscribe to continue reading.</div></article></body></html>"))
        .isEqualTo(FailureReason.PAYWALL);
  }

  @Test
  void loginForm_isLoginWall() {
    assertThat(
            failure(
                "<html><body><h1>회원 전용 기사</h1><p>로그인 후 이용하실 수 있습니다.</p>"
                    + "<form><input type='text' name='id'><input type='password' name='pw'></form></body></html>"))
        .isEqualTo(FailureReason.LOGIN_WALL);
  }

  @Test
  void videoPlayerOnly_isVideoOnly() {
    assertThat(
            failure(
                "<html><head><meta property='og:type' content='video.other'><title>영상</title></head>"
                    + "<body><h1>오늘의 영상</h1><video src='/v.mp4' controls></video><p>재생</p></body></html>"))
        .isEqualTo(FailureReason.VIDEO_ONLY);
  }
}
