package io.gloss.slack;

import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.User;
import io.gloss.core.domain.ChannelRef;
import io.gloss.core.domain.ChannelSettings;
import io.gloss.core.domain.DefineResult;
import io.gloss.core.domain.RequestOrigin;
import io.gloss.core.domain.SettingsOutcome;
import io.gloss.core.domain.SettingsUpdate;
import io.gloss.core.domain.SummaryResult;
import io.gloss.core.domain.SummaryStyle;
import io.gloss.core.domain.TeamTermOutcome;
import io.gloss.core.port.in.ChannelSettingsUseCase;
import io.gloss.core.port.in.DefineTermUseCase;
import io.gloss.core.port.in.DigestCaller;
import io.gloss.core.port.in.DigestRequest;
import io.gloss.core.port.in.DigestUseCase;
import io.gloss.core.port.in.RateLimitUseCase;
import io.gloss.core.port.in.StoreUnavailableException;
import io.gloss.core.port.in.TeamGlossaryUseCase;
import io.gloss.core.render.CommandTexts;
import io.gloss.core.render.NoticeTexts;
import io.gloss.core.render.ReplyLanguage;
import io.gloss.slack.render.BotLanguage;
import io.gloss.slack.render.SlackMessage;
import io.gloss.slack.render.SlackRenderer;
import io.gloss.slack.text.SlackText;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
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

  /** The core's limit (the same for /define and the team glossary). */
  static final int MAX_TERM_CHARS = TeamGlossaryUseCase.MAX_TERM_CHARS;

  private final DefineTermUseCase definer;
  private final ChannelSettingsUseCase channelSettings;
  private final TeamGlossaryUseCase teamGlossary;
  private final LinkReplies links;
  private final RateLimitUseCase limiter;
  private final SlackRenderer renderer;
  private final SlackPoster poster;
  private final Work work;
  private final UserLocales locales;

  SlackCommands(
      DefineTermUseCase definer,
      ChannelSettingsUseCase channelSettings,
      TeamGlossaryUseCase teamGlossary,
      LinkReplies links,
      RateLimitUseCase limiter,
      SlackRenderer renderer,
      SlackPoster poster,
      Work work,
      UserLocales locales) {
    this.locales = locales;
    this.definer = definer;
    this.channelSettings = channelSettings;
    this.teamGlossary = teamGlossary;
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
    Optional<String> url = links.firstUrl(text);
    if (url.isEmpty()) {
      return ctx.ack(CommandTexts.SUMMARIZE_USAGE);
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
        return ctx.ack(CommandTexts.SUMMARIZE_USAGE);
      }
    }
    SummaryStyle wantedStyle = style;
    String wantedLanguage = language;
    Caller caller = Caller.of(payload);
    work.submit(
        caller.channel(),
        "/summarize " + url.get(),
        () -> summarizeLater(caller, url.get(), wantedStyle, wantedLanguage));
    return ctx.ack(CommandTexts.ACK_SUMMARIZING);
  }

  /** {@code /define <term>}: ephemeral answer with a button to share it in the channel. */
  Response define(SlashCommandRequest request, SlashCommandContext ctx) {
    SlashCommandPayload payload = request.getPayload();
    String term = textOf(payload).strip();
    if (term.isEmpty()) {
      return ctx.ack(CommandTexts.DEFINE_USAGE);
    }
    if (term.length() > MAX_TERM_CHARS) {
      return ctx.ack(CommandTexts.bothLanguages(CommandTexts::termTooLong));
    }
    Caller caller = Caller.of(payload);
    work.submit(caller.channel(), "/define", needsStore(caller, () -> defineLater(caller, term)));
    return ctx.ack(CommandTexts.ACK_LOOKING_UP);
  }

  private volatile @Nullable DigestUseCase digestCommands;

  void enableDigest(DigestUseCase digest) {
    this.digestCommands = digest;
  }

  /**
   * {@code /digest subscribe|unsubscribe|status|now|zone}: the core's digest commands, answered
   * ephemerally. For a change the caller's profile ({@code users.info}) tells the core whether they
   * are a workspace admin (the {@code /gloss term set} rule) and their own time zone.
   */
  Response digest(SlashCommandRequest request, SlashCommandContext ctx) {
    DigestUseCase digest = digestCommands;
    if (digest == null) {
      return ctx.ack(CommandTexts.bothLanguages(CommandTexts::digestOff));
    }
    SlashCommandPayload payload = request.getPayload();
    DigestRequest parsed = DigestRequest.parse(textOf(payload));
    Caller caller = Caller.of(payload);
    work.submit(
        caller.channel(),
        "/digest",
        () -> {
          BotLanguage lang = userLanguage(caller);
          Optional<User> user =
              parsed.changes()
                  ? poster.userInfo(caller.channel().workspace(), caller.user())
                  : Optional.empty();
          DigestCaller asker =
              new DigestCaller(
                  caller.channel(),
                  user.map(SlackPoster::isAdmin).orElse(false),
                  user.map(User::getTz).flatMap(SlackCommands::zoneOf).orElse(null),
                  lang.reply());
          answer(caller, renderer.notice(digest.handle(asker, parsed)), false);
        });
    return ctx.ack(CommandTexts.ACK_WORKING);
  }

  /** A Slack profile's {@code tz} ({@code Asia/Seoul}), if it is a zone Java knows. */
  static Optional<ZoneId> zoneOf(@Nullable String tz) {
    if (tz == null || tz.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(ZoneId.of(tz));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
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
      Optional<SettingsUpdate> change = parseSettings(rest);
      if (change.isEmpty()) {
        return ctx.ack(CommandTexts.GLOSS_USAGE);
      }
      Optional<SettingsOutcome.Invalid> invalid = channelSettings.check(change.get());
      if (invalid.isPresent()) {
        return ctx.ack(
            CommandTexts.bothLanguages(lang -> invalidOption(invalid.get(), lang))
                + "\n"
                + CommandTexts.GLOSS_USAGE);
      }
      work.submit(
          caller.channel(),
          "/gloss settings",
          needsStore(caller, () -> settingsLater(caller, change.get())));
      return ctx.ack(CommandTexts.ACK_WORKING);
    }
    if (sub.equals("term")) {
      String[] action = rest.split("\\s+", 2);
      String verb = action[0].toLowerCase(Locale.ROOT);
      String args = action.length > 1 ? action[1].strip() : "";
      if (verb.equals("set")) {
        String[] termAndText = splitTerm(args);
        if (termAndText[0].isEmpty() || termAndText[1].isEmpty()) {
          return ctx.ack(CommandTexts.GLOSS_USAGE);
        }
        work.submit(
            caller.channel(),
            "/gloss term set",
            needsStore(caller, () -> termSetLater(caller, termAndText[0], termAndText[1])));
        return ctx.ack(CommandTexts.ACK_WORKING);
      }
      if (verb.equals("remove")) {
        String term = unquote(args);
        if (term.isEmpty()) {
          return ctx.ack(CommandTexts.GLOSS_USAGE);
        }
        work.submit(
            caller.channel(),
            "/gloss term remove",
            needsStore(caller, () -> termRemoveLater(caller, term)));
        return ctx.ack(CommandTexts.ACK_WORKING);
      }
    }
    return ctx.ack(CommandTexts.GLOSS_USAGE);
  }

  private void summarizeLater(
      Caller caller, String url, @Nullable SummaryStyle style, @Nullable String language) {
    ChannelSettings chosen = settingsOrDefaults(caller);
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
    } catch (StoreUnavailableException e) {
      throw e;
    } catch (RuntimeException e) {
      log.error("/define failed for a term of {} chars", term.length(), e);
      answer(caller, renderer.notice(NoticeTexts.somethingWentWrong(lang.reply())), false);
      return;
    }
    answer(caller, renderer.definition(result, lang, result instanceof DefineResult.Found), false);
  }

  /** The core reads the settings strictly here: it never shows defaults as the channel's own. */
  private void settingsLater(Caller caller, SettingsUpdate change) {
    SettingsOutcome outcome = channelSettings.update(caller.channel(), change);
    if (outcome instanceof SettingsOutcome.Applied applied) {
      ChannelSettings updated = applied.settings();
      answer(
          caller,
          renderer.notice(
              settingsText(
                  updated, locales.forUser(updated, caller.channel().workspace(), caller.user()))),
          false);
    } else {
      answer(
          caller,
          renderer.notice(
              invalidOption((SettingsOutcome.Invalid) outcome, userLanguage(caller).reply())),
          false);
    }
  }

  /** A channel's settings: the core's words, the codes as Slack code. */
  private static String settingsText(ChannelSettings settings, BotLanguage lang) {
    return CommandTexts.settings(
        "`" + settings.autoMode().code() + "`",
        settings.language() == null
            ? CommandTexts.articleLanguage(lang.reply())
            : "`" + settings.language() + "`",
        "`" + settings.style().id() + "`",
        lang.reply());
  }

  /** A settings value the core refused; the same check and words on every platform. */
  private static String invalidOption(SettingsOutcome.Invalid invalid, ReplyLanguage lang) {
    return CommandTexts.invalidOption(invalid.option(), SlackText.safeLine(invalid.value()), lang);
  }

  /**
   * The core decides (limits, admin rule) for the request's workspace; whether the caller is a
   * workspace admin is the Slack fact it needs (PRODUCT.md: overrides are for admins).
   */
  private void termSetLater(Caller caller, String term, String explanation) {
    ChannelSettings chosen = channelSettings.get(caller.channel());
    BotLanguage lang = locales.forUser(chosen, caller.channel().workspace(), caller.user());
    TeamTermOutcome outcome =
        teamGlossary.set(
            caller.origin(),
            poster.isWorkspaceAdmin(caller.channel().workspace(), caller.user()),
            term,
            explanation,
            chosen.language());
    answer(
        caller,
        renderer.notice(CommandTexts.teamTerm(outcome, term, explanation, lang.reply())),
        false);
  }

  private void termRemoveLater(Caller caller, String term) {
    BotLanguage lang = userLanguage(caller);
    TeamTermOutcome outcome =
        teamGlossary.remove(
            caller.origin(),
            poster.isWorkspaceAdmin(caller.channel().workspace(), caller.user()),
            term);
    answer(caller, renderer.notice(CommandTexts.teamTerm(outcome, term, "", lang.reply())), false);
  }

  /**
   * A command that cannot work without the store: while the store is unavailable it answers one
   * short message saying so (the outage itself is logged once by the store guard).
   */
  private Runnable needsStore(Caller caller, Runnable command) {
    return () -> {
      try {
        command.run();
      } catch (StoreUnavailableException e) {
        log.debug("Command in {} not done: {}", caller.channel().channel(), e.getMessage());
        answer(
            caller,
            renderer.notice(NoticeTexts.storeUnavailable(userLanguage(caller).reply())),
            false);
      }
    };
  }

  private BotLanguage userLanguage(Caller caller) {
    return locales.forUser(settingsOrDefaults(caller), caller.channel().workspace(), caller.user());
  }

  /** The channel's settings; the core gives the defaults while the store is unavailable. */
  private ChannelSettings settingsOrDefaults(Caller caller) {
    return channelSettings.get(caller.channel());
  }

  private boolean limited(Caller caller, BotLanguage lang) {
    if (limiter.tryAcquire(caller.origin())) {
      return true;
    }
    answer(caller, renderer.notice(NoticeTexts.rateLimited(lang.reply())), false);
    return false;
  }

  /** Answers through response_url; falls back to the Web API when that is not possible. */
  private void answer(Caller caller, SlackMessage message, boolean inChannel) {
    if (poster.respond(caller.responseUrl(), message, inChannel)) {
      return;
    }
    if (inChannel) {
      poster.postMessage(caller.channel(), null, message);
    } else {
      poster.postEphemeral(caller.channel(), caller.user(), message);
    }
  }

  /**
   * The syntax of {@code /gloss settings [auto X] [lang X] [length X]}: pairs of a known key and a
   * value. The values are the core's to validate (the same for every platform).
   */
  static Optional<SettingsUpdate> parseSettings(String text) {
    String[] tokens = text.isBlank() ? new String[0] : text.strip().split("\\s+");
    if (tokens.length % 2 != 0) {
      return Optional.empty();
    }
    String auto = null;
    String language = null;
    String length = null;
    for (int i = 0; i < tokens.length; i += 2) {
      String value = tokens[i + 1];
      switch (tokens[i].toLowerCase(Locale.ROOT)) {
        case "auto" -> auto = value;
        case "lang", "language" -> language = value;
        case "length" -> length = value;
        default -> {
          return Optional.empty();
        }
      }
    }
    return Optional.of(new SettingsUpdate(auto, language, length));
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
    RequestOrigin origin() {
      return new RequestOrigin(LinkReplies.PLATFORM, channel.workspace(), channel.channel(), user);
    }

    static Caller of(SlashCommandPayload payload) {
      return new Caller(
          LinkReplies.channel(payload.getTeamId(), payload.getChannelId()),
          payload.getUserId() == null ? "-" : payload.getUserId(),
          payload.getResponseUrl());
    }
  }
}
