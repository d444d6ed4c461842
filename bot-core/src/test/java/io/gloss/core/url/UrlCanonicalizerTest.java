package io.gloss.core.url;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UrlCanonicalizerTest {

  private final UrlCanonicalizer canonicalizer = new UrlCanonicalizer();

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # Naver: every host and path of one article gives one key
          https://n.news.naver.com/article/001/0014321234                                  | https://n.news.naver.com/article/001/0014321234
          https://n.news.naver.com/article/001/0014321234?sid=101                          | https://n.news.naver.com/article/001/0014321234
          https://n.news.naver.com/mnews/article/001/0014321234?sid=101&ntype=RANKING       | https://n.news.naver.com/article/001/0014321234
          http://n.news.naver.com/mnews/article/001/0014321234/                             | https://n.news.naver.com/article/001/0014321234
          https://m.news.naver.com/article/001/0014321234                                  | https://n.news.naver.com/article/001/0014321234
          https://n.news.naver.com/article/comment/001/0014321234                          | https://n.news.naver.com/article/001/0014321234
          https://news.naver.com/main/read.naver?mode=LSD&mid=shm&sid1=101&oid=001&aid=0014321234 | https://n.news.naver.com/article/001/0014321234
          https://news.naver.com/main/read.nhn?oid=001&aid=0014321234                       | https://n.news.naver.com/article/001/0014321234
          https://m.news.naver.com/read.nhn?oid=1&aid=14321234                              | https://n.news.naver.com/article/001/0014321234
          https://news.naver.com/main/ranking/read.naver?oid=001&aid=0014321234&date=20261126 | https://n.news.naver.com/article/001/0014321234
          https://n.news.naver.com/entertain/article/112/0003654321                        | https://n.news.naver.com/article/112/0003654321
          https://m.entertain.naver.com/article/112/0003654321                             | https://n.news.naver.com/article/112/0003654321
          https://m.entertain.naver.com/home/article/112/0003654321                        | https://n.news.naver.com/article/112/0003654321
          https://entertain.naver.com/read?oid=112&aid=0003654321                          | https://n.news.naver.com/article/112/0003654321
          https://sports.news.naver.com/news.nhn?oid=421&aid=0007777777                    | https://n.news.naver.com/article/421/0007777777
          https://m.sports.naver.com/article/421/0007777777                                | https://n.news.naver.com/article/421/0007777777
          https://n.news.naver.com/sports/article/421/0007777777                           | https://n.news.naver.com/article/421/0007777777
          https://n.news.naver.com/article/001/0014321234#comment                          | https://n.news.naver.com/article/001/0014321234
          # Naver pages that are not news articles are left alone
          https://blog.naver.com/PostView.naver?blogId=someone&logNo=2233                  | https://blog.naver.com/PostView.naver?blogId=someone&logNo=2233
          # Daum
          https://v.daum.net/v/20261126093012345                                           | https://v.daum.net/v/20261126093012345
          https://v.daum.net/v/20261126093012345?f=o                                       | https://v.daum.net/v/20261126093012345
          https://m.v.daum.net/v/20261126093012345                                         | https://v.daum.net/v/20261126093012345
          http://news.v.daum.net/v/20261126093012345/                                      | https://v.daum.net/v/20261126093012345
          https://entertain.v.daum.net/v/20261126093012345                                 | https://v.daum.net/v/20261126093012345
          https://sports.daum.net/v/20261126093012345                                      | https://v.daum.net/v/20261126093012345
          https://media.daum.net/v/20261126093012345                                       | https://v.daum.net/v/20261126093012345
          # Tracking parameters and fragments
          https://www.yna.co.kr/view/AKR20261126000100001?utm_source=twitter&utm_medium=social | https://www.yna.co.kr/view/AKR20261126000100001
          https://www.yna.co.kr/view/AKR20261126000100001?section=economy&fbclid=IwAR0abc   | https://www.yna.co.kr/view/AKR20261126000100001?section=economy
          https://example.com/a?gclid=x&b=2&a=1&UTM_Campaign=y&mc_eid=z#top                 | https://example.com/a?a=1&b=2
          https://example.com/a?igshid=1&si=abc&_ga=2.1&_gl=1*x&msclkid=m&yclid=7            | https://example.com/a
          https://www.hani.co.kr/arti/economy/economy_general/1234567.html?_fr=mt2          | https://www.hani.co.kr/arti/economy/economy_general/1234567.html?_fr=mt2
          https://www.etnews.com/news/articleView.html?idxno=12345&replyAll=&reply_sc_order_by=I | https://www.etnews.com/news/articleView.html?idxno=12345&reply_sc_order_by=I&replyAll=
          # Scheme, host, port, path
          HTTP://WWW.Example.COM:80/News/Story                                             | https://www.example.com/News/Story
          https://www.example.com:443/story                                                | https://www.example.com/story
          https://www.example.com./story                                                   | https://www.example.com/story
          https://www.example.com                                                          | https://www.example.com/
          http://www.example.com:8080/story                                                | http://www.example.com:8080/story
          https://www.example.com/a/./b/../c                                               | https://www.example.com/a/c
          https://www.example.com/%7euser/%2fx%e2%82%ac                                    | https://www.example.com/~user/%2Fx%E2%82%AC
          https://한국일보.kr/기사                                                           | https://xn--3e0bm80ac2h5no.kr/%EA%B8%B0%EC%82%AC
          # AMP
          https://www.example.com/news/123/amp                                             | https://www.example.com/news/123
          https://www.example.com/2026/11/some-story/amp/                                  | https://www.example.com/2026/11/some-story/
          https://www.example.com/amp/news/123                                             | https://www.example.com/news/123
          https://amp.example.com/news/123                                                 | https://example.com/news/123
          https://www.example.com/news/123?amp=1&id=4                                      | https://www.example.com/news/123?id=4
          https://www.example.com/news/123?outputType=amp                                  | https://www.example.com/news/123
          https://www.example.com/story.amp.html                                           | https://www.example.com/story.html
          https://www-example-com.cdn.ampproject.org/c/s/www.example.com/news/123/amp      | https://www.example.com/news/123
          https://www.google.com/amp/s/www.example.com/news/123/amp                        | https://www.example.com/news/123
          # Redirect wrappers
          https://www.google.com/url?sa=t&url=https%3A%2F%2Fwww.example.com%2Fstory%3Futm_source%3Dg | https://www.example.com/story
          https://www.google.co.kr/url?q=https://v.daum.net/v/20261126093012345&sa=U          | https://v.daum.net/v/20261126093012345
          https://l.facebook.com/l.php?u=https%3A%2F%2Fn.news.naver.com%2Farticle%2F001%2F0014321234%3Ffbclid%3Dx&h=AT0 | https://n.news.naver.com/article/001/0014321234
          https://slack-redir.net/link?url=https%3A%2F%2Fwww.example.com%2Fstory            | https://www.example.com/story
          https://www.youtube.com/redirect?q=https%3A%2F%2Fwww.example.com%2Fstory&v=1      | https://www.example.com/story
          https://duckduckgo.com/l/?uddg=https%3A%2F%2Fwww.example.com%2Fstory              | https://www.example.com/story
          https://m.search.naver.com/p/crd/rd?m=1&u=https%3A%2F%2Fwww.example.com%2Fstory   | https://www.example.com/story
          https://link.naver.com/bridge?url=https%3A%2F%2Fn.news.naver.com%2Fmnews%2Farticle%2F001%2F0014321234 | https://n.news.naver.com/article/001/0014321234
          https://www.google.com/url?q=javascript:alert(1)                                 | https://www.google.com/url?q=javascript:alert(1)
          # Unparseable input comes back trimmed
          '  not a url  '                                                                  | not a url
          """)
  void canonicalize_variant_givesOneKey(String input, String expected) {
    assertThat(canonicalizer.canonicalize(input)).isEqualTo(expected);
  }

  @Test
  void canonicalize_isIdempotent() {
    String[] urls = {
      "https://news.naver.com/main/read.naver?oid=001&aid=0014321234",
      "https://www.example.com/%7euser/story/amp?b=2&a=1&utm_x=1#f",
      "https://www.google.com/url?q=https://amp.example.com/news/1"
    };
    for (String url : urls) {
      String once = canonicalizer.canonicalize(url);
      assertThat(canonicalizer.canonicalize(once)).as(url).isEqualTo(once);
    }
  }

  @Test
  void canonicalize_withPageCanonical_ampPageDefersToIt() {
    String amp = "https://m.example.co.kr/amp/view.php?no=77";

    assertThat(
            canonicalizer.canonicalize(
                amp, "https://www.example.co.kr/view.php?no=77&utm_source=a"))
        .isEqualTo("https://www.example.co.kr/view.php?no=77");
    assertThat(canonicalizer.canonicalize(amp, "/view.php?no=77"))
        .isEqualTo("https://m.example.co.kr/view.php?no=77");
  }

  @Test
  void canonicalize_withPageCanonical_ignoredForNonAmpOtherSiteOrHomePage() {
    String article = "https://www.example.com/news/1";
    String ampArticle = "https://www.example.com/news/1/amp";

    assertThat(canonicalizer.canonicalize(article, "https://www.example.com/news/other"))
        .isEqualTo("https://www.example.com/news/1");
    assertThat(canonicalizer.canonicalize(ampArticle, "https://evil.example.org/news/1"))
        .isEqualTo("https://www.example.com/news/1");
    assertThat(canonicalizer.canonicalize(ampArticle, "https://www.example.com/"))
        .isEqualTo("https://www.example.com/news/1");
    assertThat(canonicalizer.canonicalize(ampArticle, null))
        .isEqualTo("https://www.example.com/news/1");
  }

  @Test
  void canonicalize_ampCacheWithPageCanonical_usesPublisherUrl() {
    String cache = "https://www-example-com.cdn.ampproject.org/c/s/www.example.com/amp/news/1";

    assertThat(canonicalizer.canonicalize(cache, "https://www.example.com/news/1?ref=amp"))
        .isEqualTo("https://www.example.com/news/1?ref=amp");
  }

  @Test
  void key_hugeUrl_isCappedWithAHash() {
    String huge = "https://www.example.com/a?q=" + "x".repeat(10_000);
    String other = "https://www.example.com/a?q=" + "x".repeat(9_999) + "y";

    String key = canonicalizer.key(huge);

    assertThat(key).hasSizeLessThanOrEqualTo(UrlCanonicalizer.MAX_KEY_LENGTH);
    assertThat(key).startsWith("https://www.example.com/a?q=xxx").contains("#");
    assertThat(canonicalizer.key(other)).isNotEqualTo(key).hasSizeLessThanOrEqualTo(2048);
    assertThat(canonicalizer.key(huge + "&utm_source=x")).isEqualTo(key);
    assertThat(canonicalizer.canonicalize(huge)).isEqualTo(huge); // the link itself stays whole
  }

  @Test
  void key_shortUrl_isTheCanonicalUrl() {
    assertThat(canonicalizer.key("https://m.news.naver.com/read.nhn?oid=1&aid=14321234"))
        .isEqualTo("https://n.news.naver.com/article/001/0014321234");
    assertThat(canonicalizer.key("https://www.example.com/news/1/amp", "/news/1"))
        .isEqualTo("https://www.example.com/news/1");
  }

  @Test
  void key_hugeUnparseableInput_isCapped() {
    assertThat(canonicalizer.key("x".repeat(100_000)))
        .hasSizeLessThanOrEqualTo(UrlCanonicalizer.MAX_KEY_LENGTH);
  }

  @Test
  void isAmp_recognisesVariants() {
    assertThat(canonicalizer.isAmp("https://amp.example.com/a")).isTrue();
    assertThat(canonicalizer.isAmp("https://www.example.com/a/amp")).isTrue();
    assertThat(canonicalizer.isAmp("https://www.example.com/a?outputType=amp")).isTrue();
    assertThat(canonicalizer.isAmp("https://www.example.com/example")).isFalse();
    assertThat(canonicalizer.isAmp("https://www.example.com/champ")).isFalse();
  }
}
