package io.gloss.core.render;

import io.gloss.core.domain.FailureReason;
import io.gloss.core.domain.SourceKind;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The catalogue of the bot's words: every sentence and label Gloss says on Slack, on Discord and in
 * the CLI, in Korean and English. The renderers add only markup (Slack mrkdwn and Block Kit,
 * Discord markdown and embeds) around these words; no adapter holds words of its own.
 *
 * <p>The catalogue is a few classes grouped by concern:
 *
 * <ul>
 *   <li>{@code ReplyTexts}: the replies to links and {@code /define} (headings, badges, buttons,
 *       failure reasons);
 *   <li>{@link CommandTexts}: acknowledgements, usage, channel settings, the team glossary,
 *       feedback;
 *   <li>{@link NoticeTexts}: rate limits, store trouble, errors, platform problems;
 *   <li>{@code io.gloss.core.digest.view.DigestTexts}: the daily digest.
 * </ul>
 *
 * <p><b>One locale rule</b> ({@link ReplyLanguage#choose}), the same on both platforms: the first
 * candidate that is Korean ({@code ko…}) or English ({@code en…}) decides — the user's locale
 * (Slack's {@code users.info} locale, Discord's interaction locale), then the channel's reply
 * language, then the server's locale; when candidates are known but none is Korean or English, the
 * words are English (a lingua franca); when nothing is known at all, Korean (Gloss is
 * Korean-first). Acknowledgements sent before the language is known carry both languages.
 */
public final class ReplyTexts {
  private ReplyTexts() {}

  static boolean ko(ReplyLanguage lang) {
    return lang == ReplyLanguage.KO;
  }

  public static String glossaryHeading(ReplyLanguage lang) {
    return lang == ReplyLanguage.KO ? "용어 풀이" : "Glossary";
  }

  public static String readingTime(int minutes, ReplyLanguage lang) {
    return lang == ReplyLanguage.KO ? minutes + "분 분량" : minutes + " min read";
  }

  public static String date(OffsetDateTime published) {
    return published.format(DateTimeFormatter.ISO_LOCAL_DATE);
  }

  /**
   * Authors as shown in the source line: {@code 윤주영 기자} for a Korean reporter's bare name;
   * columnists ({@code 칼럼 · 이름 직함}), desks and other names as they are.
   */
  public static String authors(List<String> authors, ReplyLanguage lang) {
    if (lang == ReplyLanguage.KO) {
      return String.join(
          ", ",
          authors.stream()
              .map(a -> BARE_KOREAN_NAME.matcher(a).matches() ? a + " 기자" : a)
              .toList());
    }
    return String.join(", ", authors);
  }

  private static final java.util.regex.Pattern BARE_KOREAN_NAME =
      java.util.regex.Pattern.compile("[가-힣]{2,4}");

  /** Short provenance badge, e.g. {@code 기사 제공}. */
  public static String badge(SourceKind kind, ReplyLanguage lang) {
    boolean ko = lang == ReplyLanguage.KO;
    return switch (kind) {
      case TEAM -> ko ? "팀 용어집" : "team glossary";
      case ARTICLE_BOX -> ko ? "기사 제공" : "from the article";
      case ARTICLE_TEXT -> ko ? "기사 본문" : "article text";
      case LEARNED -> ko ? "이전 기사" : "earlier article";
      case DICTIONARY -> ko ? "사전" : "dictionary";
      case BUILTIN -> ko ? "Gloss 기본 용어집" : "Gloss glossary";
      case AI -> ko ? "AI 설명" : "AI explanation";
    };
  }

  /** The honest one-line answer when there is no summary: the opening and the reason. */
  public static String failure(FailureReason reason, ReplyLanguage lang) {
    return couldNotRead(lang) + ": " + reason(reason, lang);
  }

  /** The opening of a failure line, before the site and the reason. */
  public static String couldNotRead(ReplyLanguage lang) {
    return ko(lang) ? "본문을 가져오지 못했습니다" : "Could not read the article";
  }

  /** Why there is no summary, in words a reader understands; internal detail stays in the logs. */
  public static String reason(FailureReason reason, ReplyLanguage lang) {
    boolean ko = lang == ReplyLanguage.KO;
    return switch (reason) {
      case INVALID_URL -> ko ? "올바른 링크가 아닙니다." : "this is not a valid link.";
      case URL_TOO_LONG ->
          ko ? "링크가 너무 깁니다(2,048자까지)." : "the link is too long (2,048 characters at most).";
      case FORBIDDEN_ADDRESS -> ko ? "이 링크는 미리 볼 수 없습니다." : "this link can't be previewed.";
      case TOO_MANY_REDIRECTS -> ko ? "리디렉션이 너무 많습니다." : "too many redirects.";
      case FETCH_TIMEOUT -> ko ? "사이트 응답이 너무 느립니다." : "the site took too long to answer.";
      case NETWORK_ERROR -> ko ? "사이트에 연결하지 못했습니다." : "the site could not be reached.";
      case NOT_FOUND -> ko ? "페이지를 찾을 수 없습니다." : "the page was not found.";
      case LOGIN_WALL -> ko ? "로그인이 필요한 페이지입니다." : "the page needs a login.";
      case PAYWALL -> ko ? "유료 기사라 본문을 볼 수 없습니다." : "the article is behind a paywall.";
      case RATE_LIMITED -> ko ? "사이트가 잠시 요청을 막고 있습니다." : "the site asks us to slow down.";
      case SERVER_ERROR -> ko ? "사이트에 오류가 있습니다." : "the site returned an error.";
      case TOO_LARGE -> ko ? "페이지가 너무 큽니다." : "the page is too large.";
      case NOT_HTML -> ko ? "기사 페이지가 아닙니다(PDF·이미지 등)." : "this is not an article page.";
      case VIDEO_ONLY -> ko ? "영상만 있는 페이지입니다." : "the page is a video without text.";
      case TOO_LITTLE_TEXT -> ko ? "요약할 본문이 너무 짧습니다." : "there is too little text.";
      case EXTRACTION_FAILED -> ko ? "본문을 추출하지 못했습니다." : "the text couldn't be extracted.";
      case EXTRACTION_TIMEOUT ->
          ko ? "본문 정리가 늦어지고 있습니다. 잠시 후 다시 시도해 주세요." : "reading the page took too long; try again.";
      case UNREADABLE_FILE -> ko ? "파일을 읽지 못했습니다." : "the file couldn't be read.";
    };
  }

  /** Under the reply to a message with more links than the per-message cap. */
  public static String linksOmitted(int answered, int omitted, ReplyLanguage lang) {
    return lang == ReplyLanguage.KO
        ? "ℹ️ 링크가 많아 처음 " + answered + "개만 요약했습니다 (" + omitted + "개 생략)."
        : "ℹ️ Summarized the first " + answered + " links (" + omitted + " more skipped).";
  }

  /** The button under a /define answer only the asker sees. */
  public static String shareInChannel(ReplyLanguage lang) {
    return lang == ReplyLanguage.KO ? "채널에 공유" : "Share in channel";
  }

  public static String noDefinition(String term, ReplyLanguage lang) {
    return lang == ReplyLanguage.KO
        ? "'" + term + "'에 대한 설명이 아직 없습니다."
        : "No explanation of '" + term + "' yet.";
  }

  public static String didYouMean(ReplyLanguage lang) {
    return lang == ReplyLanguage.KO ? "혹시 이 용어인가요?" : "Did you mean:";
  }

  /** The articles a term appeared in recently, under a /define answer. */
  public static String recentArticles(ReplyLanguage lang) {
    return ko(lang) ? "최근 기사" : "Recent articles";
  }

  /** Further explanations of the same term from other sources. */
  public static String otherExplanations(ReplyLanguage lang) {
    return ko(lang) ? "다른 설명" : "Other explanations";
  }

  /** Where an explanation comes from. */
  public static String sourceLabel(ReplyLanguage lang) {
    return ko(lang) ? "출처" : "Source";
  }

  /** After the badge of an AI explanation. */
  public static String unverified(ReplyLanguage lang) {
    return ko(lang) ? "검증되지 않음" : "unverified";
  }

  /** In the source line of a summary the language model wrote. */
  public static String aiSummary(ReplyLanguage lang) {
    return ko(lang) ? "AI 요약" : "AI summary";
  }

  /** Under "no explanation yet": how a team adds its own ({@link CommandTexts#termSetSyntax}). */
  public static String addTeamExplanation(ReplyLanguage lang) {
    return ko(lang) ? "팀 설명 추가" : "Add a team explanation";
  }

  /** The button for a shorter summary. */
  public static String shorter(ReplyLanguage lang) {
    return ko(lang) ? "더 짧게" : "Shorter";
  }

  /** The button for a simpler summary. */
  public static String simpler(ReplyLanguage lang) {
    return ko(lang) ? "더 쉽게" : "Simpler";
  }

  /** The button for the summary in {@code target}, named in that language. */
  public static String inLanguage(ReplyLanguage target) {
    return ko(target) ? "한국어" : "English";
  }

  /** A message's short text when only the note about skipped links is in it. */
  public static String linksSkipped(ReplyLanguage lang) {
    return ko(lang) ? "링크 일부 생략" : "Some links skipped";
  }

  /** A repost of an article answered recently in the channel: where to read it. */
  public static String alreadySummarized(String where, ReplyLanguage lang) {
    return ko(lang) ? "이 기사는 이미 요약했습니다: " + where : "Already summarized here: " + where;
  }

  /** The name of the thread a summary is posted in (Discord). */
  public static String summaryThreadName(ReplyLanguage lang) {
    return ko(lang) ? "Gloss 요약" : "Gloss summary";
  }
}
