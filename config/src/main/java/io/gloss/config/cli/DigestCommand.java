package io.gloss.config.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gloss.config.DigestWiring;
import io.gloss.core.digest.DigestCommands;
import io.gloss.core.digest.DigestRunner;
import io.gloss.core.digest.DigestTextRenderer;
import io.gloss.core.digest.view.Digest;
import io.gloss.core.digest.view.DigestLink;
import io.gloss.core.digest.view.DigestSource;
import io.gloss.core.digest.view.DigestStory;
import io.gloss.core.digest.view.DigestTerm;
import io.gloss.core.domain.ChannelRef;
import io.gloss.core.domain.DigestSubscription;
import io.gloss.core.port.out.Telemetry;
import io.gloss.core.render.ReplyLanguage;
import io.gloss.discord.DiscordDigestRenderer;
import io.gloss.slack.render.SlackDigestRenderer;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code gloss digest preview|status}: see a channel's digest, or every subscription. */
@Command(
    name = "digest",
    description = "Preview a channel's digest or list digest subscriptions.",
    subcommands = {DigestCommand.Preview.class, DigestCommand.Status.class})
final class DigestCommand implements Callable<Integer> {
  private static final Pattern AGO = Pattern.compile("(\\d{1,4})([mhd])");

  @ParentCommand GlossCommand root;

  @Override
  public Integer call() {
    root.err()
        .println(
            "Usage: gloss digest preview --channel P:W:C [--since TIME] [--format"
                + " text|json|slack|discord] | gloss digest status");
    return GlossCommand.USAGE;
  }

  DigestRunner runner() {
    return DigestWiring.runner(
        root.settings(), root.app(), List.of(), Clock.systemUTC(), Telemetry.NONE);
  }

  /** The digest as it would be posted now, without claiming or posting anything. */
  @Command(name = "preview", description = "Print the digest a channel would get now.")
  static final class Preview implements Callable<Integer> {
    @ParentCommand DigestCommand parent;

    @Option(
        names = "--channel",
        required = true,
        paramLabel = "PLATFORM:WORKSPACE:CHANNEL",
        description = "e.g. slack:T0123:C0456 or discord:123456:789012.")
    String channel;

    @Option(
        names = "--since",
        paramLabel = "TIME",
        description =
            "Start of the period: an instant (2026-03-01T00:00:00Z), a date (2026-03-01, in the"
                + " channel's zone) or an age (24h, 3d); default: since the last digest.")
    @Nullable String since;

    @Option(
        names = "--format",
        paramLabel = "FORMAT",
        description = "text (default), json, slack or discord.")
    String format = "text";

    @Override
    public Integer call() {
      OutputFormat output = OutputFormat.parse(format);
      ChannelRef ref = channel(channel);
      DigestRunner runner = parent.runner();
      ZoneId zone =
          runner
              .store()
              .subscription(ref)
              .map(DigestSubscription::zone)
              .orElse(runner.settings().defaultZone());
      Instant start = since == null ? null : since(since, zone, Instant.now());
      Digest digest = runner.preview(ref, start);
      if (digest.isEmpty()) {
        parent.root.err().println("Nothing was shared in this period: no digest would be posted.");
        return GlossCommand.OK;
      }
      String printed =
          switch (output) {
            case TEXT -> DigestTextRenderer.render(digest);
            case JSON -> json(digest);
            case SLACK -> new SlackDigestRenderer().payloadJson(digest);
            case DISCORD -> new DiscordDigestRenderer().payloadJson(digest);
          };
      parent.root.out().println(printed.stripTrailing());
      return GlossCommand.OK;
    }
  }

  /** Every subscription with its next run and last outcome. */
  @Command(name = "status", description = "List digest subscriptions and their next run.")
  static final class Status implements Callable<Integer> {
    @ParentCommand DigestCommand parent;

