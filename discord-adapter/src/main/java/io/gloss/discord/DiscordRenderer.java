package io.gloss.discord;

import io.gloss.core.domain.Bullet;
import io.gloss.core.domain.DefineResult;
import io.gloss.core.domain.FailureReason;
import io.gloss.core.domain.GlossaryEntry;
import io.gloss.core.domain.Note;
import io.gloss.core.domain.Provenance;
import io.gloss.core.domain.SourceKind;
import io.gloss.core.domain.Summary;
import io.gloss.core.domain.SummaryResult;
import io.gloss.core.render.ReplyLanguage;
import io.gloss.core.render.ReplyTexts;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.jspecify.annotations.Nullable;

/**
 * Turns core results into Discord messages: one embed (title linked to the article, bullets,
 * glossary fields, a footer with source, date and notes) and the variant buttons. Pure: no JDA
 * connection is needed, so the CLI can print the exact payload ({@link #payloadJson}).
 *
 * <p>Every message it builds has allowed mentions empty, and all article text is made inert with
 * {@link DiscordText}, so neither an article nor a model can ping anyone or spoof a link.
 */
public final class DiscordRenderer {

  /** Custom id prefix of the variant buttons; the rest is {@code short}, {@code simple}, a lang. */
  public static final String VARIANT_PREFIX = "gloss:variant:";

  /** Custom id prefix of the feedback buttons; the rest is {@code up} or {@code down}. */
  public static final String FEEDBACK_PREFIX = "gloss:feedback:";

  /** The button under a /define answer (seen by the asker only) that shares it in the channel. */
  public static final String SHARE_DEFINITION = "gloss:share-define";

  static final int MAX_FIELDS = 25;
  private static final String BULLET = "• ";

  /** The message for a summary result: the embed and buttons, or the honest failure text. */
  public MessageCreateData result(SummaryResult result, String uiLanguage) {
    if (result instanceof SummaryResult.Success) {
      return summary(((SummaryResult.Success) result).summary());
    }
    return failure(((SummaryResult.Failure) result).reason(), uiLanguage);
  }

  /** The message for a summary: one embed and one row of buttons. */
  public MessageCreateData summary(Summary summary) {
    return safe(new MessageCreateBuilder())
        .setEmbeds(summaryEmbed(summary))
        .setComponents(buttons(summary))
        .build();
  }

  /** A short failure message in the user's language; the internal detail is never shown. */
  public MessageCreateData failure(FailureReason reason, String uiLanguage) {
    return notice(ReplyTexts.failure(reason, ReplyLanguage.choose(uiLanguage)));
  }

  /**
   * A plain text message. The text may contain untrusted parts only if they went through {@link
   * DiscordText#inert}; it is cut to Discord's 2,000 characters.
   */
  public MessageCreateData notice(String text) {
    return safe(new MessageCreateBuilder())
        .setContent(DiscordText.truncate(text, Message.MAX_CONTENT_LENGTH))
        .build();
  }

  /**
   * The exact JSON payload the bot posts for a summary ({@code gloss summarize --format discord}).
   */
  public String payloadJson(Summary summary) {
    return summary(summary).toData().toString();
  }

  /** The exact JSON payload the bot posts for a result, success or failure. */
  public String payloadJson(SummaryResult result, String uiLanguage) {
    return result(result, uiLanguage).toData().toString();
  }

  /** The embed of a summary, within every Discord embed limit. */
  public MessageEmbed summaryEmbed(Summary summary) {
    ReplyLanguage ui = ReplyLanguage.choose(summary.language());
    EmbedBuilder embed = new EmbedBuilder();
    String title =
        DiscordText.truncate(
            nonBlank(DiscordText.inertLine(summary.title()), summary.url()),
            MessageEmbed.TITLE_MAX_LENGTH);
    embed.setTitle(title, linkable(summary.url()));
    embed.setDescription(bullets(summary.bullets()));
    embed.setFooter(DiscordText.truncate(footer(summary, ui), MessageEmbed.TEXT_MAX_LENGTH));
    addGlossary(embed, summary.glossary(), ui);
    return embed.build();
  }

