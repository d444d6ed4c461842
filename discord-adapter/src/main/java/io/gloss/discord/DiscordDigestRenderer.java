package io.gloss.discord;

import io.gloss.core.digest.view.Digest;
import io.gloss.core.digest.view.DigestLink;
import io.gloss.core.digest.view.DigestSource;
import io.gloss.core.digest.view.DigestStory;
import io.gloss.core.digest.view.DigestTerm;
import io.gloss.core.digest.view.DigestTexts;
import io.gloss.core.digest.view.DigestThread;
import io.gloss.core.render.ReplyLanguage;
import io.gloss.core.render.ReplyTexts;
import java.util.ArrayList;
import java.util.List;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.jspecify.annotations.Nullable;

/**
 * A digest as Discord messages of one embed each: the title, then the stories, the terms of the day
 * and the unsummarized links as paragraphs of the description. Split between paragraphs (never
 * inside an item) so each description stays under Discord's 4096 characters; all article text is
 * made inert and every message allows no mentions: a digest never pings.
 */
public final class DiscordDigestRenderer {
  /** Description budget per embed, under Discord's 4096. */
  static final int DESCRIPTION_CHARS = 3800;

  private static final int HEADLINE_CHARS = 200;
  private static final int SUMMARY_CHARS = 300;
  private static final int TERM_CHARS = 300;
  private static final int COLOR = 0x2F6FDB;

  /**
   * The exact message payloads, one per message, as a JSON array ({@code gloss digest preview}).
   */
  public String payloadJson(Digest digest) {
    net.dv8tion.jda.api.utils.data.DataArray payloads =
        net.dv8tion.jda.api.utils.data.DataArray.empty();
    for (MessageCreateData message : render(digest)) {
      payloads.add(message.toData());
    }
    return payloads.toString();
  }

  public List<MessageCreateData> render(Digest digest) {
    ReplyLanguage lang = digest.language();
    List<String> paragraphs = new ArrayList<>();
    paragraphs.add("*" + DiscordText.inertLine(DigestTexts.period(digest)) + "*");
    int number = 1;
    for (DigestStory story : digest.stories()) {
      paragraphs.add(story(story, number++, digest));
    }
    if (digest.moreStories() > 0) {
      paragraphs.add(DiscordText.inertLine(DigestTexts.moreStories(digest.moreStories(), lang)));
    }
    if (!digest.terms().isEmpty()) {
      StringBuilder terms = new StringBuilder("**" + DigestTexts.termsHeading(lang) + "**");
      for (DigestTerm term : digest.terms()) {
        terms
            .append("\n**")
            .append(DiscordText.truncate(DiscordText.inertLine(term.term()), 80))
            .append("** — ")
            .append(DiscordText.truncate(DiscordText.inertLine(term.explanation()), TERM_CHARS))
            .append(" *[")
            .append(ReplyTexts.badge(term.kind(), lang))
            .append("]*");
      }
      paragraphs.add(terms.toString());
    }
    if (!digest.unsummarized().isEmpty()) {
      StringBuilder links = new StringBuilder("**" + DigestTexts.unsummarizedHeading(lang) + "**");
      for (DigestLink link : digest.unsummarized()) {
        links
            .append("\n• ")
            .append(link(link.url(), link.title() == null ? link.url() : link.title()));
      }
      paragraphs.add(DiscordText.truncate(links.toString(), DESCRIPTION_CHARS));
    }
    String title =
        DiscordText.truncate(
            DiscordText.plainLine(DigestTexts.title(digest)), MessageEmbed.TITLE_MAX_LENGTH);
    List<MessageCreateData> messages = new ArrayList<>();
    StringBuilder description = new StringBuilder();
    for (String paragraph : paragraphs) {
      if (description.length() > 0
          && description.length() + 2 + paragraph.length() > DESCRIPTION_CHARS) {
        messages.add(message(messages.isEmpty() ? title : null, description.toString()));
        description.setLength(0);
      }
      if (description.length() > 0) {
        description.append("\n\n");
      }
      description.append(paragraph);
    }
    if (description.length() > 0) {
      messages.add(message(messages.isEmpty() ? title : null, description.toString()));
    }
    return messages;
  }

  private static MessageCreateData message(@Nullable String title, String description) {
    EmbedBuilder embed = new EmbedBuilder().setColor(COLOR).setDescription(description);
    if (title != null) {
      embed.setTitle(title);
    }
    MessageCreateBuilder builder = new MessageCreateBuilder().setEmbeds(embed.build());
    builder.setAllowedMentions(List.of());
    builder.mentionRepliedUser(false);
    return builder.build();
  }

  private static String story(DigestStory story, int number, Digest digest) {
    ReplyLanguage lang = digest.language();
    DigestSource lead = story.sources().get(0);
    StringBuilder text =
        new StringBuilder("**")
            .append(number)
            .append(". ")
            .append(link(lead.url(), story.headline()))
            .append("**");
    if (story.summary() != null) {
      text.append('\n')
          .append(DiscordText.truncate(DiscordText.inertLine(story.summary()), SUMMARY_CHARS));
    }
    text.append('\n');
    if (story.outlets() > 1) {
      text.append(DigestTexts.outletCount(story.outlets(), lang)).append(": ");
      List<String> outlets = new ArrayList<>();
      for (DigestSource source : story.sources()) {
        outlets.add(link(source.url(), source.outlet()));
      }
      text.append(String.join(", ", outlets));
    } else {
      text.append(DiscordText.truncate(DiscordText.inertLine(lead.outlet()), 80));
    }
    text.append(" · ").append(DigestTexts.engagement(story, lang));
    String jump = jumpUrl(digest, story.thread());
    if (jump != null) {
      text.append(" · [").append(DigestTexts.thread(lang)).append("](").append(jump).append(')');
    }
    return DiscordText.truncate(text.toString(), DESCRIPTION_CHARS);
  }

  /** The thread Gloss answered in, or the shared message: Discord's jump URL. */
  static @Nullable String jumpUrl(Digest digest, @Nullable DigestThread thread) {
    if (thread == null) {
      return null;
    }
    String guild = digest.channel().workspace();
    if (!guild.matches("\\d+")) {
      return null;
    }
    if (thread.threadRef() != null && thread.threadRef().matches("\\d+")) {
      return "https://discord.com/channels/" + guild + "/" + thread.threadRef();
    }
    if (!thread.messageRef().matches("\\d+") || !digest.channel().channel().matches("\\d+")) {
      return null;
    }
    return "https://discord.com/channels/"
        + guild
        + "/"
        + digest.channel().channel()
        + "/"
        + thread.messageRef();
  }

  /** A masked link with an inert label; a URL Discord would not accept is shown as text. */
  private static String link(String url, String label) {
    String safeLabel =
        DiscordText.truncate(
            DiscordText.inertLine(label.isBlank() ? url : label).replace("]", "\\]"),
            HEADLINE_CHARS);
    boolean linkable =
        (url.startsWith("https://") || url.startsWith("http://"))
            && url.length() <= 1000
            && !url.matches(".*[\\s()<>\\[\\]].*");
    return linkable ? "[" + safeLabel + "](" + url + ")" : safeLabel;
  }
}
