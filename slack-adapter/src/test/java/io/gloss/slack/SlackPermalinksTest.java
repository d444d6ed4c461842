package io.gloss.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import io.gloss.core.digest.view.DigestThread;
import io.gloss.core.domain.ChannelRef;
import io.gloss.slack.fake.FakeSlackApi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Digest thread links through Bolt's {@code chat.getPermalink} over the loopback Slack API. */
class SlackPermalinksTest {
  private static final ChannelRef CHANNEL = new ChannelRef("slack", "T0001", "C0001");

  private FakeSlackApi api;
  private SlackPermalinks permalinks;

  @BeforeEach
  void start() throws Exception {
    api = new FakeSlackApi();
    SlackConfig config = new SlackConfig();
    config.setMethodsEndpointUrlPrefix(api.apiUrl());
    permalinks =
        new SlackPermalinks(
            team ->
                java.util.Optional.of(
                    Slack.getInstance(config).methods("xoxb-0000000000-loopback-test-token")));
  }

  @AfterEach
  void stop() {
    api.close();
  }

  @Test
  void permalinkOfTheThreadRoot_isAskedOnce_thenCached() {
    DigestThread thread = new DigestThread("1700000009.000200", "1700000001.000100");

    String first = permalinks.link(CHANNEL, thread);
    String again = permalinks.link(CHANNEL, thread);

    assertThat(first).isEqualTo("https://gloss-test.slack.com/archives/C0001/p1700000001000100");
    assertThat(again).isEqualTo(first);
    assertThat(api.calls("chat.getPermalink")).hasSize(1);
    assertThat(api.calls("chat.getPermalink").get(0).param("message_ts"))
        .isEqualTo("1700000001.000100");
  }

  @Test
  void refused_fallsBackToTheWebClientLink_andAsksAgainNextTime() {
    DigestThread thread = new DigestThread("1700000001.000100", null);
    api.errorWith("chat.getPermalink", "channel_not_found");

    assertThat(permalinks.link(CHANNEL, thread))
        .isEqualTo("https://app.slack.com/client/T0001/C0001/thread/C0001-1700000001.000100");
    assertThat(permalinks.link(CHANNEL, thread)).startsWith("https://app.slack.com/client/");
    assertThat(api.calls("chat.getPermalink")).hasSize(2);
  }

  @Test
  void httpFailure_fallsBackToTheWebClientLink() {
    api.failWith("chat.getPermalink", 500);

    assertThat(permalinks.link(CHANNEL, new DigestThread("1700000001.000100", null)))
        .isEqualTo("https://app.slack.com/client/T0001/C0001/thread/C0001-1700000001.000100");
    assertThat(api.calls("chat.getPermalink")).hasSize(1);
  }

  @Test
  void notASlackMessage_noLink_noCall() {
    assertThat(permalinks.link(CHANNEL, null)).isNull();
    assertThat(permalinks.link(CHANNEL, new DigestThread("6001", null))).isNull();
    assertThat(api.calls("chat.getPermalink")).isEmpty();
  }
}
