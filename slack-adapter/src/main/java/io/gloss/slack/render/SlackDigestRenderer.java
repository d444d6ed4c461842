package io.gloss.slack.render;

import com.slack.api.model.block.ContextBlock;
import com.slack.api.model.block.DividerBlock;
import com.slack.api.model.block.HeaderBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.composition.MarkdownTextObject;
import com.slack.api.model.block.composition.PlainTextObject;
import io.gloss.core.digest.view.Digest;
import io.gloss.core.digest.view.DigestLink;
import io.gloss.core.digest.view.DigestSource;
import io.gloss.core.digest.view.DigestStory;
import io.gloss.core.digest.view.DigestTerm;
import io.gloss.core.digest.view.DigestTexts;
import io.gloss.core.digest.view.DigestThread;
import io.gloss.core.domain.ChannelRef;
import io.gloss.core.render.ReplyLanguage;
import io.gloss.core.render.ReplyTexts;
import io.gloss.slack.text.SlackText;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;

/**
 * A digest as Block Kit messages: a header, one section per story, the terms of the day and the
 * unsummarized links. Split between blocks (never inside an item) so that each message stays within
 * Slack's limits (50 blocks, 3000 characters per section). All article text goes through {@link
 * SlackText} (escaped, broadcast words broken): a digest can never ping anyone.
 */
public final class SlackDigestRenderer {
  /** Blocks per message: under Slack's 50. */
  static final int MAX_BLOCKS = 45;

  /** Characters of one message's blocks, well under what Slack accepts. */
  static final int MAX_MESSAGE_CHARS = 11_000;

  static final int SECTION_CHARS = 2900;
  private static final int HEADER_CHARS = 150;
  private static final int HEADLINE_CHARS = 200;
  private static final int SUMMARY_CHARS = 300;
  private static final int TERM_CHARS = 300;

  private static final com.google.gson.Gson GSON =
      com.slack.api.util.json.GsonFactory.createSnakeCase()
          .newBuilder()
          .disableHtmlEscaping()
          .create();

  /**
   * The exact {@code chat.postMessage} payloads, one per message, as a JSON array ({@code gloss
   * digest preview --format slack}).
   */
  public String payloadJson(Digest digest) {
    com.google.gson.JsonArray payloads = new com.google.gson.JsonArray();
    for (SlackMessage message : render(digest)) {
      com.google.gson.JsonObject payload = new com.google.gson.JsonObject();
      payload.addProperty("channel", digest.channel().channel());
      payload.addProperty("text", message.text());
      payload.add("blocks", GSON.toJsonTree(message.blocks()));
      payload.addProperty("unfurl_links", false);
      payload.addProperty("unfurl_media", false);
      payload.addProperty("link_names", false);
      payload.addProperty("parse", "none");
      payloads.add(payload);
    }
    return GSON.toJson(payloads);
  }

  /** The messages to post, with web-client thread links (previews: no API call). */
  public List<SlackMessage> render(Digest digest) {
    return render(digest, SlackDigestRenderer::threadLink);
  }

  /**
   * The messages to post, in order; never empty for a non-empty digest.
   *
   * @param threadLinks the link of a story's thread (null: none shown)
   */
  public List<SlackMessage> render(
      Digest digest, BiFunction<ChannelRef, @Nullable DigestThread, @Nullable String> threadLinks) {
    ReplyLanguage lang = digest.language();
    List<LayoutBlock> blocks = new ArrayList<>();
    blocks.add(
        HeaderBlock.builder()
            .text(plain(SlackText.clean(DigestTexts.title(digest)), HEADER_CHARS))
            .build());
    blocks.add(context(SlackText.safeLine(DigestTexts.period(digest))));
    int number = 1;
    for (DigestStory story : digest.stories()) {
      blocks.add(section(story(story, number++, digest, threadLinks)));
    }
    if (digest.moreStories() > 0) {
      blocks.add(context(SlackText.safe(DigestTexts.moreStories(digest.moreStories(), lang))));
    }
    if (!digest.terms().isEmpty()) {
      blocks.add(DividerBlock.builder().build());
      blocks.add(section("*" + DigestTexts.termsHeading(lang) + "*"));
      for (DigestTerm term : digest.terms()) {
        blocks.add(
            section(
                "*"
                    + SlackText.fit(term.term(), 80).replace("*", "∗")
                    + "* — "
                    + SlackText.fit(term.explanation(), TERM_CHARS)
                    + " _["
                    + ReplyTexts.badge(term.kind(), lang)
                    + "]_"));
      }
    }
    if (!digest.unsummarized().isEmpty()) {
      blocks.add(DividerBlock.builder().build());
      StringBuilder text =
          new StringBuilder("*").append(DigestTexts.unsummarizedHeading(lang)).append('*');
      for (DigestLink link : digest.unsummarized()) {
        text.append("\n• ")
            .append(link(link.url(), link.title() == null ? link.url() : link.title()));
      }
      blocks.add(section(SlackText.fitMrkdwn(text.toString(), SECTION_CHARS)));
    }
    return split(blocks, SlackText.fit(DigestTexts.title(digest), HEADER_CHARS));
  }

