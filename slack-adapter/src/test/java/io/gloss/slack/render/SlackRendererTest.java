package io.gloss.slack.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.slack.api.model.block.ActionsBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.composition.MarkdownTextObject;
import io.gloss.core.domain.DefineResult;
import io.gloss.core.domain.FailureReason;
import io.gloss.core.domain.GlossaryEntry;
import io.gloss.core.domain.Provenance;
import io.gloss.core.domain.SourceKind;
import io.gloss.core.domain.Summary;
import io.gloss.core.domain.SummaryResult;
import io.gloss.slack.fake.Summaries;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class SlackRendererTest {
  private final SlackRenderer renderer = new SlackRenderer();

  @Test
  void summaryBlocks_koreanSummary_hasLinkedHeadlineSourceLineGlossaryAndButtons() {
    Summary summary = Summaries.korean("https://news.example.kr/a/1?x=1&y=2");
    String json = SlackRenderer.blocksJson(renderer.summaryBlocks(summary, BotLanguage.KO));

    assertThat(json)
        .contains("*<https://news.example.kr/a/1?x=1&amp;y=2|정부, 소버린AI 전략 발표…국산 모델 키운다>*");
    assertThat(json).contains("가상일보 · 2025-08-04 · 김기자 기자 · 3분 분량");
    assertThat(json).contains("• 정부가 국산 AI 모델을");
    assertThat(json).contains("*용어 풀이*", "소버린AI — 한 나라가", "[기사 제공]");
    assertThat(json)
        .contains("더 짧게", "더 쉽게", "English", "👍", "👎")
        .contains(SlackRenderer.ACTION_SHORTER, SlackRenderer.ACTION_ENGLISH);
    assertThat(json).contains("\"verbatim\":true");
  }

  @Test
  void summaryBlocks_english_usesEnglishLabels() {
    String json =
        SlackRenderer.blocksJson(
            renderer.summaryBlocks(Summaries.korean("https://n.kr/1"), BotLanguage.EN));
    assertThat(json).contains("3 min read", "*Glossary*", "[from the article]", "Shorter");
  }

  @Test
  void summaryBlocks_hostileArticle_pingsNobodyAndSpoofsNoLink() {
    Summary summary =
        Summaries.withText(
            "https://n.kr/1",
            "<!channel> 속보 <@U999> \u202Eexe.txt",
            List.of(
                "<!here> 모두 보세요 <!everyone>",
                "<!subteam^S1|@devs> 클릭 <https://evil.example|https://bank.com>",
                "[bank.com](https://evil) @everyone"),
            "<#C1>",
            "<@U2> 설명");
    String payload = renderer.postMessagePayload(summary);

    assertThat(payload).doesNotContain("<!", "<@", "<#", "<https://evil", "@everyone", "\u202E");
    assertThat(payload).contains("&lt;!channel&gt;");
    assertThat(payload)
        .contains("\"link_names\":false", "\"unfurl_links\":false", "\"unfurl_media\":false");
  }

  @Test
  void summaryBlocks_hugeText_everySectionWithinLimitsAndNoBrokenSurrogates() {
    String emoji = "👩\u200D💻";
    String longBullet = ("기사 " + emoji + " 가나다 ").repeat(2000);
    List<String> bullets = Collections.nCopies(20, longBullet);
    Summary summary = Summaries.withText("https://n.kr/1", longBullet, bullets, "용어", longBullet);

    List<LayoutBlock> blocks = renderer.summaryBlocks(summary, BotLanguage.KO);

    assertThat(blocks.size()).isLessThanOrEqualTo(SlackRenderer.MAX_BLOCKS);
    assertThat(SlackRenderer.textLength(blocks))
        .isLessThanOrEqualTo(SlackRenderer.MAX_MESSAGE_CHARS);
    for (LayoutBlock block : blocks) {
      if (block instanceof SectionBlock section) {
        String text = ((MarkdownTextObject) section.getText()).getText();
        assertThat(text.length()).isLessThanOrEqualTo(SlackRenderer.MAX_SECTION_CHARS);
        assertThat(brokenSurrogate(text)).isFalse();
      }
    }
  }

  @Test
  void reply_manySummaries_splitsIntoMessagesWithinLimits() {
    List<SummaryResult> results = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      String bullet = "문장 ".repeat(300);
      results.add(
          new SummaryResult.Success(
              Summaries.withText(
                  "https://n.kr/" + i, "제목 " + i, List.of(bullet, bullet), "용어", "설명"),
              false));
    }
    List<SlackMessage> messages = renderer.reply(results, BotLanguage.KO);

    assertThat(messages.size()).isGreaterThan(1);
    int headlines = 0;
    for (SlackMessage message : messages) {
      assertThat(message.blocks().size()).isLessThanOrEqualTo(SlackRenderer.MAX_BLOCKS);
      assertThat(SlackRenderer.textLength(message.blocks()))
          .isLessThanOrEqualTo(SlackRenderer.MAX_MESSAGE_CHARS);
      assertThat(message.text().length()).isLessThanOrEqualTo(4000);
      headlines += (int) message.blocks().stream().filter(b -> b instanceof ActionsBlock).count();
    }
    assertThat(headlines).isEqualTo(12);
  }

  @Test
  void reply_threeShortSummaries_oneMessage() {
    List<SummaryResult> results =
        List.of(
            new SummaryResult.Success(Summaries.korean("https://n.kr/1"), false),
            new SummaryResult.Failure("https://paywall.kr/2", FailureReason.PAYWALL, "402 at /x"),
            new SummaryResult.Success(Summaries.korean("https://n.kr/3"), true));
    List<SlackMessage> messages = renderer.reply(results, BotLanguage.KO);

    assertThat(messages).hasSize(1);
    String json = SlackRenderer.blocksJson(messages.get(0).blocks());
    assertThat(json).contains("본문을 가져오지 못했습니다 (paywall.kr): 유료 기사라");
    assertThat(json).doesNotContain("402 at /x");
  }

  @Test
  void reply_withOmittedLinks_saysSo() {
    List<SlackMessage> messages =
        renderer.reply(
            List.of(new SummaryResult.Success(Summaries.korean("https://n.kr/1"), false)),
            BotLanguage.KO,
            2);
    assertThat(messages).hasSize(1);
    assertThat(SlackRenderer.blocksJson(messages.get(0).blocks())).contains("처음 1개만 요약", "2개 생략");
  }

  @Test
  void definition_found_showsBadgeSourceAndShareButton() {
    GlossaryEntry entry =
        new GlossaryEntry(
            "소버린AI",
            List.of(),
            "스스로 운영하는 AI.",
            "ko",
            new Provenance(SourceKind.ARTICLE_BOX, "가상일보", "https://n.kr/1", "기사 제목", null));
    SlackMessage message =
        renderer.definition(
            new DefineResult.Found(entry, List.of(), List.of(entry.provenance())),
            BotLanguage.KO,
            true);
    String json = SlackRenderer.blocksJson(message.blocks());
    assertThat(json).contains("*소버린AI*", "스스로 운영하는 AI.", "[기사 제공]", "<https://n.kr/1|기사 제목>");
    assertThat(json).contains(SlackRenderer.ACTION_SHARE_DEFINITION, "채널에 공유");
  }

  @Test
  void definition_notFoundHostileTerm_isEscapedWithSuggestions() {
    SlackMessage message =
        renderer.definition(
            new DefineResult.NotFound("<!channel>", List.of("채널")), BotLanguage.KO, false);
    String json = SlackRenderer.blocksJson(message.blocks()) + message.text();
    assertThat(json).doesNotContain("<!channel>").contains("&lt;!channel&gt;", "채널");
  }

  @Test
  void postMessagePayload_summary_isValidJsonWithBlocksAndNoUnfurl() {
    String payload = renderer.postMessagePayload(Summaries.korean("https://n.kr/1"));
    JsonObject json = JsonParser.parseString(payload).getAsJsonObject();
    JsonArray blocks = json.getAsJsonArray("blocks");
    assertThat(blocks.size()).isBetween(4, SlackRenderer.MAX_BLOCKS);
    assertThat(blocks.get(0).getAsJsonObject().get("type").getAsString()).isEqualTo("section");
    assertThat(json.get("unfurl_links").getAsBoolean()).isFalse();
    assertThat(json.get("text").getAsString()).contains("정부, 소버린AI");
  }

  @Test
  void postMessagePayload_failure_isHonestAndHidesDetail() {
    String payload =
        renderer.postMessagePayload(
            new SummaryResult.Failure(
                "https://x.kr/1", FailureReason.LOGIN_WALL, "HTTP 403 /secret"));
    assertThat(payload).contains("로그인이 필요한 페이지입니다").doesNotContain("/secret");
  }

  @Test
  void postMessagePayload_refusedAddress_isTheGenericLineWithoutTheAddress() {
    String payload =
        renderer.postMessagePayload(
            new SummaryResult.Failure(
                "http://intranet.example/admin",
                FailureReason.FORBIDDEN_ADDRESS,
                "refused intranet.example: resolves to 10.0.0.5"));
    assertThat(payload).contains("이 링크는 미리 볼 수 없습니다").doesNotContain("10.0.0.5", "resolves");
  }

  @Test
  void reasonText_everyReason_hasKoreanAndEnglish() {
    for (FailureReason reason : FailureReason.values()) {
      assertThat(SlackRenderer.reasonText(reason, BotLanguage.KO)).isNotBlank();
      assertThat(SlackRenderer.reasonText(reason, BotLanguage.EN)).isNotBlank();
    }
    for (SourceKind kind : SourceKind.values()) {
      assertThat(SlackRenderer.badge(kind, BotLanguage.KO)).startsWith("[");
    }
  }

  private static boolean brokenSurrogate(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c)) {
        if (i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))) {
          return true;
        }
        i++;
      } else if (Character.isLowSurrogate(c)) {
        return true;
      }
    }
    return false;
  }
}
