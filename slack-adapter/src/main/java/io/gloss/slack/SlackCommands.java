package io.gloss.slack;

import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import io.gloss.core.digest.DigestCommands;
import io.gloss.core.digest.DigestRequest;
import io.gloss.core.domain.AutoMode;
import io.gloss.core.domain.ChannelRef;
import io.gloss.core.domain.ChannelSettings;
import io.gloss.core.domain.DefineResult;
import io.gloss.core.domain.GlossaryEntry;
import io.gloss.core.domain.Provenance;
import io.gloss.core.domain.RequestOrigin;
import io.gloss.core.domain.SourceKind;
import io.gloss.core.domain.SummaryResult;
import io.gloss.core.domain.SummaryStyle;
import io.gloss.core.domain.TermKey;
import io.gloss.core.port.in.DefineTermUseCase;
import io.gloss.core.port.out.ChannelSettingsStore;
import io.gloss.core.port.out.GlossaryStore;
import io.gloss.slack.render.BotLanguage;
import io.gloss.slack.render.SlackMessage;
import io.gloss.slack.render.SlackRenderer;
import io.gloss.slack.text.SlackLinks;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The slash commands {@code /summarize}, {@code /define}, {@code /digest} and {@code /gloss}. Each
 * validates its text, acks at once, and answers through {@code response_url} from the executor.
 * Errors and settings are ephemeral.
 */
final class SlackCommands {
  private static final Logger log = LoggerFactory.getLogger(SlackCommands.class);
  static final int MAX_TERM_CHARS = 100;
  static final int MAX_EXPLANATION_CHARS = 1000;

  private final DefineTermUseCase definer;
  private final ChannelSettingsStore channelSettings;
  private final GlossaryStore glossary;
  private final LinkReplies links;
  private final RateLimiter limiter;
  private final SlackRenderer renderer;
  private final SlackPoster poster;
  private final Work work;
  private final UserLocales locales;

  SlackCommands(
      DefineTermUseCase definer,
      ChannelSettingsStore channelSettings,
      GlossaryStore glossary,
      LinkReplies links,
      RateLimiter limiter,
      SlackRenderer renderer,
      SlackPoster poster,
      Work work,
      UserLocales locales) {
    this.locales = locales;
    this.definer = definer;
    this.channelSettings = channelSettings;
    this.glossary = glossary;
    this.links = links;
    this.limiter = limiter;
    this.renderer = renderer;
    this.poster = poster;
    this.work = work;
  }

  /** {@code /summarize <url> [style] [lang]}. */
  Response summarize(SlashCommandRequest request, SlashCommandContext ctx) {
    SlashCommandPayload payload = request.getPayload();
    String text = textOf(payload);
    Optional<String> url = SlackLinks.firstUrl(text);
    if (url.isEmpty()) {
      return ctx.ack(Texts.USAGE_SUMMARIZE);
    }
    SummaryStyle style = null;
    String language = null;
    for (String token : text.replace(url.get(), " ").split("\\s+")) {
      if (token.isBlank() || token.startsWith("<") || token.startsWith("http")) {
        continue;
      }
      Optional<SummaryStyle> parsed = SummaryStyle.parse(token);
      if (parsed.isPresent()) {
        style = parsed.get();
      } else if (token.matches("(?i)[a-z]{2}")) {
        language = token.toLowerCase(Locale.ROOT);
      } else {
        return ctx.ack(Texts.USAGE_SUMMARIZE);
      }
    }
    SummaryStyle wantedStyle = style;
    String wantedLanguage = language;
    Caller caller = Caller.of(payload);
    work.submit(
        "/summarize " + url.get(),
        () -> summarizeLater(caller, url.get(), wantedStyle, wantedLanguage));
    return ctx.ack(Texts.ACK_SUMMARIZING);
  }

