package io.gloss.config.scenarios;

import io.gloss.config.InProcessGloss;
import io.gloss.discord.FakeDiscord;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiFunction;
import net.dv8tion.jda.api.utils.data.DataObject;

/**
 * Discord as the real JDA of {@code gloss run} sees it: gateway dispatches (messages, reactions,
 * interactions) from the loopback Discord fake, whose REST API records what Gloss posts.
 */
final class DiscordDriver implements ChatDriver {
  private static final long WAIT_SECONDS = 20;

  /** ⏳ in a reaction route. */
  private static final String HOURGLASS = "/reactions/%E2%8F%B3/";

  /** 👀 in a reaction route. */
  private static final String EYES = "/reactions/%F0%9F%91%80/";

  private final FakeDiscord discord;
  private final Iterator<String> channels = FakeDiscord.MORE_CHANNEL_IDS.iterator();
  private final AtomicLong sequence = new AtomicLong();
  private final Map<String, DataObject> deliveries = new ConcurrentHashMap<>();
  private String channel = FakeDiscord.CHANNEL_ID;

  DiscordDriver() throws Exception {
    discord = new FakeDiscord();
  }

  @Override
  public Map<String, String> env(int linksPerUserPerMinute) {
    return Map.of(
        "DISCORD_TOKEN", "fake.discord.scenario-token",
        "GLOSS_DISCORD_API_URL", discord.restBaseUrl(),
        "GLOSS_DISCORD_MESSAGE_CONTENT", "true",
        "GLOSS_DISCORD_USER_RATE_LIMIT", String.valueOf(linksPerUserPerMinute),
        "GLOSS_DISCORD_CHANNEL_RATE_LIMIT", "1000");
  }

  @Override
  public void started(InProcessGloss gloss) {
    // gloss run returned once the shard was ready: the guild and its channels are known to JDA.
  }

  @Override
  public String newChannel() {
    if (!channels.hasNext()) {
      throw new IllegalStateException("the fake guild has no unused channel left");
    }
    channel = channels.next();
    return channel;
  }

  @Override
  public String newUser() {
    return String.valueOf(5_000_000 + sequence.incrementAndGet());
  }

  /** A fresh snowflake: now, and unique within the millisecond. */
  private String snowflake() {
    return String.valueOf(
        ((System.currentTimeMillis() - 1420070400000L) << 22) + sequence.incrementAndGet());
  }

  @Override
  public Posted paste(String user, String text) {
    String id = snowflake();
    DataObject message = discord.userMessageIn(channel, id, user, text);
    deliveries.put(id, message);
    long delivered = System.nanoTime();
    discord.dispatch("MESSAGE_CREATE", message);
    return new Posted(channel, id, user, Optional.empty(), delivered);
  }

  @Override
  public void redeliver(Posted message) {
    discord.dispatch("MESSAGE_CREATE", deliveries.get(message.id()));
  }

  @Override
  public void react(Posted message, String user, Emoji emoji) {
    discord.dispatch(
        "MESSAGE_REACTION_ADD",
        FakeDiscord.reaction(message.channel(), message.id(), user, emoji.unicode));
  }

  @Override
  public Answer settings(String user, String... optionsAndValues) throws Exception {
    return interact(
        user,
        (id, token) -> FakeDiscord.slashSub(id, token, "gloss", "settings", optionsAndValues));
  }

  @Override
  public Answer define(String user, String term) throws Exception {
    return interact(user, (id, token) -> FakeDiscord.slash(id, token, "define", "term", term));
  }

  @Override
  public Answer setTeamTerm(String user, String term, String explanation) throws Exception {
    return interact(
        user,
        (id, token) ->
            FakeDiscord.slashGroup(
                id, token, "gloss", "term", "set", "term", term, "explanation", explanation));
  }

  /**
   * An application command: Discord waits 3 s for the interaction's callback (an answer, or a
   * deferral whose answer follows on the interaction's webhook).
   */
  private Answer interact(String user, BiFunction<String, String, DataObject> command)
      throws Exception {
    String id = snowflake();
    String token = "tok" + id;
    DataObject interaction =
        FakeDiscord.inChannel(FakeDiscord.byMember(command.apply(id, token), user), channel);
    long started = System.nanoTime();
    discord.dispatch("INTERACTION_CREATE", interaction);
    FakeDiscord.Call callback =
        discord.await(
            c -> c.path().equals("/interactions/" + id + "/" + token + "/callback"), WAIT_SECONDS);
    Duration ack = Duration.ofNanos(System.nanoTime() - started);
    if (callback == null) {
      throw new AssertionError("interaction " + id + " was never acknowledged");
    }
    DataObject answer;
    if (callback.json().getInt("type") == 4) { // answered at once
      answer = callback.json().getObject("data");
    } else {
      FakeDiscord.Call followUp =
          discord.await(
              c -> c.method().equals("POST") && c.path().matches("/webhooks/\\d+/" + token),
              WAIT_SECONDS);
      if (followUp == null) {
        throw new AssertionError("deferred interaction " + id + " was never answered");
      }
      answer = followUp.json();
    }
    return new Answer(answer.toString(), (answer.getInt("flags", 0) & 64) != 0, ack);
  }

  @Override
  public List<Reply> replies(Posted message) {
    List<Reply> replies = new ArrayList<>();
    for (FakeDiscord.Call call : discord.calls(c -> c.method().equals("POST"))) {
      if (call.path().equals("/channels/" + message.id() + "/messages")) {
        replies.add(new Reply(Place.THREAD, call.body())); // the thread started on the message
      } else if (call.path().equals("/channels/" + message.channel() + "/messages")
          && message
              .id()
              .equals(
                  call.json()
                      .optObject("message_reference")
                      .map(r -> r.getString("message_id", ""))
                      .orElse(""))) {
        replies.add(new Reply(Place.CHANNEL, call.body()));
      }
    }
    return replies;
  }

  @Override
  public OptionalLong working(Posted message) {
    String eyes = "/channels/" + message.channel() + "/messages/" + message.id() + EYES;
    return discord.calls(c -> c.method().equals("PUT") && c.path().startsWith(eyes)).stream()
        .mapToLong(FakeDiscord.Call::nanos)
        .findFirst();
  }

  @Override
  public Optional<String> rateLimitNotice(Posted message) {
    String reactions = "/channels/" + message.channel() + "/messages/" + message.id() + HOURGLASS;
    return discord.calls(c -> c.method().equals("PUT") && c.path().startsWith(reactions)).isEmpty()
        ? Optional.empty()
        : Optional.of("⏳");
  }

  @Override
  public void settle() throws InterruptedException {
    Quiet.await(() -> discord.calls(c -> true).size());
  }

  @Override
  public boolean pointsRepostsToEarlierThread() {
    return true;
  }

  @Override
  public boolean tellsRateLimitWithReaction() {
    return true;
  }

  @Override
  public void close() {
    discord.close();
  }
}