  /** The answer to {@code /define}: an embed for a known term, a short text otherwise. */
  public MessageCreateData define(DefineResult result, String uiLanguage) {
    ReplyLanguage ui = ReplyLanguage.choose(uiLanguage);
    if (result instanceof DefineResult.NotFound) {
      DefineResult.NotFound notFound = (DefineResult.NotFound) result;
      StringBuilder text =
          new StringBuilder(
              ReplyTexts.noDefinition(DiscordText.inertLine(limit(notFound.term(), 100)), ui));
      if (!notFound.suggestions().isEmpty()) {
        List<String> suggestions = new ArrayList<>();
        for (String suggestion :
            notFound.suggestions().subList(0, Math.min(5, notFound.suggestions().size()))) {
          suggestions.add(DiscordText.inertLine(limit(suggestion, 100)));
        }
        text.append('\n')
            .append(ReplyTexts.didYouMean(ui) + " ")
            .append(String.join(", ", suggestions));
      }
      return notice(text.toString());
    }
    DefineResult.Found found = (DefineResult.Found) result;
    GlossaryEntry entry = found.entry();
    EmbedBuilder embed = new EmbedBuilder();
    embed.setTitle(
        DiscordText.truncate(DiscordText.inertLine(entry.term()), MessageEmbed.TITLE_MAX_LENGTH));
    embed.setDescription(
        DiscordText.truncate(
            DiscordText.inert(entry.definition()), MessageEmbed.DESCRIPTION_MAX_LENGTH));
    embed.addField(
        ReplyTexts.sourceLabel(ui),
        DiscordText.truncate(provenance(entry.provenance(), ui), MessageEmbed.VALUE_MAX_LENGTH),
        false);
    if (!found.others().isEmpty()) {
      StringBuilder others = new StringBuilder();
      for (GlossaryEntry other : found.others().subList(0, Math.min(3, found.others().size()))) {
        others
            .append(BULLET)
            .append(DiscordText.inert(limit(other.definition(), 300)))
            .append(" *(")
            .append(ReplyTexts.badge(other.provenance().kind(), ui))
            .append(")*\n");
      }
      embed.addField(
          ReplyTexts.otherExplanations(ui),
          DiscordText.truncate(others.toString().strip(), MessageEmbed.VALUE_MAX_LENGTH),
          false);
    }
    if (!found.appearances().isEmpty()) {
      StringBuilder seen = new StringBuilder();
      for (Provenance article :
          found.appearances().subList(0, Math.min(3, found.appearances().size()))) {
        seen.append(BULLET).append(articleLink(article)).append('\n');
      }
      embed.addField(
          ReplyTexts.recentArticles(ui),
          DiscordText.truncate(seen.toString().strip(), MessageEmbed.VALUE_MAX_LENGTH),
          false);
    }
    return safe(new MessageCreateBuilder())
        .setEmbeds(embed.build())
        .setComponents(
            ActionRow.of(Button.secondary(SHARE_DEFINITION, ReplyTexts.shareInChannel(ui))))
        .build();
  }

  /** A shared /define answer: the explanation the asker saw, for everyone, without the button. */
  public MessageCreateData sharedDefinition(List<MessageEmbed> shown) {
    return safe(new MessageCreateBuilder()).setEmbeds(shown).build();
  }

  /** The buttons under a summary: shorter / simpler / English (or Korean) / 👍 / 👎. */
  public ActionRow buttons(Summary summary) {
    ReplyLanguage ui = ReplyLanguage.choose(summary.language());
    boolean english = summary.language().toLowerCase(Locale.ROOT).startsWith("en");
    return ActionRow.of(
        Button.secondary(VARIANT_PREFIX + "short", ReplyTexts.shorter(ui)),
        Button.secondary(VARIANT_PREFIX + "simple", ReplyTexts.simpler(ui)),
        english
            ? Button.secondary(VARIANT_PREFIX + "ko", ReplyTexts.inLanguage(ReplyLanguage.KO))
            : Button.secondary(VARIANT_PREFIX + "en", ReplyTexts.inLanguage(ReplyLanguage.EN)),
        Button.secondary(FEEDBACK_PREFIX + "up", "👍"),
        Button.secondary(FEEDBACK_PREFIX + "down", "👎"));
  }

  /** No pings of any kind, whatever the text says. */
  private static MessageCreateBuilder safe(MessageCreateBuilder builder) {
    builder.setAllowedMentions(List.of());
    builder.mentionRepliedUser(false);
    return builder;
  }

