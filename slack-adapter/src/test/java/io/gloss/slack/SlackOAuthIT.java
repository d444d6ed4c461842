package io.gloss.slack;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.gloss.core.conversation.InstallationsService;
import io.gloss.core.domain.Installation;
import io.gloss.core.store.Database;
import io.gloss.core.store.JdbcInstallationStore;
import io.gloss.core.store.StoreSettings;
import io.gloss.core.store.TestClock;
import io.gloss.core.store.TokenCipher;
import io.gloss.slack.OAuthBrowser.Started;
import io.gloss.slack.fake.FakeSlackApi;
import io.gloss.slack.fake.FakeSlackApi.Call;
import io.gloss.slack.fake.Summaries;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * Slack app distribution through real Bolt over the loopback Slack fake, on a real SQLite store:
 * two workspaces install through the OAuth flow ({@code /slack/install} → state → {@code
 * /slack/oauth_redirect} with a code → {@code oauth.v2.access}), each is answered with its own bot
 * token, an uninstalled one loses its installation and is ignored, and a bad, missing, replayed or
 * expired state stores nothing.
 */
class SlackOAuthIT {
  private static final String ARTICLE = SlackHttpModeIT.ARTICLE;
  private static final String CLIENT_SECRET = "client-secret-0123456789abcdef";
  private static final String TOKEN_ONE = "xoxb-1111-1111-team-one-token";
  private static final String TOKEN_TWO = "xoxb-2222-2222-team-two-token";
  private static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);

  @TempDir Path dataDir;
  private final TestClock clock = new TestClock(Instant.now());
  private final ListAppender<ILoggingEvent> logs = new ListAppender<>();
  private final Logger root = (Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME);
  private Level rootLevel;
  private Database database;
  private JdbcInstallationStore store;
  private SlackTestBed bed;

  @BeforeEach
  void start() throws Exception {
    rootLevel = root.getLevel();
    root.setLevel(Level.DEBUG);
    logs.start();
    root.addAppender(logs);
    database = Database.open(StoreSettings.sqlite(dataDir));
    store = new JdbcInstallationStore(database, TokenCipher.fromBase64Key(KEY));
    InstallationsService installations =
        new InstallationsService(store, workspace -> 0, false, clock);
    bed =
        SlackTestBed.distributed(
            new FakeSlackApi(),
            installations,
            SlackDistribution.of(OAuthBrowser.CLIENT_ID, CLIENT_SECRET));
    bed.summarizer.article(ARTICLE, request -> Summaries.korean(ARTICLE));
  }

  @AfterEach
  void stop() {
    root.detachAppender(logs);
    root.setLevel(rootLevel);
    bed.close();
    database.close();
  }

  private Started startInstall() throws Exception {
    return OAuthBrowser.startInstall(bed);
  }

  private HttpResponse<String> redirect(
      String query, @org.jspecify.annotations.Nullable String cookie) throws Exception {
    return OAuthBrowser.redirect(bed, query, cookie);
  }

  private HttpResponse<String> install(String code, String team, String token) throws Exception {
    bed.api.installCode(code, team, token);
    return OAuthBrowser.finish(bed, startInstall(), code);
  }

  private HttpResponse<String> linkFrom(String team, String channel, String eventId, String ts)
      throws Exception {
    return OAuthBrowser.linkFrom(bed, team, channel, eventId, ts, ARTICLE);
  }

  private static Call postIn(List<Call> posts, String channel) {
    return posts.stream().filter(c -> c.param("channel").equals(channel)).findFirst().orElseThrow();
  }

  @Test
  void twoWorkspaces_installedThroughOAuth_eachAnsweredWithItsOwnToken_uninstalledOneIgnored()
      throws Exception {
    HttpResponse<String> one = install("code-one", "T1001", TOKEN_ONE);
    HttpResponse<String> two = install("code-two", "T2002", TOKEN_TWO);

    assertThat(one.statusCode()).isEqualTo(200);
    assertThat(one.body()).contains("Gloss is installed in Team T1001");
    assertThat(two.statusCode()).isEqualTo(200);
    Installation stored = store.find("T1001").orElseThrow();
    assertThat(stored.botToken()).isEqualTo(TOKEN_ONE);
    assertThat(stored.botUserId()).isEqualTo("UBOTT1001");
    assertThat(stored.installerUserId()).isEqualTo("U_INSTALLER_T1001");
    assertThat(stored.botScopes()).isEqualTo("chat:write,commands,links:read");
    assertThat(store.find("T2002").orElseThrow().botToken()).isEqualTo(TOKEN_TWO);
    assertThat(bed.api.calls("oauth.v2.access"))
        .extracting(c -> c.param("code"))
        .containsExactly("code-one", "code-two");

    assertThat(linkFrom("T1001", "C1001", "Ev-1", "1700000001.000100").statusCode()).isEqualTo(200);
    assertThat(linkFrom("T2002", "C2002", "Ev-2", "1700000002.000100").statusCode()).isEqualTo(200);
    List<Call> posts = bed.api.await("chat.postMessage", 2);

    assertThat(postIn(posts, "C1001").token()).isEqualTo(TOKEN_ONE);
    assertThat(postIn(posts, "C2002").token()).isEqualTo(TOKEN_TWO);
    assertThat(bed.api.calls("reactions.add"))
        .extracting(c -> c.param("channel") + " " + c.token())
        .containsExactlyInAnyOrder("C1001 " + TOKEN_ONE, "C2002 " + TOKEN_TWO);

    HttpResponse<String> bye = OAuthBrowser.uninstall(bed, "T1001", "Ev-bye");
    assertThat(bye.statusCode()).isEqualTo(200);
    assertThat(store.find("T1001")).isEmpty();
    assertThat(store.find("T2002")).isPresent();

    int callsWithTokenOne = tokenCalls(TOKEN_ONE);
    assertThat(linkFrom("T1001", "C1001", "Ev-3", "1700000003.000100").statusCode())
        .as("acknowledged, so that Slack does not retry")
        .isEqualTo(200);
    assertThat(linkFrom("T2002", "C2002", "Ev-4", "1700000004.000100").statusCode()).isEqualTo(200);
    bed.api.await("chat.postMessage", 3);
    bed.drain();

    assertThat(bed.api.calls("chat.postMessage"))
        .extracting(c -> c.param("channel") + " " + c.token())
        .containsExactlyInAnyOrder(
            "C1001 " + TOKEN_ONE, "C2002 " + TOKEN_TWO, "C2002 " + TOKEN_TWO);
    assertThat(tokenCalls(TOKEN_ONE))
        .as("no call at all for the uninstalled workspace")
        .isEqualTo(callsWithTokenOne);
  }

  private int tokenCalls(String token) {
    return (int) bed.api.calls().stream().filter(c -> c.token().equals(token)).count();
  }

  @Test
  void redirect_withMissingForgedReplayedOrExpiredState_showsAnErrorPage_andStoresNothing()
      throws Exception {
    bed.api.installCode("code-one", "T1001", TOKEN_ONE);

    HttpResponse<String> missing = redirect("code=code-one", null);
    HttpResponse<String> forged =
        redirect("code=code-one&state=forged", "slack-app-oauth-state=forged");
    Started other = startInstall();
    HttpResponse<String> otherBrowser =
        redirect("code=code-one&state=" + other.state(), "slack-app-oauth-state=forged");
    Started expiring = startInstall();
    clock.advance(Duration.ofMinutes(11));
    HttpResponse<String> expired =
        redirect("code=code-one&state=" + expiring.state(), expiring.cookie());

    for (HttpResponse<String> page : List.of(missing, forged, otherBrowser, expired)) {
      assertThat(page.statusCode()).isEqualTo(400);
      assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
      assertThat(page.body()).contains("This install link has expired or was already used");
    }
    assertThat(bed.api.calls("oauth.v2.access")).as("no code exchanged").isEmpty();
    assertThat(store.find("T1001")).isEmpty();

    Started started = startInstall();
    HttpResponse<String> done =
        redirect("code=code-one&state=" + started.state(), started.cookie());
    bed.api.installCode("code-one", "T1001", "xoxb-9999-9999-replayed-token");
    HttpResponse<String> replayed =
        redirect("code=code-one&state=" + started.state(), started.cookie());

    assertThat(done.statusCode()).isEqualTo(200);
    assertThat(replayed.statusCode()).isEqualTo(400);
    assertThat(bed.api.calls("oauth.v2.access")).hasSize(1);
    assertThat(store.find("T1001").orElseThrow().botToken()).isEqualTo(TOKEN_ONE);
  }

  @Test
  void redirect_cancelledOrUnknownCode_showsWhatSlackSaid_andStoresNothing() throws Exception {
    Started cancelled = startInstall();
    HttpResponse<String> denied =
        redirect("error=access_denied&state=" + cancelled.state(), cancelled.cookie());
    Started badCode = startInstall();
    HttpResponse<String> refused =
        redirect("code=never-issued&state=" + badCode.state(), badCode.cookie());

    assertThat(denied.statusCode()).isEqualTo(400);
    assertThat(denied.body()).contains("Gloss was not installed", "access_denied");
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body()).contains("invalid_code");
    int rows =
        database.read(
            c -> {
              try (var count =
                  c.prepareStatement("SELECT COUNT(*) FROM slack_installation").executeQuery()) {
                count.next();
                return count.getInt(1);
              }
            });
    assertThat(rows).isZero();
  }

  @Test
  void secrets_neverInLogs_toString_orTheStoreFile() throws Exception {
    install("code-one", "T1001", TOKEN_ONE);
    linkFrom("T1001", "C1001", "Ev-1", "1700000001.000100");
    bed.api.await("chat.postMessage", 1);
    bed.drain();

    List<String> secrets = List.of(TOKEN_ONE, CLIENT_SECRET, KEY);
    assertThat(logs.list).isNotEmpty();
    for (ILoggingEvent event : logs.list) {
      String line =
          event.getFormattedMessage()
              + (event.getThrowableProxy() == null ? "" : event.getThrowableProxy().getMessage());
      for (String secret : secrets) {
        assertThat(line).as(event.getLoggerName()).doesNotContain(secret);
      }
    }
    for (String shown :
        List.of(
            bed.settings.toString(),
            bed.bot.toString(),
            store.find("T1001").orElseThrow().toString())) {
      assertThat(shown).doesNotContain(TOKEN_ONE).doesNotContain(CLIENT_SECRET);
    }
    byte[] file = java.nio.file.Files.readAllBytes(dataDir.resolve(StoreSettings.DATABASE_FILE));
    assertThat(new String(file, StandardCharsets.ISO_8859_1)).doesNotContain(TOKEN_ONE);
  }
}
