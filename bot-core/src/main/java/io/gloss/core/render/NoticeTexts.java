package io.gloss.core.render;

/**
 * The bot's notices and errors in Korean and English, the same on every platform: rate limits,
 * store trouble, unexpected errors, missing links, and the few platform problems only one platform
 * has (named for the platform). Part of the catalogue of the bot's words ({@link ReplyTexts}); the
 * language comes from {@link ReplyLanguage#choose}.
 */
public final class NoticeTexts {
  private NoticeTexts() {}

  /** The per-user, per-channel or per-workspace request limit was reached. */
  public static String rateLimited(ReplyLanguage lang) {
    return ReplyTexts.ko(lang)
        ? "🙏 요청이 너무 많습니다. 1분 뒤에 다시 시도해 주세요."
        : "🙏 Too many requests right now. Please try again in a minute.";
  }

  /** The store (PostgreSQL, SQLite) did not answer, so a change or a lookup was not done. */
  public static String storeUnavailable(ReplyLanguage lang) {
    return ReplyTexts.ko(lang)
        ? "저장소에 연결할 수 없어 지금은 처리하지 못했습니다. 잠시 후 다시 시도해 주세요."
        : "The store is unavailable right now. Please try again in a moment.";
  }

  /** An unexpected error; the detail stays in the logs. */
  public static String somethingWentWrong(ReplyLanguage lang) {
    return ReplyTexts.ko(lang)
        ? "문제가 생겨 답하지 못했습니다. 잠시 후 다시 시도해 주세요."
        : "Something went wrong. Please try again later.";
  }

  /** "Summarize with Gloss" on a message without any article link. */
  public static String noLinks(ReplyLanguage lang) {
    return ReplyTexts.ko(lang) ? "이 메시지에는 요약할 링크가 없습니다." : "This message has no link to summarize.";
  }

  /** Discord: the bot lacks a channel permission ({@code permission} is Discord's own name). */
  public static String missingDiscordPermission(String permission, ReplyLanguage lang) {
    return ReplyTexts.ko(lang)
        ? "이 채널에서 Gloss에게 '" + permission + "' 권한이 없어 답할 수 없습니다. 서버 관리자에게 권한을 요청해 주세요."
        : "Gloss lacks the '"
            + permission
            + "' permission in this channel, so it cannot answer here. Please ask a server admin.";
  }

  /** Discord: the privileged Message Content intent is off, and how to switch it on. */
  public static String discordMessageContentOff(ReplyLanguage lang) {
    return ReplyTexts.ko(lang)
        ? "⚠️ Message Content 인텐트가 꺼져 있어 붙여 넣은 링크에는 답하지 않습니다 (명령은 동작합니다)."
            + " 켜려면: Discord Developer Portal → 앱 → Bot → Privileged Gateway Intents에서"
            + " 'Message Content Intent'를 켜고, Gloss 설정에 discord.message-content=true를 넣은 뒤 다시 시작하세요."
        : "⚠️ The Message Content intent is off, so pasted links are not answered (commands still"
            + " work). To enable it: Discord Developer Portal → your app → Bot → Privileged Gateway"
            + " Intents → turn on 'Message Content Intent', then set discord.message-content=true"
            + " and restart Gloss.";
  }
}