  /** {@code /define <term>}: ephemeral answer with a button to share it in the channel. */
  Response define(SlashCommandRequest request, SlashCommandContext ctx) {
    SlashCommandPayload payload = request.getPayload();
    String term = textOf(payload).strip();
    if (term.isEmpty()) {
      return ctx.ack(Texts.USAGE_DEFINE);
    }
    if (term.length() > MAX_TERM_CHARS) {
      return ctx.ack(Texts.TERM_TOO_LONG);
    }
    Caller caller = Caller.of(payload);
    work.submit("/define", () -> defineLater(caller, term));
    return ctx.ack(Texts.ACK_LOOKING_UP);
  }

  private volatile @Nullable DigestCommands digestCommands;

  void enableDigest(DigestCommands digest) {
    this.digestCommands = digest;
  }

  /**
   * {@code /digest subscribe|unsubscribe|status|now}: the core's digest commands, answered
   * ephemerally. Anyone in the channel may change its digest, as with {@code /gloss settings}.
   */
  Response digest(SlashCommandRequest request, SlashCommandContext ctx) {
    DigestCommands digest = digestCommands;
    if (digest == null) {
      return ctx.ack(Texts.DIGEST_OFF);
    }
    SlashCommandPayload payload = request.getPayload();
    DigestRequest parsed = DigestRequest.parse(textOf(payload));
    Caller caller = Caller.of(payload);
    work.submit(
        "/digest",
        () -> {
          BotLanguage lang = userLanguage(caller);
          String answer = digest.handle(caller.channel(), parsed, lang.reply());
          answer(caller, renderer.notice(answer), false);
        });
    return ctx.ack(Texts.ACK_WORKING);
  }

  /** {@code /gloss settings …} and {@code /gloss term set|remove …}. */
  Response gloss(SlashCommandRequest request, SlashCommandContext ctx) {
    SlashCommandPayload payload = request.getPayload();
    String text = textOf(payload).strip();
    String[] words = text.split("\\s+", 2);
    String sub = words[0].toLowerCase(Locale.ROOT);
    String rest = words.length > 1 ? words[1].strip() : "";
    Caller caller = Caller.of(payload);
    if (sub.equals("settings")) {
      Optional<UnaryOperator<ChannelSettings>> change = parseSettings(rest);
      if (change.isEmpty()) {
        return ctx.ack(Texts.USAGE_GLOSS);
      }
      work.submit("/gloss settings", () -> settingsLater(caller, change.get()));
      return ctx.ack(Texts.ACK_WORKING);
    }
    if (sub.equals("term")) {
      String[] action = rest.split("\\s+", 2);
      String verb = action[0].toLowerCase(Locale.ROOT);
      String args = action.length > 1 ? action[1].strip() : "";
      if (verb.equals("set")) {
        String[] termAndText = splitTerm(args);
        if (termAndText[0].isEmpty() || termAndText[1].isEmpty()) {
          return ctx.ack(Texts.USAGE_GLOSS);
        }
        if (termAndText[0].length() > MAX_TERM_CHARS) {
          return ctx.ack(Texts.TERM_TOO_LONG);
        }
        work.submit("/gloss term set", () -> termSetLater(caller, termAndText[0], termAndText[1]));
        return ctx.ack(Texts.ACK_WORKING);
      }
      if (verb.equals("remove")) {
        String term = unquote(args);
        if (term.isEmpty()) {
          return ctx.ack(Texts.USAGE_GLOSS);
        }
        work.submit("/gloss term remove", () -> termRemoveLater(caller, term));
        return ctx.ack(Texts.ACK_WORKING);
      }
    }
    return ctx.ack(Texts.USAGE_GLOSS);
  }

