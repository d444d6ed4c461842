package io.gloss.slack.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import io.gloss.core.digest.view.Digest;
import io.gloss.core.digest.view.DigestLink;
import io.gloss.core.digest.view.DigestSource;
import io.gloss.core.digest.view.DigestStory;
import io.gloss.core.digest.view.DigestTerm;
import io.gloss.core.digest.view.DigestThread;
import io.gloss.core.domain.ChannelRef;
import io.gloss.core.domain.SourceKind;
import io.gloss.core.render.ReplyLanguage;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SlackDigestRendererTest {
  static Digest digest(int stories, ReplyLanguage lang) {
    List<DigestStory> items = new ArrayList<>();
    for (int i = 0; i < stories; i++) {
      items.add(
          new DigestStory(
              "헤드라인 " + i + " <!channel> @here " + "긴 제목 ".repeat(40),
              "요약 한 줄 " + "내용 ".repeat(200),
              List.of(
                  new DigestSource("가나일보", "제목", "https://a.example/" + i),
                  new DigestSource("다라경제", "제목", "https://b.example/" + i)),
              new DigestThread("1700000000.00010" + (i % 10), null),
              2,
              3,
              0,
              Instant.parse("2026-03-02T00:00:00Z")));
    }
    return new Digest(
        new ChannelRef("slack", "T0001", "C0001"),
        lang,
        LocalDate.of(2026, 3, 2),
        ZoneId.of("Asia/Seoul"),
        Instant.parse("2026-03-01T01:00:00Z"),
        Instant.parse("2026-03-02T01:00:00Z"),
        items,
        0,
        List.of(new DigestTerm("빅컷", "기준금리를 한 번에 크게 내리는 것 <@U123>", SourceKind.ARTICLE_BOX)),
        List.of(new DigestLink(null, "https://dead.example/x")));
  }

  @Test
  void longDigest_isSplitBetweenItems_withinSlackLimits_andNeverPings() {
    List<SlackMessage> messages = new SlackDigestRenderer().render(digest(60, ReplyLanguage.KO));

    assertThat(messages).hasSizeGreaterThan(1);
    int stories = 0;
    for (SlackMessage message : messages) {
      assertThat(message.blocks()).hasSizeLessThanOrEqualTo(50);
      for (LayoutBlock block : message.blocks()) {
        if (block instanceof SectionBlock section) {
          String text = section.getText().getText();
          assertThat(text).hasSizeLessThanOrEqualTo(3000).doesNotContain("<!channel>", "<@U123>");
          assertThat(text).doesNotContain("@here");
          if (text.contains("2개 매체")) {
            stories++;
          }
        }
      }
    }
    assertThat(stories).as("every story whole, in one message").isEqualTo(60);
    String payload = new SlackDigestRenderer().payloadJson(digest(2, ReplyLanguage.EN));
    assertThat(payload).contains("\"link_names\":false", "2 outlets", "Terms of the day");
  }
}
