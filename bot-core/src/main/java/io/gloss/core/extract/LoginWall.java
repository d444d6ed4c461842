package io.gloss.core.extract;

import io.gloss.core.domain.ArticleUnavailableException;
import io.gloss.core.domain.FailureReason;
import io.gloss.core.domain.FetchedPage;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Recognizes a login page standing in for the article, so that it is answered "login required"
 * instead of being summarized with the login URL as its source. Three signs, each strong on its
 * own: the page ended up on a login URL (a redirect to {@code /login?next=…}); the page is mostly a
 * password form (a login modal in a news page's header is not: real articles carry one on about one
 * page in ten); or the extracted text ends with "sign in to continue reading" / "로그인 후 이용".
 */
final class LoginWall {

  private static final Pattern LOGIN_PATH =
      Pattern.compile(
          "(?i)(^|/)(login|log-in|logon|signin|sign-in|sign_in|nidlogin\\.login|sso|auth/login"
              + "|member/login|members/login|account/login|accounts/login|user/login)(/|\\.|$)");

  private static final Pattern TEASER_END =
      Pattern.compile(
          "(?i)(sign|log) ?in to (continue|read|view|keep reading)|로그인\\s*(후|하시면|하고)\\s*"
              + "(이용|계속|전문|기사|보실|볼)|로그인이 필요|회원만\\s*(보실|볼|이용)");

  /** The teaser's closing line is short; a long paragraph mentioning a login is article text. */
  private static final int MAX_TEASER_LINE = 160;

  private LoginWall() {}

  /**
   * Checks the final URL and the page before cleanup (forms are removed as boilerplate later);
   * {@code forms} are the page's forms as parsed, from the page scan.
   */
  static void checkPage(FetchedPage page, Document doc, List<Element> forms)
      throws ArticleUnavailableException {
    if (isLoginUrl(page.finalUrl())) {
      throw new ArticleUnavailableException(
          FailureReason.LOGIN_WALL, "the link leads to a login page: " + pathOf(page.finalUrl()));
    }
    int pageText = -1; // the page's text length is read only when it has a password form
    for (Element form : forms) {
      if (form.selectFirst("input[type=password]") == null) {
        continue;
      }
      if (pageText < 0) {
        pageText = doc.body() == null ? 0 : doc.body().text().length();
      }
      if (form.text().length() * 3L >= pageText) {
        throw new ArticleUnavailableException(FailureReason.LOGIN_WALL, "the page is a login form");
      }
    }
  }

  /** Checks the extracted text: a teaser that ends asking to sign in. */
  static void checkText(List<String> paragraphs) throws ArticleUnavailableException {
    int from = Math.max(0, paragraphs.size() - 2);
    for (String paragraph : paragraphs.subList(from, paragraphs.size())) {
      if (paragraph.length() <= MAX_TEASER_LINE && TEASER_END.matcher(paragraph).find()) {
        throw new ArticleUnavailableException(
            FailureReason.LOGIN_WALL, "the article text stops and asks to sign in");
      }
    }
  }

  static boolean isLoginUrl(String url) {
    try {
      URI uri = URI.create(url);
      String path = uri.getPath() == null ? "" : uri.getPath().toLowerCase(Locale.ROOT);
      String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
      return LOGIN_PATH.matcher(path).find()
          || host.startsWith("login.")
          || host.startsWith("nid.naver.com") && path.contains("login")
          || host.startsWith("accounts.") && path.contains("signin");
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static String pathOf(String url) {
    try {
      String path = URI.create(url).getPath();
      return path == null || path.isEmpty() ? "/" : path;
    } catch (IllegalArgumentException e) {
      return "?";
    }
  }
}