  private void summarizeLater(
      Caller caller, String url, @Nullable SummaryStyle style, @Nullable String language) {
    ChannelSettings chosen = channelSettings.get(caller.channel());
    BotLanguage lang = locales.forUser(chosen, caller.channel().workspace(), caller.user());
    if (!limited(caller, lang)) {
      return;
    }
    RequestOrigin origin =
        new RequestOrigin(
            LinkReplies.PLATFORM,
            caller.channel().workspace(),
            caller.channel().channel(),
            caller.user());
    SummaryResult result =
        links.summarize(
            url,
            style == null ? chosen.style() : style,
            language == null ? chosen.language() : language,
            origin);
    if (result instanceof SummaryResult.Success success) {
      BotLanguage channelLang =
          locales.forChannel(chosen, caller.channel().workspace(), caller.user());
      answer(caller, renderer.summaryMessage(success.summary(), channelLang), true);
    } else {
      answer(
          caller,
          renderer.notice(renderer.failureLine((SummaryResult.Failure) result, lang)),
          false);
    }
  }

  private void defineLater(Caller caller, String term) {
    BotLanguage lang = userLanguage(caller);
    if (!limited(caller, lang)) {
      return;
    }
    DefineResult result;
    try {
      result =
          definer.define(
              term,
              new RequestOrigin(
                  LinkReplies.PLATFORM,
                  caller.channel().workspace(),
                  caller.channel().channel(),
                  caller.user()));
    } catch (RuntimeException e) {
      log.error("/define failed for a term of {} chars", term.length(), e);
      answer(caller, renderer.notice(Texts.somethingWentWrong(lang)), false);
      return;
    }
    answer(caller, renderer.definition(result, lang, result instanceof DefineResult.Found), false);
  }

  private void settingsLater(Caller caller, UnaryOperator<ChannelSettings> change) {
    ChannelSettings current = channelSettings.get(caller.channel());
    ChannelSettings updated = change.apply(current);
    if (!updated.equals(current)) {
      channelSettings.put(updated);
      log.info(
          "Channel {} settings changed by {}: {}",
          caller.channel().channel(),
          caller.user(),
          updated);
    }
    answer(
        caller,
        renderer.notice(
            Texts.settings(
                updated, locales.forUser(updated, caller.channel().workspace(), caller.user()))),
        false);
  }

  private void termSetLater(Caller caller, String term, String explanation) {
    ChannelSettings chosen = channelSettings.get(caller.channel());
    BotLanguage lang = locales.forUser(chosen, caller.channel().workspace(), caller.user());
    if (!adminOrRefuse(caller, lang)) {
      return;
    }
    if (explanation.length() > MAX_EXPLANATION_CHARS) {
      answer(caller, renderer.notice(Texts.explanationTooLong(lang)), false);
      return;
    }
    glossary.upsert(
        new GlossaryEntry(
            term,
            List.of(),
            explanation,
            chosen.language(),
            new Provenance(
                SourceKind.TEAM, "team:" + caller.channel().workspace(), null, null, null)));
    log.info("Team term set by {} in {}", caller.user(), caller.channel().workspace());
    answer(caller, renderer.notice(Texts.termSaved(term, explanation, lang)), false);
  }

  /** Team glossary overrides are for workspace admins (PRODUCT.md); others get a polite no. */
  private boolean adminOrRefuse(Caller caller, BotLanguage lang) {
    if (poster.isWorkspaceAdmin(caller.user())) {
      return true;
    }
    answer(caller, renderer.notice(Texts.adminsOnly(lang)), false);
    return false;
  }

  private void termRemoveLater(Caller caller, String term) {
    BotLanguage lang = userLanguage(caller);
    if (!adminOrRefuse(caller, lang)) {
      return;
    }
    boolean removed = glossary.remove(TermKey.of(term), SourceKind.TEAM);
    answer(caller, renderer.notice(Texts.termRemoved(term, removed, lang)), false);
  }

  private BotLanguage userLanguage(Caller caller) {
    return locales.forUser(
        channelSettings.get(caller.channel()), caller.channel().workspace(), caller.user());
  }

  private boolean limited(Caller caller, BotLanguage lang) {
    if (limiter.tryAcquire(
        caller.channel().workspace(), caller.user(), caller.channel().channel())) {
      return true;
    }
    answer(caller, renderer.notice(Texts.rateLimited(lang)), false);
    return false;
  }

