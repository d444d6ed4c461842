package io.gloss.discord;

import static org.assertj.core.api.Assertions.assertThat;

import io.gloss.core.domain.DefineResult;
import io.gloss.core.domain.FailureReason;
import io.gloss.core.domain.GlossaryEntry;
import io.gloss.core.domain.Summary;
import io.gloss.core.domain.SummaryResult;
import java.util.ArrayList;
import java.util.List;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.utils.data.DataObject;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.junit.jupiter.api.Test;

class DiscordRendererTest {

  private final DiscordRenderer renderer = new DiscordRenderer();

  @Test
  void summary_korean_hasLinkedTitleBulletsGlossaryFooterAndButtons() {
    MessageCreateData message = renderer.summary(Summaries.korean());

    MessageEmbed embed = message.getEmbeds().get(0);
    assertThat(embed.getTitle()).isEqualTo("정부, 소버린AI 전략 발표…국산 모델 키운다");
    assertThat(embed.getUrl()).isEqualTo(Summaries.URL);
    assertThat(embed.getDescription()).startsWith("• 정부가 소버린 AI 전략을 발표").contains("\n• 전략은 데이터센터");
    assertThat(embed.getFields()).hasSize(1);
    assertThat(embed.getFields().get(0).getName()).isEqualTo("소버린 AI");
    assertThat(embed.getFields().get(0).getValue()).endsWith("*(기사 제공)*");
    assertThat(embed.getFooter().getText())
        .startsWith("가상일보 · 2026-11-20 · 김기자 · 3분 분량")
        .contains("기사에서 고른 문장입니다.");
    String json = renderer.payloadJson(Summaries.korean());
    assertThat(json).contains("더 짧게", "더 쉽게", "English", "👍", "👎");
    assertThat(json).contains("gloss:variant:short", "gloss:variant:simple", "gloss:variant:en");
  }

  @Test
  void payloadJson_anySummary_hasEmptyAllowedMentions() {
    DataObject payload = DataObject.fromJson(renderer.payloadJson(Summaries.korean()));

    DataObject mentions = payload.getObject("allowed_mentions");
    assertThat(mentions.getArray("parse").length()).isZero();
    assertThat(mentions.getBoolean("replied_user", true)).isFalse();
    assertThat(payload.getArray("embeds").length()).isEqualTo(1);
  }

  @Test
  void summary_mentionsAndSpoofedLinksInArticleText_areInert() {
    Summary hostile =
        Summaries.summary(
            "@everyone 긴급 <@123> <@&456>",
            List.of(
                "@here 지금 확인 [bank.com](https://evil.example/phish) ![x](https://attacker/?q=1)",
                "```코드 블록이 열린 채 끝남"),
            List.of(Summaries.entry("<@&789>", "@everyone 용어")));

    String json = renderer.payloadJson(hostile);
    MessageEmbed embed = renderer.summaryEmbed(hostile);

    assertThat(json).doesNotContain("@everyone", "@here", "<@123>", "<@&456>", "<@&789>");
    assertThat(embed.getDescription())
        .doesNotContain("[bank.com](")
        .doesNotContain("https://evil")
        .doesNotContain("```");
    assertThat(embed.getTitle()).contains("\\<@").doesNotContain("@everyone");
    assertThat(DataObject.fromJson(json).getObject("allowed_mentions").getArray("parse").length())
        .isZero();
  }

  @Test
  void summary_hugeContent_staysWithinEveryEmbedLimit() {
    String longText = "가나다라마바사아자차카타파하 😀👨‍👩‍👧‍👦 ".repeat(400);
    List<GlossaryEntry> glossary = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      glossary.add(Summaries.entry("용어" + i + " " + longText.substring(0, 300), longText));
    }
    Summary huge = Summaries.summary(longText, List.of(longText, longText, longText), glossary);

    MessageEmbed embed = renderer.summaryEmbed(huge);