    @Override
    public Integer call() {
      DigestRunner runner = parent.runner();
      List<DigestSubscription> subscriptions = runner.store().subscriptions();
      if (subscriptions.isEmpty()) {
        parent.root.out().println("No digest subscriptions.");
        return GlossCommand.OK;
      }
      for (DigestSubscription subscription : subscriptions) {
        ChannelRef ref = subscription.channel();
        parent
            .root
            .out()
            .println(
                ref.platform()
                    + ":"
                    + ref.workspace()
                    + ":"
                    + ref.channel()
                    + "\n  "
                    + DigestCommands.status(runner.status(ref), ReplyLanguage.EN)
                        .replace("\n", "\n  "));
      }
      return GlossCommand.OK;
    }
  }

  static ChannelRef channel(String text) {
    String[] parts = text.split(":", -1);
    if (parts.length != 3 || java.util.Arrays.stream(parts).anyMatch(String::isBlank)) {
      throw new UsageException("--channel must look like slack:T0123:C0456");
    }
    if (!parts[0].equals("slack") && !parts[0].equals("discord")) {
      throw new UsageException("--channel platform must be slack or discord");
    }
    return new ChannelRef(parts[0], parts[1], parts[2]);
  }

  static Instant since(String text, ZoneId zone, Instant now) {
    Matcher ago = AGO.matcher(text.strip());
    if (ago.matches()) {
      long amount = Long.parseLong(ago.group(1));
      Duration unit =
          switch (ago.group(2)) {
            case "m" -> Duration.ofMinutes(1);
            case "h" -> Duration.ofHours(1);
            default -> Duration.ofDays(1);
          };
      return now.minus(unit.multipliedBy(amount));
    }
    try {
      return Instant.parse(text.strip());
    } catch (DateTimeException notInstant) {
      try {
        return LocalDate.parse(text.strip()).atStartOfDay(zone).toInstant();
      } catch (DateTimeException notDate) {
        throw new UsageException(
            "--since must be an instant (2026-03-01T00:00:00Z), a date (2026-03-01) or an age"
                + " (24h, 3d)");
      }
    }
  }

  static String json(Digest digest) {
    ObjectNode root = JsonViews.mapper().createObjectNode();
    ChannelRef ref = digest.channel();
    root.put("channel", ref.platform() + ":" + ref.workspace() + ":" + ref.channel());
    root.put("language", digest.language().name().toLowerCase(java.util.Locale.ROOT));
    root.put("date", digest.date().toString());
    root.put("zone", digest.zone().getId());
    root.put("periodStart", digest.periodStart().toString());
    root.put("periodEnd", digest.periodEnd().toString());
    ArrayNode stories = root.putArray("stories");
    for (DigestStory story : digest.stories()) {
      ObjectNode item = stories.addObject();
      item.put("headline", story.headline());
      item.put("summary", story.summary());
      item.put("outlets", story.outlets());
      item.put("sharers", story.sharers());
      item.put("shares", story.shares());
      item.put("reactions", story.reactions());
      item.put("lastShared", story.lastShared().toString());
      if (story.thread() != null) {
        item.putObject("thread")
            .put("messageRef", story.thread().messageRef())
            .put("threadRef", story.thread().threadRef());
      }
      ArrayNode sources = item.putArray("sources");
      for (DigestSource source : story.sources()) {
        sources
            .addObject()
            .put("outlet", source.outlet())
            .put("title", source.title())
            .put("url", source.url());
      }
    }
    root.put("moreStories", digest.moreStories());
    ArrayNode terms = root.putArray("terms");
    for (DigestTerm term : digest.terms()) {
      terms
          .addObject()
          .put("term", term.term())
          .put("explanation", term.explanation())
          .put("source", term.kind().code());
    }
    ArrayNode unsummarized = root.putArray("unsummarized");
    for (DigestLink link : digest.unsummarized()) {
      unsummarized.addObject().put("title", link.title()).put("url", link.url());
    }
    try {
      return JsonViews.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(root);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
