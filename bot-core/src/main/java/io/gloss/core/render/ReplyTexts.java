package io.gloss.core.render;

import io.gloss.core.domain.FailureReason;
import io.gloss.core.domain.SourceKind;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** The bot's own words in Korean and English, shared by every renderer. */
public final class ReplyTexts {
  private ReplyTexts() {}

  public static String glossaryHeading(ReplyLanguage lang) {
    return lang == ReplyLanguage.KO ? "용어 풀이" : "Terms";
  }

  public static String readingTime(int minutes, ReplyLanguage lang) {
    return lang == ReplyLanguage.KO ? minutes + "분 분량" : minutes + " min read";
  }

  public static String date(OffsetDateTime published) {
    return published.format(DateTimeFormatter.ISO_LOCAL_DATE);
  }

  /**
   * Authors as shown in the source line: {@code 윤주영 기자} in Korean, comma-joined names otherwise.
   */
  public static String authors(List<String> authors, ReplyLanguage lang) {
    if (lang == ReplyLanguage.KO) {
      return String.join(
          ", ", authors.stream().map(a -> a.endsWith("기자") ? a : a + " 기자").toList());
    }
    return String.join(", ", authors);
  }

  /** Short provenance badge, e.g. {@code 기사 제공}. */
  public static String badge(SourceKind kind, ReplyLanguage lang) {
    boolean ko = lang == ReplyLanguage.KO;
    return switch (kind) {
      case TEAM -> ko ? "팀 용어집" : "team glossary";
      case ARTICLE_BOX -> ko ? "기사 제공" : "from the article";
      case ARTICLE_TEXT -> ko ? "기사 본문" : "article text";
      case LEARNED -> ko ? "이전 기사" : "earlier article";
      case DICTIONARY -> ko ? "사전" : "dictionary";
      case AI -> ko ? "AI 설명" : "AI explanation";
    };
  }

  /** The honest one-line answer when there is no summary. */
  public static String failure(FailureReason reason, ReplyLanguage lang) {
    boolean ko = lang == ReplyLanguage.KO;
    String why =
        switch (reason) {
          case INVALID_URL -> ko ? "올바른 웹 주소가 아닙니다" : "this is not a valid web address";
          case FORBIDDEN_ADDRESS -> ko ? "이 주소는 미리 볼 수 없습니다" : "this address cannot be previewed";
          case TOO_MANY_REDIRECTS -> ko ? "리디렉션이 너무 많습니다" : "too many redirects";
          case FETCH_TIMEOUT -> ko ? "사이트가 제때 응답하지 않았습니다" : "the site did not answer in time";
          case NETWORK_ERROR -> ko ? "사이트에 연결할 수 없습니다" : "the site could not be reached";
          case NOT_FOUND -> ko ? "페이지가 없습니다" : "the page does not exist";
          case LOGIN_WALL -> ko ? "로그인이 필요한 페이지입니다" : "the page needs a login";
          case PAYWALL -> ko ? "유료 구독 기사입니다" : "the article is behind a paywall";
          case RATE_LIMITED -> ko ? "사이트가 요청을 제한했습니다" : "the site is rate-limiting us";
          case SERVER_ERROR -> ko ? "사이트에 오류가 있습니다" : "the site returned an error";
          case TOO_LARGE -> ko ? "페이지가 너무 큽니다" : "the page is too large";
          case NOT_HTML -> ko ? "기사 페이지가 아닙니다 (HTML 아님)" : "not an article page (not HTML)";
          case VIDEO_ONLY -> ko ? "영상만 있는 페이지입니다" : "the page only has a video";
          case TOO_LITTLE_TEXT -> ko ? "기사 본문이 없습니다" : "the page has no article text";
          case EXTRACTION_FAILED -> ko ? "페이지를 처리할 수 없습니다" : "the page could not be processed";
          case UNREADABLE_FILE -> ko ? "파일을 읽을 수 없습니다" : "the file could not be read";
        };
    return (ko ? "본문을 가져오지 못했습니다: " : "Could not read the article: ") + why;
  }

  public static String noDefinition(String term, ReplyLanguage lang) {
    return lang == ReplyLanguage.KO
        ? "'" + term + "'에 대한 설명이 아직 없습니다."
        : "No explanation of '" + term + "' yet.";
  }

  public static String didYouMean(ReplyLanguage lang) {
    return lang == ReplyLanguage.KO ? "혹시 이 용어인가요?" : "Did you mean:";
  }

  public static String appearedIn(ReplyLanguage lang) {
    return lang == ReplyLanguage.KO ? "등장한 기사" : "Appeared in";
  }
}
