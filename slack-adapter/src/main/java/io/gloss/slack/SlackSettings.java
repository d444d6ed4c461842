package io.gloss.slack;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Everything the Slack adapter needs, read by the {@code config} module. {@link #toString()}
 * redacts every secret.
 *
 * @param mode Socket Mode (default, no public URL) or HTTP mode ({@code slack.mode})
 * @param botToken {@code xoxb-…} ({@code SLACK_BOT_TOKEN})
 * @param appToken {@code xapp-…} with {@code connections:write}, Socket Mode only ({@code
 *     SLACK_APP_TOKEN})
 * @param signingSecret HTTP mode only ({@code SLACK_SIGNING_SECRET})
 * @param apiUrl the Web API base, ending with {@code /} ({@code slack.api-url}); GovSlack, proxies
 *     and tests change it
 * @param port the HTTP port for {@code POST /slack/events} in HTTP mode ({@code server.port}); 0
 *     picks a free port
 * @param unfurlDomains at most 5 domains answered with {@code link_shared} + {@code chat.unfurl}
 *     ({@code slack.unfurl-domains})
 * @param maxLinksPerMessage links summarized per message ({@code slack.max-links-per-message})
 * @param userRequestsPerMinute requests one user may make per minute ({@code
 *     slack.user-rate-limit})
 * @param channelRequestsPerMinute requests one channel may make per minute ({@code
 *     slack.channel-rate-limit})
 * @param distribution app distribution (OAuth v2 installs in many workspaces), or null for one
 *     workspace with {@code SLACK_BOT_TOKEN}
 */
public record SlackSettings(
    Mode mode,
    @Nullable String botToken,
    @Nullable String appToken,
    @Nullable String signingSecret,
    String apiUrl,
    int port,
    List<String> unfurlDomains,
    int maxLinksPerMessage,
    int userRequestsPerMinute,
    int channelRequestsPerMinute,
    @Nullable SlackDistribution distribution) {

  public static final String DEFAULT_API_URL = "https://slack.com/api/";
  public static final int DEFAULT_PORT = 8080;
  public static final int MAX_UNFURL_DOMAINS = 5;
  public static final int DEFAULT_MAX_LINKS = 3;
  public static final int DEFAULT_USER_PER_MINUTE = 10;
  public static final int DEFAULT_CHANNEL_PER_MINUTE = 30;

  /** Real tokens are much longer; the Slack client even assumes at least 16 characters. */
  static final int MIN_TOKEN_LENGTH = 20;

  private static final Pattern DOMAIN =
      Pattern.compile("(?i)^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}$");

  /** How Gloss connects to Slack. */
  public enum Mode {
    /** A WebSocket opened by Gloss; needs the app-level token. */
    SOCKET,
    /** Slack posts to {@code /slack/events}; needs the signing secret and a public URL. */
    HTTP;

    public static Optional<Mode> parse(String text) {
      return switch (text.strip().toLowerCase(Locale.ROOT)) {
        case "socket", "socket-mode", "socket_mode" -> Optional.of(SOCKET);
        case "http", "events-api", "events_api" -> Optional.of(HTTP);
        default -> Optional.empty();
      };
    }
  }

  public SlackSettings {
    Objects.requireNonNull(mode, "mode");
    Objects.requireNonNull(apiUrl, "apiUrl");
    unfurlDomains =
        unfurlDomains.stream().map(d -> d.strip().toLowerCase(Locale.ROOT)).distinct().toList();
  }

  /** One workspace (no app distribution). */
  public SlackSettings(
      Mode mode,
      @Nullable String botToken,
      @Nullable String appToken,
      @Nullable String signingSecret,
      String apiUrl,
      int port,
      List<String> unfurlDomains,
      int maxLinksPerMessage,
      int userRequestsPerMinute,
      int channelRequestsPerMinute) {
    this(
        mode,
        botToken,
        appToken,
        signingSecret,
        apiUrl,
        port,
        unfurlDomains,
        maxLinksPerMessage,
        userRequestsPerMinute,
        channelRequestsPerMinute,
        null);
  }

  /** Whether Gloss is distributed: installed through OAuth, one token per workspace. */
  public boolean distributed() {
    return distribution != null;
  }

  public SlackSettings withDistribution(@Nullable SlackDistribution newDistribution) {
    return new SlackSettings(
        mode,
        botToken,
        appToken,
        signingSecret,
        apiUrl,
        port,
        unfurlDomains,
        maxLinksPerMessage,
        userRequestsPerMinute,
        channelRequestsPerMinute,
        newDistribution);
  }

  /** Socket Mode with the defaults. */
  public static SlackSettings socketMode(String botToken, String appToken) {
    return new SlackSettings(
        Mode.SOCKET,
        botToken,
        appToken,
        null,
        DEFAULT_API_URL,
        DEFAULT_PORT,
        List.of(),
        DEFAULT_MAX_LINKS,
        DEFAULT_USER_PER_MINUTE,
        DEFAULT_CHANNEL_PER_MINUTE);
  }

  /** HTTP mode with the defaults. */
  public static SlackSettings httpMode(String botToken, String signingSecret) {
    return new SlackSettings(
        Mode.HTTP,
        botToken,
        null,
        signingSecret,
        DEFAULT_API_URL,
        DEFAULT_PORT,
        List.of(),
        DEFAULT_MAX_LINKS,
        DEFAULT_USER_PER_MINUTE,
        DEFAULT_CHANNEL_PER_MINUTE);
  }

  public SlackSettings withApiUrl(String newApiUrl) {
    return new SlackSettings(
        mode,
        botToken,
        appToken,
        signingSecret,
        newApiUrl,
        port,
        unfurlDomains,
        maxLinksPerMessage,
        userRequestsPerMinute,
        channelRequestsPerMinute,
        distribution);
  }

  public SlackSettings withPort(int newPort) {
    return new SlackSettings(
        mode,
        botToken,
        appToken,
        signingSecret,
        apiUrl,
        newPort,
        unfurlDomains,
        maxLinksPerMessage,
        userRequestsPerMinute,
        channelRequestsPerMinute,
        distribution);
  }

  public SlackSettings withUnfurlDomains(List<String> domains) {
    return new SlackSettings(
        mode,
        botToken,
        appToken,
        signingSecret,
        apiUrl,
        port,
        domains,
        maxLinksPerMessage,
        userRequestsPerMinute,
        channelRequestsPerMinute,
        distribution);
  }

  public SlackSettings withLimits(int maxLinks, int perUser, int perChannel) {
    return new SlackSettings(
        mode,
        botToken,
        appToken,
        signingSecret,
        apiUrl,
        port,
        unfurlDomains,
        maxLinks,
        perUser,
        perChannel,
        distribution);
  }

  /** Every problem, each naming the key to fix; empty when the settings can start the bot. */
  public List<String> validate() {
    List<String> problems = new ArrayList<>();
    String bot = botToken;
    SlackDistribution oauth = distribution;
    if (oauth != null) {
      problems.addAll(oauth.validate());
      if (mode != Mode.HTTP) {
        problems.add(
            "slack.client-id (app distribution) needs slack.mode=http: Slack redirects installs"
                + " to /slack/oauth_redirect and posts events to /slack/events");
      }
      if (bot != null && !bot.isBlank()) {
        problems.add(
            "SLACK_BOT_TOKEN and slack.client-id exclude each other: set the bot token for one"
                + " workspace, or the client id and secret to install Gloss in many");
      }
    } else if (bot == null || bot.isBlank()) {
      problems.add("SLACK_BOT_TOKEN is required (a bot token, xoxb-…)");
    } else if (!bot.startsWith("xoxb-")) {
      problems.add("SLACK_BOT_TOKEN must be a bot token starting with xoxb-");
    } else if (bot.length() < MIN_TOKEN_LENGTH) {
      problems.add(
          "SLACK_BOT_TOKEN looks truncated (fewer than " + MIN_TOKEN_LENGTH + " characters)");
    }
    if (mode == Mode.SOCKET) {
      String app = appToken;
      if (app == null || app.isBlank()) {
        problems.add(
            "SLACK_APP_TOKEN is required in Socket Mode (slack.mode=socket): an app-level token"
                + " xapp-… with connections:write");
      } else if (!app.startsWith("xapp-")) {
        problems.add("SLACK_APP_TOKEN must be an app-level token starting with xapp-");
      }
    } else if (isBlank(signingSecret)) {
      problems.add("SLACK_SIGNING_SECRET is required in HTTP mode (slack.mode=http)");
    }
    problems.addAll(apiUrlProblems(apiUrl));
    if (port < 0 || port > 65535) {
      problems.add("server.port must be between 0 and 65535, was " + port);
    }
    if (unfurlDomains.size() > MAX_UNFURL_DOMAINS) {
      problems.add(
          "slack.unfurl-domains allows at most "
              + MAX_UNFURL_DOMAINS
              + " domains, got "
              + unfurlDomains.size());
    }
    for (String domain : unfurlDomains) {
      if (!DOMAIN.matcher(domain).matches()) {
        problems.add("slack.unfurl-domains: '" + domain + "' is not a domain name");
      }
    }
    if (maxLinksPerMessage < 1 || maxLinksPerMessage > 10) {
      problems.add(
          "slack.max-links-per-message must be between 1 and 10, was " + maxLinksPerMessage);
    }
    if (userRequestsPerMinute < 1) {
      problems.add("slack.user-rate-limit must be at least 1, was " + userRequestsPerMinute);
    }
    if (channelRequestsPerMinute < 1) {
      problems.add("slack.channel-rate-limit must be at least 1, was " + channelRequestsPerMinute);
    }
    return problems;
  }

  private static List<String> apiUrlProblems(String url) {
    try {
      URI uri = new URI(url);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if (!(scheme.equals("https") || scheme.equals("http")) || uri.getHost() == null) {
        return List.of("slack.api-url must be an http(s) URL, was '" + url + "'");
      }
      if (!url.endsWith("/")) {
        return List.of("slack.api-url must end with '/', e.g. " + DEFAULT_API_URL);
      }
      return List.of();
    } catch (java.net.URISyntaxException e) {
      return List.of("slack.api-url is not a valid URL: '" + url + "'");
    }
  }

  private static boolean isBlank(@Nullable String value) {
    return value == null || value.isBlank();
  }

  private static String redact(@Nullable String secret) {
    if (secret == null || secret.isBlank()) {
      return "<unset>";
    }
    int dash = secret.indexOf('-');
    return dash > 0 && dash <= 5 ? secret.substring(0, dash + 1) + "***" : "***";
  }

  @Override
  public String toString() {
    return "SlackSettings[mode="
        + mode.name().toLowerCase(Locale.ROOT)
        + ", botToken="
        + redact(botToken)
        + ", appToken="
        + redact(appToken)
        + ", signingSecret="
        + (isBlank(signingSecret) ? "<unset>" : "***")
        + ", apiUrl="
        + apiUrl
        + ", port="
        + port
        + ", unfurlDomains="
        + unfurlDomains
        + ", maxLinksPerMessage="
        + maxLinksPerMessage
        + ", userRequestsPerMinute="
        + userRequestsPerMinute
        + ", channelRequestsPerMinute="
        + channelRequestsPerMinute
        + ", distribution="
        + distribution
        + "]";
  }
}
