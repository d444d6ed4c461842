package io.gloss.discord;

import io.gloss.core.domain.FailureReason;
import io.gloss.core.domain.SourceKind;
import io.gloss.core.render.ReplyLanguage;
import io.gloss.core.render.ReplyTexts;
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
  /** The core's one locale rule ({@link ReplyLanguage#choose}), the same as Slack's. */
  public static DiscordTexts forLanguage(@Nullable String language) {
    return ReplyLanguage.choose(language) == ReplyLanguage.KO ? KO : EN;
  }

  public boolean korean() {
    return ko;
  }

  String t(String korean, String english) {
    return ko ? korean : english;
  }

  /** The core's words (shared with Slack and the CLI) in this language. */
  private ReplyLanguage reply() {
    return ko ? ReplyLanguage.KO : ReplyLanguage.EN;
  }

  String linksOmitted(int answered, int omitted) {
    return ReplyTexts.linksOmitted(answered, omitted, reply());
  }

  String glossary() {
    return ReplyTexts.glossaryHeading(reply());
  }

  String readingMinutes(int minutes) {
    return ReplyTexts.readingTime(minutes, reply());
  }

  String source(SourceKind kind) {
    return ReplyTexts.badge(kind, reply());
  }

  String failure(FailureReason reason) {
    return ReplyTexts.failure(reason, reply());
  }

  String notFound(String term) {
    return ReplyTexts.noDefinition(term, reply());
  }

  String didYouMean() {
    return ReplyTexts.didYouMean(reply()) + " ";
  }

  String shareInChannel() {
    return ReplyTexts.shareInChannel(reply());
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

  String digestOff() {
    return t(
        "이 Gloss에는 일일 다이제스트가 켜져 있지 않습니다.", "Daily digests are not enabled on this Gloss instance.");
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

  /** The answer to {@code /gloss term set|remove}, whatever the core decided. */
  String teamTerm(io.gloss.core.domain.TeamTermOutcome outcome, String term) {
    return switch (outcome) {
      case SAVED -> termSet(term);
      case REMOVED -> termRemoved(term, true);
      case NOT_IN_GLOSSARY -> termRemoved(term, false);
      case ADMINS_ONLY -> needsManageServer();
      case EMPTY -> t("용어와 설명을 모두 적어 주세요.", "Give both the term and its explanation.");
      case TERM_TOO_LONG ->
          t("용어가 너무 깁니다(최대 100자).", "The term is too long (100 characters at most).");
      case EXPLANATION_TOO_LONG ->
          t("설명이 너무 깁니다(최대 1000자).", "The explanation is too long (1000 characters at most).");
    };
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

  /** A repost of an article answered recently in the channel: where to read it. */
  String repost(String threadMentions) {
    return t("이 기사는 이미 요약했습니다: " + threadMentions, "Already summarized here: " + threadMentions);
  }

  String storeUnavailable() {
    return t(
        "저장소에 연결할 수 없어 지금은 처리하지 못했습니다. 잠시 후 다시 시도해 주세요.",
        "The store is unavailable right now. Please try again in a moment.");
  }

  String genericError() {
    return t("문제가 생겨 답하지 못했습니다. 잠시 후 다시 시도해 주세요.", "Something went wrong. Please try again later.");
  }
}
