package io.gloss.discord;

import static org.assertj.core.api.Assertions.assertThat;

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
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.junit.jupiter.api.Test;

class DiscordDigestRendererTest {
  static Digest digest(int stories) {
    List<DigestStory> items = new ArrayList<>();
    for (int i = 0; i < stories; i++) {
      items.add(
          new DigestStory(
              "Headline " + i + " @everyone [bank](https://evil.example) " + "long ".repeat(60),
              "One line " + "more ".repeat(100),
              List.of(
                  new DigestSource("Harbor Times", "t", "https://a.example/" + i),
                  new DigestSource("Metro Wire", "t", "https://b.example/" + i)),
              new DigestThread("60" + i, null),
              2,
              2,
              1,
              Instant.parse("2026-03-02T00:00:00Z")));
    }
    return new Digest(
        new ChannelRef("discord", "2000", "4000"),
        ReplyLanguage.EN,
        LocalDate.of(2026, 3, 2),
        ZoneId.of("Europe/London"),
        Instant.parse("2026-03-01T09:00:00Z"),
        Instant.parse("2026-03-02T09:00:00Z"),
        items,
        0,
        List.of(new DigestTerm("Big cut", "A half-point rate cut <@123>", SourceKind.TEAM)),
        List.of(new DigestLink("Unread page", "https://dead.example/x")));
  }

  @Test
  void longDigest_isSplitBetweenItems_withinEmbedLimits_noMentions() {
    List<MessageCreateData> messages = new DiscordDigestRenderer().render(digest(40));

    assertThat(messages).hasSizeGreaterThan(1);
    int stories = 0;
    for (MessageCreateData message : messages) {
      assertThat(message.getAllowedMentions()).isEmpty();
      MessageEmbed embed = message.getEmbeds().get(0);
      assertThat(embed.getDescription()).hasSizeLessThanOrEqualTo(4096);
      assertThat(embed.getLength()).isLessThanOrEqualTo(6000);
      assertThat(embed.getDescription()).doesNotContain("@everyone", "](https://evil.example)");
      stories += embed.getDescription().split("2 outlets", -1).length - 1;
    }
    assertThat(stories).isEqualTo(40);
    assertThat(messages.get(0).getEmbeds().get(0).getTitle()).startsWith("News digest");
    assertThat(messages.get(0).getEmbeds().get(0).getDescription())
        .contains("https://discord.com/channels/2000/4000/600");
  }
}