  private static String story(
      DigestStory story,
      int number,
      Digest digest,
      BiFunction<ChannelRef, @Nullable DigestThread, @Nullable String> threadLinks) {
    ReplyLanguage lang = digest.language();
    DigestSource lead = story.sources().get(0);
    StringBuilder text =
        new StringBuilder("*")
            .append(number)
            .append(". ")
            .append(link(lead.url(), story.headline()))
            .append('*');
    if (story.summary() != null) {
      text.append('\n').append(SlackText.fit(story.summary(), SUMMARY_CHARS));
    }
    StringBuilder meta = new StringBuilder("\n");
    if (story.outlets() > 1) {
      meta.append(DigestTexts.outletCount(story.outlets(), lang)).append(": ");
      List<String> outlets = new ArrayList<>();
      for (DigestSource source : story.sources()) {
        outlets.add(link(source.url(), source.outlet()));
      }
      meta.append(String.join(", ", outlets));
    } else {
      meta.append(SlackText.fit(lead.outlet(), 80));
    }
    meta.append(" · ").append(DigestTexts.engagement(story, lang));
    String thread = threadLinks.apply(digest.channel(), story.thread());
    if (thread != null) {
      meta.append(" · <").append(thread).append('|').append(DigestTexts.thread(lang)).append('>');
    }
    text.append(meta);
    return SlackText.fitMrkdwn(text.toString(), SECTION_CHARS);
  }

  /**
   * The thread where Gloss answered: Slack's web-client link to the thread of the shared message
   * (opens the app when installed); no API call needed. The poster prefers Slack's permalink.
   */
  public static @Nullable String threadLink(ChannelRef ref, @Nullable DigestThread thread) {
    if (thread == null || !thread.messageRef().matches("\\d+\\.\\d+")) {
      return null;
    }
    String ts = threadTs(thread);
    String team = ref.workspace();
    String channel = ref.channel();
    if (!team.matches("[A-Z0-9]+") || !channel.matches("[A-Z0-9]+")) {
      return null;
    }
    return "https://app.slack.com/client/" + team + "/" + channel + "/thread/" + channel + "-" + ts;
  }

  /** The timestamp of the thread's root: the thread Gloss answered in, else the shared message. */
  public static String threadTs(DigestThread thread) {
    return thread.threadRef() != null && thread.threadRef().matches("\\d+\\.\\d+")
        ? thread.threadRef()
        : thread.messageRef();
  }

  private static String link(String url, String label) {
    String safeLabel =
        SlackText.fit(label.isBlank() ? url : label, HEADLINE_CHARS).replace("*", "∗");
    String target = SlackText.linkTarget(url);
    return target == null ? safeLabel : "<" + target + "|" + safeLabel + ">";
  }

  /** Messages of at most {@link #MAX_BLOCKS} blocks and {@link #MAX_MESSAGE_CHARS} characters. */
  private static List<SlackMessage> split(List<LayoutBlock> blocks, String fallback) {
    List<SlackMessage> messages = new ArrayList<>();
    List<LayoutBlock> current = new ArrayList<>();
    int chars = 0;
    for (LayoutBlock block : blocks) {
      int size = size(block);
      if (!current.isEmpty()
          && (current.size() == MAX_BLOCKS || chars + size > MAX_MESSAGE_CHARS)) {
        messages.add(new SlackMessage(fallback, current));
        current = new ArrayList<>();
        chars = 0;
      }
      current.add(block);
      chars += size;
    }
    if (!current.isEmpty()) {
      messages.add(new SlackMessage(fallback, current));
    }
    return messages;
  }

  private static int size(LayoutBlock block) {
    if (block instanceof SectionBlock section) {
      return section.getText().getText().length();
    }
    if (block instanceof ContextBlock context) {
      return context.getElements().stream()
          .mapToInt(e -> e instanceof MarkdownTextObject m ? m.getText().length() : 0)
          .sum();
    }
    if (block instanceof HeaderBlock header) {
      return header.getText().getText().length();
    }
    return 0;
  }

  private static SectionBlock section(String mrkdwn) {
    return SectionBlock.builder()
        .text(MarkdownTextObject.builder().text(mrkdwn).verbatim(true).build())
        .build();
  }

  private static ContextBlock context(String mrkdwn) {
    return ContextBlock.builder()
        .elements(List.of(MarkdownTextObject.builder().text(mrkdwn).verbatim(true).build()))
        .build();
  }

  private static PlainTextObject plain(String text, int max) {
    String fitted = text.length() <= max ? text : text.substring(0, max - 1) + "…";
    return PlainTextObject.builder().text(fitted).emoji(false).build();
  }
}
