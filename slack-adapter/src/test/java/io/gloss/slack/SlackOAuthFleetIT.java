package io.gloss.slack;

import static org.assertj.core.api.Assertions.assertThat;

import io.gloss.core.conversation.InstallationsService;
import io.gloss.core.store.Database;
import io.gloss.core.store.EmbeddedPostgresHolder;
import io.gloss.core.store.JdbcInstallationStore;
import io.gloss.core.store.StoreSettings;
import io.gloss.core.store.TokenCipher;
import io.gloss.slack.OAuthBrowser.Started;
import io.gloss.slack.fake.FakeSlackApi;
import io.gloss.slack.fake.FakeSlackApi.Call;
import io.gloss.slack.fake.Summaries;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The OAuth part of the fleet (issue #18): two Gloss instances (each its own connection pool, as
 * two processes) on one embedded PostgreSQL behind one loopback Slack fake. An install may start on
 * one instance and finish on the other, a state is used once across the fleet, each workspace is
 * answered with its own token by whichever instance gets its event, and a workspace uninstalled
 * through one instance is ignored by the other at once.
 */
class SlackOAuthFleetIT {
  private static final String ARTICLE = SlackHttpModeIT.ARTICLE;
  private static final String TOKEN_ONE = "xoxb-1111-1111-fleet-one-token";
  private static final String TOKEN_TWO = "xoxb-2222-2222-fleet-two-token";
  private static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);

  private final List<Database> databases = new ArrayList<>();
  private FakeSlackApi api;
  private SlackTestBed a;
  private SlackTestBed b;
  private JdbcInstallationStore store;

  @BeforeEach
  void start() throws Exception {
    StoreSettings settings = EmbeddedPostgresHolder.freshDatabase();
    api = new FakeSlackApi();
    a = instance(settings);
    b = instance(settings);
    store = new JdbcInstallationStore(open(settings), TokenCipher.fromBase64Key(KEY));
  }

  private Database open(StoreSettings settings) {
    Database database = Database.open(settings);
    databases.add(database);
    return database;
  }

  private SlackTestBed instance(StoreSettings settings) throws Exception {
    InstallationsService installations =
        new InstallationsService(
            new JdbcInstallationStore(open(settings), TokenCipher.fromBase64Key(KEY)),
            workspace -> 0,
            false,
            Clock.systemUTC());
    SlackTestBed bed =
        SlackTestBed.distributed(
            api, installations, SlackDistribution.of(OAuthBrowser.CLIENT_ID, "fleet-secret"));
    bed.summarizer.article(ARTICLE, request -> Summaries.korean(ARTICLE));
    return bed;
  }

  @AfterEach
  void stop() {
    for (SlackTestBed bed : List.of(a, b)) {
      bed.bot.stop();
      bed.acks.shutdownNow();
      bed.executor.shutdownNow();
    }
    api.close();
    databases.forEach(Database::close);
  }

  @Test
  void installsAcrossInstances_eachWorkspaceItsOwnToken_uninstallSeenByTheWholeFleet()
      throws Exception {
    api.installCode("code-one", "T1001", TOKEN_ONE);
    api.installCode("code-two", "T2002", TOKEN_TWO);
    Started one = OAuthBrowser.startInstall(a);
    Started two = OAuthBrowser.startInstall(b);

    assertThat(OAuthBrowser.finish(b, one, "code-one").statusCode()).isEqualTo(200);
    assertThat(OAuthBrowser.finish(a, two, "code-two").statusCode()).isEqualTo(200);
    api.installCode("code-one", "T1001", "xoxb-9999-9999-replayed-token");
    HttpResponse<String> replayed = OAuthBrowser.finish(a, one, "code-one");
    assertThat(replayed.statusCode()).as("a state is used once across instances").isEqualTo(400);
    assertThat(store.find("T1001").orElseThrow().botToken()).isEqualTo(TOKEN_ONE);
    assertThat(store.find("T2002").orElseThrow().botToken()).isEqualTo(TOKEN_TWO);

    OAuthBrowser.linkFrom(a, "T1001", "C1001", "Ev-1", "1700000001.000100", ARTICLE);
    OAuthBrowser.linkFrom(b, "T2002", "C2002", "Ev-2", "1700000002.000100", ARTICLE);
    OAuthBrowser.linkFrom(b, "T1001", "C1001", "Ev-3", "1700000003.000100", ARTICLE);
    List<Call> posts = api.await("chat.postMessage", 3);
    assertThat(posts)
        .extracting(c -> c.param("channel") + " " + c.token())
        .containsExactlyInAnyOrder(
            "C1001 " + TOKEN_ONE, "C2002 " + TOKEN_TWO, "C1001 " + TOKEN_ONE);

    assertThat(OAuthBrowser.uninstall(a, "T1001", "Ev-bye").statusCode()).isEqualTo(200);
    assertThat(store.find("T1001")).isEmpty();
    long before = api.calls().stream().filter(c -> c.token().equals(TOKEN_ONE)).count();
    assertThat(
            OAuthBrowser.linkFrom(b, "T1001", "C1001", "Ev-4", "1700000004.000100", ARTICLE)
                .statusCode())
        .isEqualTo(200);
    OAuthBrowser.linkFrom(b, "T2002", "C2002", "Ev-5", "1700000005.000100", ARTICLE);
    api.await("chat.postMessage", 4);
    a.drain();
    b.drain();

    assertThat(api.calls("chat.postMessage")).hasSize(4);
    assertThat(api.calls().stream().filter(c -> c.token().equals(TOKEN_ONE)).count())
        .as("instance b made no call for the workspace uninstalled through instance a")
        .isEqualTo(before);
  }
}
