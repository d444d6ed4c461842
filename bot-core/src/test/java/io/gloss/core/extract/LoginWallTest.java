package io.gloss.core.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.gloss.core.domain.Article;
import io.gloss.core.domain.ArticleUnavailableException;
import io.gloss.core.domain.FailureReason;
import io.gloss.core.domain.FetchedPage;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Login pages standing in for the article are "login required", never a summary. */
class LoginWallTest {

  private static final String ARTICLE_TEXT =
      "<p>The harbour authority approved a plan on Monday to replace the old ferry pier with a"
          + " floating dock that rises and falls with the tide, after two winters of storm damage.</p>"
          + "<p>Construction starts in spring and the ferry keeps running from a temporary berth"
          + " on the north side of the harbour until the new dock opens.</p>";

  private final JsoupArticleExtractor extractor = new JsoupArticleExtractor();

  private static FetchedPage page(String requested, String finalUrl, String html) {
    return new FetchedPage(
        requested, finalUrl, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8));
  }

  private FailureReason reasonFor(FetchedPage page) {
    ArticleUnavailableException e =
        catchThrowableOfType(ArticleUnavailableException.class, () -> extractor.extract(page));
    assertThat(e).as("must not be summarized").isNotNull();
    return e.reason();
  }

  @Test
  void extract_redirectedToLoginWithNext_isLoginWall() {
    String html =
        "<html><head><title>Welcome back</title></head><body><main>"
            + ARTICLE_TEXT
            + "</main></body></html>";
    FetchedPage page =
        page(
            "https://news.example/article/7",
            "https://news.example/login?next=%2Farticle%2F7",
            html);

    assertThat(reasonFor(page)).isEqualTo(FailureReason.LOGIN_WALL);
  }

  @Test
  void extract_pageThatIsAPasswordForm_isLoginWall() {
    String html =
        "<html><head><title>Members</title></head><body><form action='/session' method='post'>"
            + "<h2>Sign in to your account to read member stories and manage your newsletters</h2>"
            + "<label>Email address for your member account<input type='email' name='e'></label>"
            + "<label>Password<input type='password' name='p'></label>"
            + "<p>Forgot your password? We will send a link to the address you registered with.</p>"
            + "<button>Sign in</button></form><p>Short footer text.</p></body></html>";

    assertThat(reasonFor(page("https://news.example/a/1", "https://news.example/a/1", html)))
        .isEqualTo(FailureReason.LOGIN_WALL);
  }

  @Test
  void extract_teaserEndingWithSignInToContinue_isLoginWall() {
    String html =
        "<html><head><title>Ferry pier to float</title></head><body><article>"
            + ARTICLE_TEXT
            + "<p>Sign in to continue reading this story.</p></article></body></html>";

    assertThat(reasonFor(page("https://news.example/a/2", "https://news.example/a/2", html)))
        .isEqualTo(FailureReason.LOGIN_WALL);
  }

  @Test
  void extract_koreanTeaserEndingWithLoginNotice_isLoginWall() {
    String html =
        "<html><head><title>부두 교체</title></head><body><article>"
            + "<p>항만청은 월요일 낡은 여객선 부두를 조수에 따라 오르내리는 부유식 부두로 바꾸는 계획을 승인했다."
            + " 두 해 겨울 동안 이어진 폭풍 피해 때문이다.</p>"
            + "<p>공사는 봄에 시작하며 새 부두가 문을 열 때까지 여객선은 항구 북쪽의 임시 선석에서 운항한다.</p>"
            + "<p>기사 전문은 로그인 후 이용하실 수 있습니다.</p></article></body></html>";

    assertThat(reasonFor(page("https://news.example/a/3", "https://news.example/a/3", html)))
        .isEqualTo(FailureReason.LOGIN_WALL);
  }

  @Test
  void extract_articleWithLoginModalInTheHeader_isStillSummarized() throws Exception {
    String html =
        "<html><head><title>Ferry pier to float</title></head><body><header><form id='login'>"
            + "<input type='text' name='id'><input type='password' name='pw'><button>Log in</button>"
            + "</form></header><article>"
            + ARTICLE_TEXT
            + ARTICLE_TEXT
            + "</article></body></html>";

    Article article =
        extractor.extract(page("https://news.example/a/4", "https://news.example/a/4", html));

    assertThat(article.text()).contains("floating dock");
  }
}
