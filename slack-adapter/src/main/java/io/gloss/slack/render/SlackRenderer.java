package io.gloss.slack.render;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import com.slack.api.model.block.ActionsBlock;
import com.slack.api.model.block.ContextBlock;
import com.slack.api.model.block.ContextBlockElement;
import com.slack.api.model.block.DividerBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.composition.MarkdownTextObject;
import com.slack.api.model.block.composition.PlainTextObject;
import com.slack.api.model.block.element.BlockElement;
import com.slack.api.model.block.element.ButtonElement;
import com.slack.api.util.json.GsonFactory;
import io.gloss.core.domain.Bullet;
import io.gloss.core.domain.DefineResult;
import io.gloss.core.domain.FailureReason;
import io.gloss.core.domain.GlossaryEntry;
import io.gloss.core.domain.Note;
import io.gloss.core.domain.Provenance;
import io.gloss.core.domain.SourceKind;
import io.gloss.core.domain.Summary;
import io.gloss.core.domain.SummaryMode;
import io.gloss.core.domain.SummaryResult;
import io.gloss.core.render.CommandTexts;
import io.gloss.core.render.ReplyLanguage;
import io.gloss.core.render.ReplyTexts;
import io.gloss.slack.text.SlackLinks;
import io.gloss.slack.text.SlackText;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Renders core results as Block Kit. Pure and thread-safe: no Bolt app, no network.
 *
 * <p>Every piece of article or user text goes through {@link SlackText} (escaped, mentions
 * neutralized, bidi controls stripped) and sits in {@code mrkdwn} objects with {@code
 * verbatim=true}, so Slack neither auto-links nor parses mentions in it. The only link the bot
 * renders itself is the article's own URL on the headline.
 *
 * <p>Limits: a section holds at most {@value #MAX_SECTION_CHARS} characters, a message at most
 * {@value #MAX_BLOCKS} blocks and about {@value #MAX_MESSAGE_CHARS} characters of text; each
 * summary is budgeted to fit one message, several summaries are packed into as few messages as the
 * limits allow.
 */
public final class SlackRenderer {
  public static final int MAX_SECTION_CHARS = 3000;
  public static final int MAX_BLOCKS = 50;
  public static final int MAX_MESSAGE_CHARS = 4000;

  public static final String ACTION_SHORTER = "gloss_shorter";
  public static final String ACTION_SIMPLER = "gloss_simpler";
  public static final String ACTION_ENGLISH = "gloss_english";
  public static final String ACTION_UP = "gloss_up";
  public static final String ACTION_DOWN = "gloss_down";
  public static final String ACTION_SHARE_DEFINITION = "gloss_share_definition";

  // Budgets per summary; they add up to less than MAX_MESSAGE_CHARS.
  private static final int TITLE_CHARS = 250;
  private static final int CONTEXT_CHARS = 300;
  private static final int BULLETS_CHARS = 1800;
  private static final int GLOSSARY_CHARS = 1200;
  private static final int GLOSSARY_ENTRY_CHARS = 220;
  private static final int GLOSSARY_MAX_ENTRIES = 8;
  private static final int NOTES_CHARS = 300;
  private static final int FALLBACK_CHARS = 300;
  private static final int BUTTON_VALUE_CHARS = 2000;

  private static final Gson GSON =
      GsonFactory.createSnakeCase().newBuilder().disableHtmlEscaping().create();

  /** One thread reply (or several when the limits demand) covering every result, in order. */
  public List<SlackMessage> reply(List<SummaryResult> results, BotLanguage lang) {
    List<SlackMessage> messages = new ArrayList<>();
    List<LayoutBlock> blocks = new ArrayList<>();
    List<String> fallback = new ArrayList<>();
    int chars = 0;
    for (SummaryResult result : results) {
      List<LayoutBlock> group = resultBlocks(result, lang);
      int groupChars = textLength(group);
      int separator = blocks.isEmpty() ? 0 : 1;
      if (!blocks.isEmpty()
          && (blocks.size() + separator + group.size() > MAX_BLOCKS
              || chars + groupChars > MAX_MESSAGE_CHARS)) {
        messages.add(new SlackMessage(fallbackText(fallback), blocks));
        blocks = new ArrayList<>();
        fallback = new ArrayList<>();
        chars = 0;
      }
      if (!blocks.isEmpty()) {
        blocks.add(DividerBlock.builder().build());
      }
      blocks.addAll(group);
      fallback.add(fallbackLine(result, lang));
      chars += groupChars;
    }
    if (!blocks.isEmpty()) {
      messages.add(new SlackMessage(fallbackText(fallback), blocks));
    }
    return messages;
  }

  /**
   * As {@link #reply(List, BotLanguage)}, telling the reader when {@code omitted} further links of
   * the message were not summarized (the per-message limit).
   */
  public List<SlackMessage> reply(List<SummaryResult> results, BotLanguage lang, int omitted) {
    List<SlackMessage> messages = new ArrayList<>(reply(results, lang));
    if (omitted <= 0) {
      return messages;
    }
    ContextBlock note = context(ReplyTexts.linksOmitted(results.size(), omitted, lang.reply()));
    if (messages.isEmpty() || messages.get(messages.size() - 1).blocks().size() >= MAX_BLOCKS) {
      messages.add(new SlackMessage(ReplyTexts.linksSkipped(lang.reply()), List.of(note)));
    } else {
      SlackMessage last = messages.remove(messages.size() - 1);
      List<LayoutBlock> blocks = new ArrayList<>(last.blocks());
      blocks.add(note);
      messages.add(new SlackMessage(last.text(), blocks));
    }
    return messages;
  }

  /** The message for one summary, with the action buttons. */
  public SlackMessage summaryMessage(Summary summary, BotLanguage lang) {
    return new SlackMessage(
        SlackText.fit("📰 " + summary.title(), FALLBACK_CHARS), summaryBlocks(summary, lang));
  }

  /** Blocks for a success or a failure. */
  public List<LayoutBlock> resultBlocks(SummaryResult result, BotLanguage lang) {
    if (result instanceof SummaryResult.Success success) {
      return summaryBlocks(success.summary(), lang);
    }
    return failureBlocks((SummaryResult.Failure) result, lang);
  }

  /**
   * Headline linked to the article, source line, bullets, compact glossary, notes and the buttons
   * shorter / simpler / English / 👍 / 👎.
   */
  public List<LayoutBlock> summaryBlocks(Summary summary, BotLanguage lang) {
    List<LayoutBlock> blocks = new ArrayList<>();
    blocks.add(section(headline(summary.title(), summary.url())));
    String sourceLine = sourceLine(summary, lang);
    if (!sourceLine.isEmpty()) {
      blocks.add(context(sourceLine));
    }
    String bullets = bullets(summary.bullets());
    if (!bullets.isEmpty()) {
      blocks.add(section(bullets));
    }
    if (!summary.glossary().isEmpty()) {
      blocks.add(section(glossary(summary.glossary(), lang)));
    }
    if (!summary.notes().isEmpty()) {
      blocks.add(context(notes(summary.notes())));
    }
    if (summary.url().length() <= BUTTON_VALUE_CHARS) {
      blocks.add(actions(summary.url(), lang));
    }
    return blocks;
  }

  /** An honest short answer: the page could not be summarized, and why. */
  public List<LayoutBlock> failureBlocks(SummaryResult.Failure failure, BotLanguage lang) {
    return List.of(section(failureLine(failure, lang)));
  }

  /** The answer to {@code /define}, optionally with a button to share it in the channel. */
  public SlackMessage definition(DefineResult result, BotLanguage lang, boolean shareButton) {
    List<LayoutBlock> blocks = new ArrayList<>();
    if (result instanceof DefineResult.Found found) {
      GlossaryEntry entry = found.entry();
      StringBuilder text = new StringBuilder();
      text.append('*').append(SlackText.fit(entry.term(), 200)).append('*');
      if (!entry.aliases().isEmpty()) {
        text.append(" (")
            .append(SlackText.fit(String.join(", ", entry.aliases()), 200))
            .append(')');
      }
      text.append('\n')
          .append(SlackText.fit(entry.definition(), 2200))
          .append(' ')
          .append(badge(entry.provenance().kind(), lang));
      blocks.add(section(SlackText.fitMrkdwn(text.toString(), MAX_SECTION_CHARS)));
      List<String> context = new ArrayList<>();
      String source = provenanceLink(entry.provenance(), lang);
      if (!source.isEmpty()) {
        context.add(source);
      }
      for (GlossaryEntry other : found.others().stream().limit(2).toList()) {
        context.add(
            ReplyTexts.otherExplanations(lang.reply())
                + ": "
                + SlackText.fit(other.definition(), 200)
                + " "
                + badge(other.provenance().kind(), lang));
      }
      List<String> seen =
          found.appearances().stream()
              .limit(3)
              .map(p -> articleLink(p))
              .filter(s -> !s.isEmpty())
              .toList();
      if (!seen.isEmpty()) {
        context.add(ReplyTexts.recentArticles(lang.reply()) + ": " + String.join(" · ", seen));
      }
      for (String line : context) {
        blocks.add(context(SlackText.fitMrkdwn(line, 600)));
      }
      if (shareButton && entry.term().length() <= BUTTON_VALUE_CHARS) {
        blocks.add(
            ActionsBlock.builder()
                .elements(
                    List.of(
                        button(
                            ReplyTexts.shareInChannel(lang.reply()),
                            ACTION_SHARE_DEFINITION,
                            entry.term(),
                            "primary")))
                .build());
      }
      return new SlackMessage(
          SlackText.fit(entry.term() + " — " + entry.definition(), FALLBACK_CHARS), blocks);
    }
    DefineResult.NotFound notFound = (DefineResult.NotFound) result;
    String term = SlackText.fit(notFound.term(), 200);
    StringBuilder text = new StringBuilder(ReplyTexts.noDefinition(term, lang.reply()));
    if (!notFound.suggestions().isEmpty()) {
      text.append('\n')
          .append(ReplyTexts.didYouMean(lang.reply()))
          .append(' ')
          .append(
              notFound.suggestions().stream()
                  .limit(5)
                  .map(s -> SlackText.fit(s, 100))
                  .collect(Collectors.joining(", ")));
    }
    blocks.add(section(SlackText.fitMrkdwn(text.toString(), MAX_SECTION_CHARS)));
    blocks.add(
        context(
            ReplyTexts.addTeamExplanation(lang.reply())
                + ": `"
                + CommandTexts.termSetSyntax(lang.reply())
                + "`"));
    return new SlackMessage(SlackText.fitMrkdwn(text.toString(), FALLBACK_CHARS), blocks);
  }

  /** A short message of the bot's own (acknowledgements, errors, settings), made safe. */
  public SlackMessage notice(String text) {
    String safe = SlackText.fit(text, MAX_SECTION_CHARS);
    return new SlackMessage(safe, List.of(section(safe)));
  }

  /** The core's failure line in the bot language, with the site; details stay in the logs. */
  public String failureLine(SummaryResult.Failure failure, BotLanguage lang) {
    String host =
        SlackLinks.host(failure.url()).map(h -> " (" + SlackText.safe(h) + ")").orElse("");
    return "⚠️ "
        + ReplyTexts.couldNotRead(lang.reply())
        + host
        + ": "
        + reasonText(failure.reason(), lang);
  }

  /** User-facing words for a failure reason (the core's, shared with Discord and the CLI). */
  public static String reasonText(FailureReason reason, BotLanguage lang) {
    return ReplyTexts.reason(reason, lang.reply());
  }

  /** The provenance badge of a glossary entry, in brackets: the core's {@link ReplyTexts#badge}. */
  public static String badge(SourceKind kind, BotLanguage lang) {
    return "[" + ReplyTexts.badge(kind, lang.reply()) + "]";
  }

  /**
   * The exact {@code chat.postMessage} payload Gloss posts for this summary (what {@code gloss
   * summarize --format slack} prints). The bot language follows the summary's language.
   */
  public String postMessagePayload(Summary summary) {
    BotLanguage lang = BotLanguage.choose(null, summary.language().startsWith("en") ? "en" : "ko");
    return postMessagePayload(summaryMessage(summary, lang), null, null);
  }

  /**
   * The exact payload for a summarize result, success or failure ({@code gloss summarize --format
   * slack}). Bot words are Korean unless the summary is in English.
   */
  public String postMessagePayload(SummaryResult result) {
    if (result instanceof SummaryResult.Success success) {
      return postMessagePayload(success.summary());
    }
    return postMessagePayload(reply(List.of(result), BotLanguage.KO).get(0), null, null);
  }

  /**
   * The {@code chat.postMessage} payload for a message: text, blocks, no unfurls, no mention
   * parsing. Channel and thread are included when given.
   */
  public String postMessagePayload(
      SlackMessage message, @Nullable String channel, @Nullable String threadTs) {
    JsonObject payload = new JsonObject();
    if (channel != null) {
      payload.addProperty("channel", channel);
    }
    if (threadTs != null) {
      payload.addProperty("thread_ts", threadTs);
    }
    payload.addProperty("text", message.text());
    payload.add("blocks", GSON.toJsonTree(message.blocks()));
    payload.addProperty("unfurl_links", false);
    payload.addProperty("unfurl_media", false);
    payload.addProperty("link_names", false);
    payload.addProperty("parse", "none");
    return GSON.toJson(payload);
  }

  /**
   * The JSON posted to a {@code response_url}: ephemeral (only the user sees it) or in the channel;
   * never replaces the original message.
   */
  public String responsePayload(SlackMessage message, boolean inChannel) {
    JsonObject payload = new JsonObject();
    payload.addProperty("response_type", inChannel ? "in_channel" : "ephemeral");
    payload.addProperty("replace_original", false);
    payload.addProperty("text", message.text());
    payload.add("blocks", GSON.toJsonTree(message.blocks()));
    return GSON.toJson(payload);
  }

  /** The JSON that removes the ephemeral message a button was clicked on. */
  public String deleteOriginalPayload() {
    return "{\"delete_original\":true}";
  }

  /** The blocks as the JSON array Slack expects. */
  public static String blocksJson(List<LayoutBlock> blocks) {
    return GSON.toJson(blocks);
  }

  /** Characters of text in the blocks (sections, context elements, button labels). */
  public static int textLength(List<LayoutBlock> blocks) {
    int total = 0;
    for (LayoutBlock block : blocks) {
      if (block instanceof SectionBlock section && section.getText() != null) {
        total += textOf(section.getText());
      } else if (block instanceof ContextBlock context) {
        for (ContextBlockElement element : context.getElements()) {
          if (element instanceof MarkdownTextObject markdown) {
            total += markdown.getText().length();
          } else if (element instanceof PlainTextObject plain) {
            total += plain.getText().length();
          }
        }
      } else if (block instanceof ActionsBlock actions) {
        for (BlockElement element : actions.getElements()) {
          if (element instanceof ButtonElement button) {
            total += button.getText().getText().length();
          }
        }
      }
    }
    return total;
  }

  private static int textOf(Object text) {
    if (text instanceof MarkdownTextObject markdown) {
      return markdown.getText().length();
    }
    if (text instanceof PlainTextObject plain) {
      return plain.getText().length();
    }
    return 0;
  }

  private static String headline(String title, String url) {
    String safeTitle = SlackText.fit(title.isBlank() ? url : title, TITLE_CHARS).replace("*", "∗");
    String target = SlackText.linkTarget(url);
    return target == null ? "*" + safeTitle + "*" : "*<" + target + "|" + safeTitle + ">*";
  }

  private static String sourceLine(Summary summary, BotLanguage lang) {
    List<String> parts = new ArrayList<>();
    if (summary.site() != null && !summary.site().isBlank()) {
      parts.add(SlackText.safeLine(summary.site()));
    }
    if (summary.published() != null) {
      parts.add(summary.published().toLocalDate().toString());
    }
    if (!summary.authors().isEmpty()) {
      parts.add(
          ReplyTexts.authors(
              summary.authors().stream().limit(2).map(SlackText::safeLine).toList(), lang.reply()));
    }
    if (summary.readingMinutes() > 0) {
      parts.add(ReplyTexts.readingTime(summary.readingMinutes(), lang.reply()));
    }
    if (summary.mode() == SummaryMode.LLM) {
      parts.add(ReplyTexts.aiSummary(lang.reply()));
    }
    return SlackText.fitMrkdwn(String.join(" · ", parts), CONTEXT_CHARS);
  }

  private static String bullets(List<Bullet> bullets) {
    StringBuilder text = new StringBuilder();
    int perBullet = Math.max(80, BULLETS_CHARS / Math.max(1, bullets.size()) - 4);
    for (Bullet bullet : bullets) {
      if (text.length() > 0) {
        text.append('\n');
      }
      text.append("• ").append(SlackText.fit(bullet.text().strip(), perBullet));
    }
    return SlackText.fitMrkdwn(text.toString(), BULLETS_CHARS);
  }

  private static String glossary(List<GlossaryEntry> entries, BotLanguage lang) {
    StringBuilder text = new StringBuilder("*" + ReplyTexts.glossaryHeading(lang.reply()) + "*");
    int shown = 0;
    for (GlossaryEntry entry : entries) {
      if (shown == GLOSSARY_MAX_ENTRIES) {
        break;
      }
      String line =
          "\n"
              + SlackText.fit(entry.term(), 60)
              + " — "
              + SlackText.fit(entry.definition(), GLOSSARY_ENTRY_CHARS)
              + " "
              + badge(entry.provenance().kind(), lang);
      if (text.length() + line.length() > GLOSSARY_CHARS) {
        break;
      }
      text.append(line);
      shown++;
    }
    return text.toString();
  }

  private static String notes(List<Note> notes) {
    return SlackText.fitMrkdwn(
        notes.stream()
            .map(n -> "ℹ️ " + SlackText.fit(n.message(), 200))
            .collect(Collectors.joining("\n")),
        NOTES_CHARS);
  }

  private static ActionsBlock actions(String url, BotLanguage lang) {
    return ActionsBlock.builder()
        .blockId("gloss_actions")
        .elements(
            List.of(
                button(ReplyTexts.shorter(lang.reply()), ACTION_SHORTER, url, null),
                button(ReplyTexts.simpler(lang.reply()), ACTION_SIMPLER, url, null),
                button(ReplyTexts.inLanguage(ReplyLanguage.EN), ACTION_ENGLISH, url, null),
                button("👍", ACTION_UP, url, null),
                button("👎", ACTION_DOWN, url, null)))
        .build();
  }

  private static ButtonElement button(
      String label, String actionId, String value, @Nullable String style) {
    return ButtonElement.builder()
        .text(PlainTextObject.builder().text(label).emoji(true).build())
        .actionId(actionId)
        .value(value)
        .style(style)
        .build();
  }

  private static String provenanceLink(Provenance provenance, BotLanguage lang) {
    String link = articleLink(provenance);
    if (!link.isEmpty()) {
      return ReplyTexts.sourceLabel(lang.reply()) + ": " + link;
    }
    if (provenance.name() != null && !provenance.name().isBlank()) {
      return ReplyTexts.sourceLabel(lang.reply()) + ": " + SlackText.fit(provenance.name(), 100);
    }
    return "";
  }

  private static String articleLink(Provenance provenance) {
    if (provenance.url() == null) {
      return "";
    }
    String target = SlackText.linkTarget(provenance.url());
    if (target == null) {
      return "";
    }
    String label =
        provenance.title() != null && !provenance.title().isBlank()
            ? provenance.title()
            : SlackLinks.host(provenance.url()).orElse(provenance.url());
    return "<" + target + "|" + SlackText.fit(label, 120) + ">";
  }

  private static MarkdownTextObject mrkdwn(String text) {
    return MarkdownTextObject.builder().text(text).verbatim(true).build();
  }

  private static SectionBlock section(String mrkdwn) {
    return SectionBlock.builder()
        .text(mrkdwn(SlackText.fitMrkdwn(mrkdwn, MAX_SECTION_CHARS)))
        .build();
  }

  private static ContextBlock context(String mrkdwn) {
    return ContextBlock.builder()
        .elements(List.of(mrkdwn(SlackText.fitMrkdwn(mrkdwn, MAX_SECTION_CHARS))))
        .build();
  }

  private String fallbackLine(SummaryResult result, BotLanguage lang) {
    if (result instanceof SummaryResult.Success success) {
      return "📰 " + success.summary().title();
    }
    SummaryResult.Failure failure = (SummaryResult.Failure) result;
    return ReplyTexts.failure(failure.reason(), lang.reply());
  }

  private static String fallbackText(List<String> lines) {
    return SlackText.fit(String.join("\n", lines), FALLBACK_CHARS);
  }
}
