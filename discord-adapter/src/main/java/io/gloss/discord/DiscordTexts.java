package io.gloss.discord;

import io.gloss.core.domain.FailureReason;
import io.gloss.core.domain.SourceKind;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** The words Gloss says on Discord, in Korean or English. */
public final class DiscordTexts {

  static final DiscordTexts KO = new DiscordTexts(true);
  static final DiscordTexts EN = new DiscordTexts(false);

  private final boolean ko;

  private DiscordTexts(boolean ko) {
    this.ko = ko;
  }

  /** Korean for {@code ko*} language codes and Discord locales, English otherwise. */
  public static DiscordTexts forLanguage(@Nullable String language) {
    return language != null && language.toLowerCase(Locale.ROOT).startsWith("ko") ? KO : EN;
  }

  public boolean korean() {
    return ko;
  }

  String t(String korean, String english) {
    return ko ? korean : english;
  }

  String glossary() {
    return t("용어 풀이", "Glossary");
  }

  String readingMinutes(int minutes) {
    return ko ? minutes + "분 분량" : minutes + " min read";
  }

  String source(SourceKind kind) {
    switch (kind) {
      case TEAM:
        return t("팀 용어집", "team glossary");
      case ARTICLE_BOX:
        return t("기사 제공", "from the article");
      case ARTICLE_TEXT:
        return t("기사 본문", "article text");
      case LEARNED:
        return t("이전 기사", "earlier article");
      case DICTIONARY:
        return t("사전", "dictionary");
      case AI:
        return t("AI 설명", "AI explanation");
    }
    throw new IllegalArgumentException("unknown source kind " + kind);
  }

  String failure(FailureReason reason) {
    String why;
    switch (reason) {
      case INVALID_URL:
        why = t("올바른 링크가 아닙니다", "this is not a valid link");
        break;
      case FORBIDDEN_ADDRESS:
        why = t("허용되지 않는 주소입니다", "this address is not allowed");
        break;
      case TOO_MANY_REDIRECTS:
        why = t("리디렉션이 너무 많습니다", "too many redirects");
        break;
      case FETCH_TIMEOUT:
        why = t("사이트가 너무 늦게 응답했습니다", "the site answered too slowly");
        break;
      case NETWORK_ERROR:
        why = t("사이트에 연결하지 못했습니다", "the site could not be reached");
        break;
      case NOT_FOUND:
        why = t("페이지가 없습니다", "the page does not exist");
        break;
      case LOGIN_WALL:
        why = t("로그인이 필요한 페이지입니다", "the page needs a login");
        break;
      case PAYWALL:
        why = t("유료 기사입니다", "the article is behind a paywall");
        break;
      case RATE_LIMITED:
        why = t("사이트가 요청을 제한했습니다", "the site asked us to slow down");
        break;
      case SERVER_ERROR:
        why = t("사이트 오류입니다", "the site had an error");
        break;
      case TOO_LARGE:
        why = t("페이지가 너무 큽니다", "the page is too large");
        break;
      case NOT_HTML:
        why = t("기사 페이지가 아닙니다", "it is not a web page");
        break;
      case VIDEO_ONLY:
        why = t("영상만 있는 페이지입니다", "the page is a video without text");
        break;
      case TOO_LITTLE_TEXT:
        why = t("본문이 너무 짧습니다", "there is too little article text");
        break;
      case EXTRACTION_FAILED:
        why = t("본문을 처리하지 못했습니다", "the page could not be processed");
        break;
      case UNREADABLE_FILE:
        why = t("파일을 읽지 못했습니다", "the file could not be read");
        break;
      default:
        throw new IllegalArgumentException("unknown reason " + reason);
    }
    return t("본문을 가져오지 못했습니다: ", "Could not read the article: ") + why + ".";
  }

  String notFound(String term) {
    return ko
        ? "'" + term + "'에 대한 설명이 아직 없습니다."
        : "There is no explanation of '" + term + "' yet.";
  }

  String didYouMean() {
    return t("혹시 이 용어인가요? ", "Did you mean: ");
  }