    assertThat(embed.getTitle().length()).isLessThanOrEqualTo(MessageEmbed.TITLE_MAX_LENGTH);
    assertThat(embed.getDescription().length())
        .isLessThanOrEqualTo(MessageEmbed.DESCRIPTION_MAX_LENGTH);
    assertThat(embed.getFields().size()).isBetween(1, 25);
    embed.getFields().forEach(f -> assertThat(f.getValue().length()).isLessThanOrEqualTo(1024));
    assertThat(embed.getLength()).isLessThanOrEqualTo(MessageEmbed.EMBED_MAX_LENGTH_BOT);
    assertThat(embed.isSendable()).isTrue();
    assertNoBrokenSurrogates(embed.getTitle());
    assertNoBrokenSurrogates(embed.getDescription());
    embed.getFields().forEach(f -> assertNoBrokenSurrogates(f.getValue()));
  }

  @Test
  void summary_bidiOverrideInTitle_isStripped() {
    Summary spoof = Summaries.summary("정상\u202Egpj.exe 제목", List.of("본문"), List.of());

    assertThat(renderer.summaryEmbed(spoof).getTitle()).isEqualTo("정상gpj.exe 제목");
  }

  @Test
  void summary_emptyBulletsAndInvisibleTerm_stillSendable() {
    Summary odd =
        Summaries.summary("\u202E", List.of(), List.of(Summaries.entry("\u202E\u2066", "설명")));

    MessageEmbed embed = renderer.summaryEmbed(odd);

    assertThat(embed.getTitle()).isEqualTo(Summaries.URL);
    assertThat(embed.getFields().get(0).getName()).isEqualTo("—");
    assertThat(embed.isSendable()).isTrue();
  }

  @Test
  void summary_manyGlossaryEntries_capsAtTwentyFiveFields() {
    List<GlossaryEntry> glossary = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      glossary.add(Summaries.entry("용어" + i, "짧은 설명 " + i));
    }

    MessageEmbed embed = renderer.summaryEmbed(Summaries.summary("제목", List.of("한 줄"), glossary));

    assertThat(embed.getFields()).hasSize(25);
  }

  @Test
  void result_failure_isShortHonestTextWithoutDetail() {
    MessageCreateData message =
        renderer.result(
            new SummaryResult.Failure(Summaries.URL, FailureReason.PAYWALL, "secret internal"),
            "ko");

    assertThat(message.getContent()).isEqualTo("본문을 가져오지 못했습니다: 유료 기사라 본문을 볼 수 없습니다.");
    assertThat(message.getEmbeds()).isEmpty();
    assertThat(message.getAllowedMentions()).isEmpty();
  }

  @Test
  void define_notFoundWithMentionTerm_neutralizesTermAndListsSuggestions() {
    MessageCreateData message =
        renderer.define(new DefineResult.NotFound("@everyone", List.of("소버린 AI")), "ko");

    assertThat(message.getContent())
        .doesNotContain("@everyone")
        .contains("설명이 아직 없습니다")
        .contains("소버린 AI");
  }

  @Test
  void define_found_showsDefinitionAndSource() {
    GlossaryEntry entry = Summaries.entry("소버린 AI", "자립형 AI.");
    MessageCreateData message =
        renderer.define(new DefineResult.Found(entry, List.of(), List.of()), "en");

    MessageEmbed embed = message.getEmbeds().get(0);
    assertThat(embed.getTitle()).isEqualTo("소버린 AI");
    assertThat(embed.getDescription()).isEqualTo("자립형 AI.");
    assertThat(embed.getFields().get(0).getValue())
        .isEqualTo("from the article · [기사 제목](" + Summaries.URL + ")");
  }

  private static void assertNoBrokenSurrogates(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)) {
        assertThat(i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1)))
            .as("high surrogate at %d is paired", i)
            .isTrue();
        i++;
      } else {
        assertThat(Character.isLowSurrogate(c)).as("lone low surrogate at %d", i).isFalse();
      }
    }
  }
}