  /** Answers through response_url; falls back to the Web API when that is not possible. */
  private void answer(Caller caller, SlackMessage message, boolean inChannel) {
    if (poster.respond(caller.responseUrl(), message, inChannel)) {
      return;
    }
    if (inChannel) {
      poster.postMessage(caller.channel().channel(), null, message);
    } else {
      poster.postEphemeral(caller.channel().channel(), caller.user(), message);
    }
  }

  static Optional<UnaryOperator<ChannelSettings>> parseSettings(String text) {
    String[] tokens = text.isBlank() ? new String[0] : text.strip().split("\\s+");
    if (tokens.length % 2 != 0) {
      return Optional.empty();
    }
    List<UnaryOperator<ChannelSettings>> changes = new ArrayList<>();
    for (int i = 0; i < tokens.length; i += 2) {
      String key = tokens[i].toLowerCase(Locale.ROOT);
      String value = tokens[i + 1].toLowerCase(Locale.ROOT);
      switch (key) {
        case "auto" -> {
          Optional<AutoMode> mode = AutoMode.parse(value);
          if (mode.isEmpty()) {
            return Optional.empty();
          }
          changes.add(s -> new ChannelSettings(s.channel(), mode.get(), s.language(), s.style()));
        }
        case "lang", "language" -> {
          if (!value.matches("ko|en|auto")) {
            return Optional.empty();
          }
          String language = value.equals("auto") ? null : value;
          changes.add(s -> new ChannelSettings(s.channel(), s.autoMode(), language, s.style()));
        }
        case "length" -> {
          Optional<SummaryStyle> style = SummaryStyle.parse(value);
          if (style.isEmpty()
              || !(style.get() == SummaryStyle.BRIEF || style.get() == SummaryStyle.SHORT)) {
            return Optional.empty();
          }
          changes.add(
              s -> new ChannelSettings(s.channel(), s.autoMode(), s.language(), style.get()));
        }
        default -> {
          return Optional.empty();
        }
      }
    }
    return Optional.of(
        s -> {
          ChannelSettings result = s;
          for (UnaryOperator<ChannelSettings> change : changes) {
            result = change.apply(result);
          }
          return result;
        });
  }

  /** {@code "소버린 AI" 설명…} or {@code 소버린AI 설명…} → term and explanation. */
  static String[] splitTerm(String text) {
    String trimmed = text.strip();
    if (trimmed.startsWith("\"") || trimmed.startsWith("“")) {
      int close = indexOfClosingQuote(trimmed);
      if (close > 0) {
        return new String[] {
          trimmed.substring(1, close).strip(), trimmed.substring(close + 1).strip()
        };
      }
    }
    String[] parts = trimmed.split("\\s+", 2);
    return new String[] {parts[0], parts.length > 1 ? parts[1].strip() : ""};
  }

  private static int indexOfClosingQuote(String text) {
    for (int i = 1; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"' || c == '”') {
        return i;
      }
    }
    return -1;
  }

  private static String unquote(String text) {
    String trimmed = text.strip();
    if (trimmed.length() >= 2
        && (trimmed.startsWith("\"") || trimmed.startsWith("“"))
        && (trimmed.endsWith("\"") || trimmed.endsWith("”"))) {
      return trimmed.substring(1, trimmed.length() - 1).strip();
    }
    return trimmed;
  }

  private static String textOf(SlashCommandPayload payload) {
    return payload.getText() == null ? "" : payload.getText();
  }

  /** Who asked, where, and where to answer. */
  record Caller(ChannelRef channel, String user, @Nullable String responseUrl) {
    static Caller of(SlashCommandPayload payload) {
      return new Caller(
          LinkReplies.channel(payload.getTeamId(), payload.getChannelId()),
          payload.getUserId() == null ? "-" : payload.getUserId(),
          payload.getResponseUrl());
    }
  }
}
