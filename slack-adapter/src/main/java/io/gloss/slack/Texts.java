package io.gloss.slack;

import io.gloss.core.domain.ChannelSettings;
import io.gloss.slack.render.BotLanguage;

/**
 * The bot's own short messages. Acknowledgements are sent before the channel's language is known
 * (the ack must not wait for the store), so they carry both languages.
 */
final class Texts {
  private Texts() {}

  static final String ACK_SUMMARIZING = "⏳ 요약 중… (Summarizing…)";
  static final String ACK_LOOKING_UP = "🔎 찾는 중… (Looking it up…)";
  static final String ACK_WORKING = "⏳ 처리 중… (Working…)";
  static final String DIGEST_OFF =
      "📬 이 Gloss에는 일일 다이제스트가 켜져 있지 않습니다.\n"
          + "Daily digests are not enabled on this Gloss instance.";
  static final String USAGE_SUMMARIZE =
      "사용법: `/summarize <기사 URL> [brief|short|simple|5w1h] [ko|en]`\n"
          + "Usage: `/summarize <article URL> [style] [language]`";
  static final String USAGE_DEFINE = "사용법: `/define <용어>` · Usage: `/define <term>`";
  static final String TERM_TOO_LONG =
      "용어가 너무 깁니다(최대 100자). · The term is too long (100 characters at most).";
  static final String USAGE_GLOSS =
      "사용법 · Usage:\n"
          + "`/gloss settings [auto links|reaction|off] [lang auto|ko|en|ja|zh|es|fr|de]"
          + " [length brief|short|simple|5w1h]`\n"
          + "`/gloss term set <용어> <설명>` · `/gloss term remove <용어>`";

  static String rateLimited(BotLanguage lang) {
    return lang.pick(
        "🙏 요청이 많아 잠시 쉬어 갑니다. 1분 뒤에 다시 시도해 주세요.",
        "🙏 That's a lot of requests; please try again in a minute.");
  }

  static String noLinks(BotLanguage lang) {
    return lang.pick("이 메시지에는 요약할 링크가 없습니다.", "This message has no link to summarize.");
  }

  /** A settings value the core refused; the same check on every platform. */
  static String invalidOption(io.gloss.core.domain.SettingsOutcome.Invalid invalid) {
    return "⚠️ '"
        + invalid.option()
        + "' 값이 올바르지 않습니다 · Invalid value for '"
        + invalid.option()
        + "': "
        + io.gloss.slack.text.SlackText.safeLine(invalid.value());
  }

  static String thanks(BotLanguage lang) {
    return lang.pick("의견 고마워요! 🙏", "Thanks for the feedback! 🙏");
  }

  static String settings(ChannelSettings settings, BotLanguage lang) {
    String language = settings.language() == null ? "auto" : settings.language();
    return lang.pick(
        "⚙️ 이 채널 설정: 자동 응답 `"
            + settings.autoMode().code()
            + "` · 언어 `"
            + language
            + "` · 길이 `"
            + settings.style().id()
            + "`",
        "⚙️ Channel settings: auto `"
            + settings.autoMode().code()
            + "` · language `"
            + language
            + "` · length `"
            + settings.style().id()
            + "`");
  }

  static String adminsOnly(BotLanguage lang) {
    return lang.pick(
        "🔒 팀 용어집은 워크스페이스 관리자만 바꿀 수 있습니다.",
        "🔒 Only workspace admins can change the team glossary.");
  }

  static String termSaved(String term, String explanation, BotLanguage lang) {
    return lang.pick("📘 팀 용어집에 저장했습니다: ", "📘 Saved to the team glossary: ")
        + term
        + " — "
        + explanation;
  }

  static String termRemoved(String term, boolean removed, BotLanguage lang) {
    return removed
        ? lang.pick("🗑️ 팀 용어집에서 지웠습니다: ", "🗑️ Removed from the team glossary: ") + term
        : lang.pick("팀 용어집에 없는 용어입니다: ", "Not in the team glossary: ") + term;
  }

  /** The answer to {@code /gloss term set|remove}, whatever the core decided. */
  static String teamTerm(
      io.gloss.core.domain.TeamTermOutcome outcome,
      String term,
      String explanation,
      BotLanguage lang) {
    return switch (outcome) {
      case SAVED -> termSaved(term, explanation, lang);
      case REMOVED -> termRemoved(term, true, lang);
      case NOT_IN_GLOSSARY -> termRemoved(term, false, lang);
      case ADMINS_ONLY -> adminsOnly(lang);
      case EMPTY -> USAGE_GLOSS;
      case TERM_TOO_LONG -> TERM_TOO_LONG;
      case EXPLANATION_TOO_LONG -> explanationTooLong(lang);
    };
  }

  static String explanationTooLong(BotLanguage lang) {
    return lang.pick(
        "설명이 너무 깁니다(최대 1000자).", "The explanation is too long (1000 characters at most).");
  }

  static String storeUnavailable(BotLanguage lang) {
    return lang.pick(
        "저장소에 연결할 수 없어 지금은 처리하지 못했습니다. 잠시 뒤 다시 시도해 주세요.",
        "The store is unavailable right now; please try again in a moment.");
  }

  static String somethingWentWrong(BotLanguage lang) {
    return lang.pick(
        "문제가 생겨 답하지 못했습니다. 잠시 뒤 다시 시도해 주세요.", "Something went wrong; please try again later.");
  }
}