  private static String bullets(List<Bullet> bullets) {
    StringBuilder text = new StringBuilder();
    for (Bullet bullet : bullets) {
      String line = BULLET + DiscordText.inert(bullet.text().strip());
      int room = MessageEmbed.DESCRIPTION_MAX_LENGTH - text.length() - (text.length() > 0 ? 1 : 0);
      if (room < 20) {
        break;
      }
      if (text.length() > 0) {
        text.append('\n');
      }
      text.append(DiscordText.truncate(line, room));
    }
    return text.toString();
  }

  private static String footer(Summary summary, ReplyLanguage ui) {
    List<String> parts = new ArrayList<>();
    if (summary.site() != null && !summary.site().isBlank()) {
      parts.add(DiscordText.plainLine(summary.site()));
    }
    if (summary.published() != null) {
      parts.add(summary.published().toLocalDate().toString());
    }
    if (!summary.authors().isEmpty()) {
      parts.add(DiscordText.plainLine(limit(String.join(", ", summary.authors()), 100)));
    }
    if (summary.readingMinutes() > 0) {
      parts.add(ReplyTexts.readingTime(summary.readingMinutes(), ui));
    }
    StringBuilder footer = new StringBuilder(String.join(" · ", parts));
    for (Note note : summary.notes()) {
      footer.append(footer.length() > 0 ? "\n" : "").append(DiscordText.plainLine(note.message()));
    }
    return nonBlank(footer.toString(), "Gloss");
  }

  /** Glossary fields while they fit: at most 25, each ≤ 1,024, the whole embed ≤ 6,000. */
  private static void addGlossary(
      EmbedBuilder embed, List<GlossaryEntry> glossary, ReplyLanguage ui) {
    int fields = 0;
    for (GlossaryEntry entry : glossary) {
      if (fields == MAX_FIELDS) {
        break;
      }
      String name =
          DiscordText.truncate(
              nonBlank(DiscordText.inertLine(entry.term()), "—"), MessageEmbed.TITLE_MAX_LENGTH);
      String label = " *(" + ReplyTexts.badge(entry.provenance().kind(), ui) + ")*";
      String value =
          DiscordText.truncate(
                  DiscordText.inert(entry.definition().strip()),
                  MessageEmbed.VALUE_MAX_LENGTH - label.length())
              + label;
      int room = MessageEmbed.EMBED_MAX_LENGTH_BOT - embed.length() - name.length();
      if (room < label.length() + 20) {
        break;
      }
      if (value.length() > room) {
        value =
            DiscordText.truncate(
                    DiscordText.inert(entry.definition().strip()), room - label.length())
                + label;
      }
      embed.addField(name, value, false);
      fields++;
    }
  }

  private static String provenance(Provenance provenance, ReplyLanguage ui) {
    String label = ReplyTexts.badge(provenance.kind(), ui);
    if (provenance.kind() == SourceKind.AI) {
      label += " (" + ReplyTexts.unverified(ui) + ")";
    }
    if (provenance.url() != null && linkable(provenance.url()) != null) {
      return label + " · " + articleLink(provenance);
    }
    if (provenance.name() != null && !provenance.name().isBlank()) {
      return label + " · " + DiscordText.inertLine(limit(provenance.name(), 100));
    }
    return label;
  }

  /** A masked link the bot itself builds: escaped title, and a URL checked to be plain http(s). */
  private static String articleLink(Provenance article) {
    String title =
        DiscordText.inertLine(
            limit(
                nonBlank(
                    article.title() == null ? "" : article.title(),
                    article.name() == null ? "link" : article.name()),
                120));
    String url = linkable(article.url() == null ? "" : article.url());
    return url == null ? title : "[" + title + "](" + url + ")";
  }

  /**
   * The URL if Discord will accept it as a link target, else null (then the title is not linked).
   */
  private static @Nullable String linkable(String url) {
    if (url.length() > MessageEmbed.URL_MAX_LENGTH
        || !url.matches("(?i)https?://[^\\s()<>\\[\\]]+")) {
      return null;
    }
    return url;
  }

  private static String limit(String text, int max) {
    return DiscordText.truncate(text, max);
  }

  private static String nonBlank(String text, String fallback) {
    return text.isBlank() ? fallback : text;
  }
}