  String otherExplanations() {
    return t("다른 설명", "Other explanations");
  }

  String seenIn() {
    return t("최근 기사", "Recent articles");
  }

  String sourceLabel() {
    return t("출처", "Source");
  }

  String shorter() {
    return t("더 짧게", "Shorter");
  }

  String simpler() {
    return t("더 쉽게", "Simpler");
  }

  String threadName() {
    return t("Gloss 요약", "Gloss summary");
  }

  String rateLimited() {
    return t(
        "요청이 너무 많습니다. 잠시 후 다시 시도해 주세요.",
        "Too many requests right now. Please try again in a minute.");
  }

  String missingPermission(String permission) {
    return ko
        ? "이 채널에서 Gloss에게 '" + permission + "' 권한이 없어 답할 수 없습니다. 서버 관리자에게 권한을 요청해 주세요."
        : "Gloss lacks the '"
            + permission
            + "' permission in this channel, so it cannot answer here. Please ask a server admin.";
  }

  String noLinks() {
    return t("이 메시지에 기사 링크가 없습니다.", "This message has no article link.");
  }

  String digestComingSoon() {
    return t(
        "일일 다이제스트는 아직 준비 중입니다. 곧 제공될 예정이며, 지금은 구독이 저장되지 않습니다.",
        "Daily digests are coming soon. Nothing was subscribed yet: subscriptions are not stored"
            + " until the feature ships.");
  }

  String needsManageServer() {
    return t(
        "이 명령은 '서버 관리하기' 권한이 있는 사람만 쓸 수 있습니다.",
        "Only members with the Manage Server permission can use this command.");
  }

  String needsManageChannel() {
    return t(
        "설정을 바꾸려면 '채널 관리하기' 권한이 필요합니다.", "Changing settings needs the Manage Channels permission.");
  }

  String termSet(String term) {
    return ko ? "팀 용어집에 '" + term + "'을(를) 저장했습니다." : "Saved '" + term + "' in the team glossary.";
  }

  String termRemoved(String term, boolean removed) {
    if (removed) {
      return ko
          ? "팀 용어집에서 '" + term + "'을(를) 지웠습니다."
          : "Removed '" + term + "' from the team glossary.";
    }
    return ko ? "팀 용어집에 '" + term + "'이(가) 없습니다." : "'" + term + "' is not in the team glossary.";
  }

  String messageContentOff() {
    return t(
        "⚠️ Message Content 인텐트가 꺼져 있어 붙여 넣은 링크에는 답하지 않습니다 (명령은 동작합니다)."
            + " 켜려면: Discord Developer Portal → 앱 → Bot → Privileged Gateway Intents에서"
            + " 'Message Content Intent'를 켜고, Gloss 설정에 discord.message-content=true를 넣은 뒤 다시 시작하세요.",
        "⚠️ The Message Content intent is off, so pasted links are not answered (commands still"
            + " work). To enable it: Discord Developer Portal → your app → Bot → Privileged Gateway"
            + " Intents → turn on 'Message Content Intent', then set discord.message-content=true"
            + " and restart Gloss.");
  }

  String settings(String auto, String language, String length) {
    return ko
        ? "이 채널의 Gloss 설정\n• 자동 응답: " + auto + "\n• 언어: " + language + "\n• 길이: " + length
        : "Gloss settings for this channel\n• auto: "
            + auto
            + "\n• language: "
            + language
            + "\n• length: "
            + length;
  }

  String articleLanguage() {
    return t("기사 언어", "the article's language");
  }

  String invalidOption(String name, String value) {
    return ko
        ? "'" + name + "' 값이 올바르지 않습니다: " + value
        : "Invalid value for '" + name + "': " + value;
  }

  String thanks() {
    return t("의견 감사합니다!", "Thanks for the feedback!");
  }

  String genericError() {
    return t("문제가 생겨 답하지 못했습니다. 잠시 후 다시 시도해 주세요.", "Something went wrong. Please try again later.");
  }
}
