package io.gloss.core.render;

import io.gloss.core.domain.TeamTermOutcome;
import java.util.function.Function;

/**
 * The answers to the bot's commands in Korean and English, the same on every platform:
 * acknowledgements, usage, channel settings, the team glossary and feedback. Part of the catalogue
 * of the bot's words ({@link ReplyTexts}); the language comes from {@link ReplyLanguage#choose}.
 *
 * <p>Values a renderer passes in (terms, option values, settings codes) are already made safe and
 * marked up by that renderer; these methods only add words.
 */
public final class CommandTexts {
  private CommandTexts() {}

  /** Acknowledgements sent before the language is known (an ack must not wait for the store). */
  public static final String ACK_SUMMARIZING = "⏳ 요약 중… (Summarizing…)";

  public static final String ACK_LOOKING_UP = "🔎 찾는 중… (Looking it up…)";
  public static final String ACK_WORKING = "⏳ 처리 중… (Working…)";

  /**
   * Usage of the text commands, in both languages: sent as the acknowledgement, before the language
   * is known. The command syntax is written as code.
   */
  public static final String SUMMARIZE_USAGE =
      "사용법: `/summarize <기사 URL> [brief|short|simple|5w1h] [ko|en]`\n"
          + "Usage: `/summarize <article URL> [style] [language]`";

  public static final String DEFINE_USAGE = "사용법: `/define <용어>` · Usage: `/define <term>`";

  public static final String GLOSS_USAGE =
      "사용법 · Usage:\n"
          + "`/gloss settings [auto links|reaction|off] [lang auto|ko|en|ja|zh|es|fr|de]"
          + " [length brief|short|simple|5w1h]`\n"
          + "`/gloss term set <용어> <설명>` · `/gloss term remove <용어>`";

  /** The Korean and then the English words, for answers sent before the language is known. */
  public static String bothLanguages(Function<ReplyLanguage, String> words) {
    return words.apply(ReplyLanguage.KO) + "\n" + words.apply(ReplyLanguage.EN);
  }

  public static String digestOff(ReplyLanguage lang) {
    return ReplyTexts.ko(lang)
        ? "📬 이 Gloss에는 일일 다이제스트가 켜져 있지 않습니다."
        : "📬 Daily digests are not enabled on this Gloss instance.";
  }

  /** After a 👍 or 👎. */
  public static String thanks(ReplyLanguage lang) {
    return ReplyTexts.ko(lang) ? "의견 감사합니다! 🙏" : "Thanks for the feedback! 🙏";
  }

  /** A channel's settings; the values come marked up from the renderer. */
  public static String settings(String auto, String language, String length, ReplyLanguage lang) {
    return ReplyTexts.ko(lang)
        ? "⚙️ 이 채널의 Gloss 설정\n• 자동 응답: " + auto + "\n• 언어: " + language + "\n• 길이: " + length
        : "⚙️ Gloss settings for this channel\n• auto: "
            + auto
            + "\n• language: "
            + language
            + "\n• length: "
            + length;
  }

  /** The reply language of a channel set to {@code auto}. */
  public static String articleLanguage(ReplyLanguage lang) {
    return ReplyTexts.ko(lang) ? "기사 언어" : "the article's language";
  }

  /** A settings value the core refused. */
  public static String invalidOption(String option, String value, ReplyLanguage lang) {
    return ReplyTexts.ko(lang)
        ? "⚠️ '" + option + "' 값이 올바르지 않습니다: " + value
        : "⚠️ Invalid value for '" + option + "': " + value;
  }

  /** Discord: changing a channel's settings needs Manage Channels there. */
  public static String settingsNeedManageChannels(ReplyLanguage lang) {
    return ReplyTexts.ko(lang)
        ? "🔒 설정을 바꾸려면 '채널 관리하기' 권한이 필요합니다."
        : "🔒 Changing settings needs the Manage Channels permission.";
  }

  /** The answer to {@code term set|remove}, whatever the core decided. */
  public static String teamTerm(
      TeamTermOutcome outcome, String term, String explanation, ReplyLanguage lang) {
    boolean ko = ReplyTexts.ko(lang);
    return switch (outcome) {
      case SAVED ->
          (ko ? "📘 팀 용어집에 저장했습니다: " : "📘 Saved to the team glossary: ")
              + term
              + " — "
              + explanation;
      case REMOVED -> (ko ? "🗑️ 팀 용어집에서 지웠습니다: " : "🗑️ Removed from the team glossary: ") + term;
      case NOT_IN_GLOSSARY -> (ko ? "팀 용어집에 없는 용어입니다: " : "Not in the team glossary: ") + term;
      case ADMINS_ONLY -> teamGlossaryAdminsOnly(lang);
      case EMPTY -> ko ? "용어와 설명을 모두 적어 주세요." : "Give both the term and its explanation.";
      case TERM_TOO_LONG -> termTooLong(lang);
      case EXPLANATION_TOO_LONG ->
          ko ? "설명이 너무 깁니다(최대 1000자)." : "The explanation is too long (1000 characters at most).";
    };
  }

  /** Who may change the team glossary, on either platform (the core's admin rule). */
  public static String teamGlossaryAdminsOnly(ReplyLanguage lang) {
    return ReplyTexts.ko(lang)
        ? "🔒 팀 용어집은 관리자(Slack 워크스페이스 관리자, Discord '서버 관리하기' 권한)만 바꿀 수 있습니다."
        : "🔒 Only admins can change the team glossary (Slack workspace admins, Discord members"
            + " with Manage Server).";
  }

  public static String termTooLong(ReplyLanguage lang) {
    return ReplyTexts.ko(lang)
        ? "용어가 너무 깁니다(최대 100자)."
        : "The term is too long (100 characters at most).";
  }

  /** The syntax to add a team explanation, shown under "no explanation yet". */
  public static String termSetSyntax(ReplyLanguage lang) {
    return ReplyTexts.ko(lang) ? "/gloss term set 용어 설명" : "/gloss term set <term> <explanation>";
  }
}
