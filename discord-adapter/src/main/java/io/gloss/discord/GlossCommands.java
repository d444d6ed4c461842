package io.gloss.discord;

import io.gloss.core.domain.AutoMode;
import io.gloss.core.domain.SummaryStyle;
import java.util.List;
import net.dv8tion.jda.api.interactions.DiscordLocale;
import net.dv8tion.jda.api.interactions.InteractionContextType;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.CommandData;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandData;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandGroupData;

/**
 * The application commands Gloss registers, with Korean and US English names and descriptions. The
 * base names are the ones the handlers dispatch on.
 */
public final class GlossCommands {

  public static final String SUMMARIZE = "summarize";
  public static final String DEFINE = "define";
  public static final String DIGEST = "digest";
  public static final String GLOSS = "gloss";
  public static final String CONTEXT_MENU = "Summarize with Gloss";

  /** Languages offered for {@code /summarize lang}; free text would invite typos. */
  static final List<String> LANGUAGES = List.of("ko", "en", "ja", "zh", "es", "fr", "de");

  private GlossCommands() {}

  /** Every command, in the order they are registered. */
  public static List<CommandData> all() {
    return List.of(summarize(), define(), digest(), gloss(), contextMenu());
  }

  static SlashCommandData summarize() {
    OptionData style = option(OptionType.STRING, "style", "Summary style", "스타일", "요약 스타일", false);
    for (SummaryStyle s : SummaryStyle.values()) {
      style.addChoice(s.id(), s.id());
    }
    OptionData lang = option(OptionType.STRING, "lang", "Reply language", "언어", "답변 언어", false);
    LANGUAGES.forEach(code -> lang.addChoice(code, code));
    return localize(Commands.slash(SUMMARIZE, "Summarize a news article"), "요약", "뉴스 기사를 요약합니다")
        .addOptions(
            option(OptionType.STRING, "url", "Article link", "링크", "기사 링크", true)
                .setMaxLength(2000),
            style,
            lang);
  }

  static SlashCommandData define() {
    return localize(Commands.slash(DEFINE, "Explain a term from the news"), "용어", "뉴스 용어를 쉽게 풀이합니다")
        .addOptions(
            option(OptionType.STRING, "term", "The term", "용어", "풀이할 용어", true)
                .setAutoComplete(true)
                .setMaxLength(100));
  }

  static SlashCommandData digest() {
    SubcommandData subscribe =
        sub("subscribe", "Daily digest of this channel's links", "구독", "이 채널의 일일 다이제스트를 구독합니다")
            .addOptions(
                option(OptionType.STRING, "time", "Time, HH:mm", "시각", "시각 (HH:mm)", true),
                zoneOption(false),
                option(
                    OptionType.STRING,
                    "weekdays",
                    "Days, e.g. mon-fri",
                    "요일",
                    "요일 (예: mon-fri)",
                    false));
    return localize(Commands.slash(DIGEST, "Daily digest"), "다이제스트", "일일 다이제스트")
        .setContexts(InteractionContextType.GUILD)
        .addSubcommands(
            subscribe,
            sub("unsubscribe", "Stop the daily digest", "구독취소", "일일 다이제스트를 멈춥니다"),
            sub("now", "Post the digest now", "지금", "지금 다이제스트를 올립니다"),
            sub("status", "Show the digest subscription", "상태", "다이제스트 구독 상태를 봅니다"),
            sub("zone", "Set this server's digest time zone", "시간대", "이 서버의 다이제스트 기본 시간대를 정합니다")
                .addOptions(zoneOption(true)));
  }

  private static OptionData zoneOption(boolean required) {
    return option(
        OptionType.STRING,
        "zone",
        "Time zone, e.g. Asia/Seoul",
        "시간대",
        "시간대 (예: Asia/Seoul)",
        required);
  }

  static SlashCommandData gloss() {
    OptionData auto =
        option(
            OptionType.STRING,
            "auto",
            "When pasted links are answered",
            "자동",
            "붙여 넣은 링크에 답할 때",
            false);
    for (AutoMode mode : AutoMode.values()) {
      auto.addChoice(mode.code(), mode.code());
    }
    OptionData length =
        option(OptionType.STRING, "length", "Default summary style", "길이", "기본 요약 스타일", false);
    for (SummaryStyle s : SummaryStyle.values()) {
      length.addChoice(s.id(), s.id());
    }
    OptionData lang =
        option(
            OptionType.STRING,
            "lang",
            "Reply language (auto = the article's)",
            "언어",
            "답변 언어 (auto = 기사 언어)",
            false);
    lang.addChoice("auto", "auto");
    LANGUAGES.forEach(code -> lang.addChoice(code, code));
    SubcommandGroupData term =
        new SubcommandGroupData("term", "Team glossary (Manage Server)")
            .setNameLocalization(DiscordLocale.KOREAN, "용어")
            .setDescriptionLocalization(DiscordLocale.KOREAN, "팀 용어집 (서버 관리하기 권한)")
            .setDescriptionLocalization(DiscordLocale.ENGLISH_US, "Team glossary (Manage Server)")
            .addSubcommands(
                sub("set", "Set the team's explanation of a term", "설정", "팀 용어 풀이를 저장합니다")
                    .addOptions(
                        option(OptionType.STRING, "term", "The term", "용어", "용어", true)
                            .setMaxLength(100),
                        option(
                                OptionType.STRING,
                                "explanation",
                                "The explanation",
                                "설명",
                                "풀이",
                                true)
                            .setMaxLength(1000)),
                sub("remove", "Remove the team's explanation", "삭제", "팀 용어 풀이를 지웁니다")
                    .addOptions(
                        option(OptionType.STRING, "term", "The term", "용어", "용어", true)
                            .setMaxLength(100)));
    return localize(
            Commands.slash(GLOSS, "Gloss settings and team glossary"), "gloss", "Gloss 설정과 팀 용어집")
        .setContexts(InteractionContextType.GUILD)
        .addSubcommands(
            sub("settings", "Show or change this channel's settings", "설정", "이 채널의 설정을 보거나 바꿉니다")
                .addOptions(auto, lang, length))
        .addSubcommandGroups(term);
  }

  static CommandData contextMenu() {
    return Commands.message(CONTEXT_MENU)
        .setNameLocalization(DiscordLocale.KOREAN, "Gloss로 요약하기")
        .setNameLocalization(DiscordLocale.ENGLISH_US, CONTEXT_MENU);
  }

  private static SlashCommandData localize(SlashCommandData command, String nameKo, String descKo) {
    return command
        .setNameLocalization(DiscordLocale.KOREAN, nameKo)
        .setDescriptionLocalization(DiscordLocale.KOREAN, descKo)
        .setDescriptionLocalization(DiscordLocale.ENGLISH_US, command.getDescription());
  }

  private static SubcommandData sub(String name, String description, String nameKo, String descKo) {
    return new SubcommandData(name, description)
        .setNameLocalization(DiscordLocale.KOREAN, nameKo)
        .setDescriptionLocalization(DiscordLocale.KOREAN, descKo)
        .setDescriptionLocalization(DiscordLocale.ENGLISH_US, description);
  }

  private static OptionData option(
      OptionType type,
      String name,
      String description,
      String nameKo,
      String descKo,
      boolean required) {
    return new OptionData(type, name, description, required)
        .setNameLocalization(DiscordLocale.KOREAN, nameKo)
        .setDescriptionLocalization(DiscordLocale.KOREAN, descKo)
        .setDescriptionLocalization(DiscordLocale.ENGLISH_US, description);
  }
}
