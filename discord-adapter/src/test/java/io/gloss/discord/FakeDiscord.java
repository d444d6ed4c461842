package io.gloss.discord;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import net.dv8tion.jda.api.utils.data.DataArray;
import net.dv8tion.jda.api.utils.data.DataObject;
import okhttp3.Response;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;
import org.jspecify.annotations.Nullable;

/**
 * A loopback fake of Discord for tests: REST v10 and the JSON gateway on one MockWebServer. It
 * implements what JDA 6 needs to log in (users/@me, gateway/bot, HELLO, IDENTIFY → READY +
 * GUILD_CREATE, heartbeats, RESUME → RESUMED) and the calls Gloss makes, and records every REST
 * request so tests can assert on the exact bodies.
 */
public final class FakeDiscord implements AutoCloseable {

  static final String BOT_ID = "1000";
  public static final String GUILD_ID = "2000";
  static final String USER_ID = "3000";
  public static final String CHANNEL_ID = "4000";

  /**
   * More text channels of the guild ({@code 4001} to {@code 4016}, #news-1 …), for tests that want
   * a channel of their own (its settings, shared links and threads).
   */
  public static final List<String> MORE_CHANNEL_IDS =
      java.util.stream.IntStream.rangeClosed(4001, 4016).mapToObj(String::valueOf).toList();

  static final String DM_CHANNEL_ID = "4500";
  static final String THREAD_ID = "4100";
  static final String ALL_PERMISSIONS = "2251799813685247";
  private static final String TIMESTAMP = "2026-11-26T00:00:00.000000+00:00";

  /** One REST request as JDA sent it, and when it arrived ({@link System#nanoTime()}). */
  public record Call(String method, String path, String body, long nanos) {
    public DataObject json() {
      return DataObject.fromJson(body);
    }

    /**
     * Whether this call posts a reply to that message, by its reference: JDA puts a random numeric
     * nonce in every message body, which can contain a message id as a substring.
     */
    public boolean repliesTo(String messageId) {
      if (!body.contains("\"message_reference\"")) {
        return false;
      }
      DataObject json = json();
      return !json.isNull("message_reference")
          && messageId.equals(json.getObject("message_reference").getString("message_id", ""));
    }

    @Override
    public String toString() {
      return method + " " + path;
    }
  }

  /** One IDENTIFY (op 2) as the gateway received it: the shard and when (System.nanoTime()). */
  public record Identify(int shard, int total, long nanos) {}

  private final MockWebServer server = new MockWebServer();
  final List<Call> calls = new CopyOnWriteArrayList<>();
  final BlockingQueue<String> fromBot = new LinkedBlockingQueue<>();
  public final AtomicInteger identifies = new AtomicInteger();

  /** Every IDENTIFY in arrival order, on whichever connection (shard) it came. */
  public final List<Identify> identifyLog = new CopyOnWriteArrayList<>();

  /**
   * The {@code session_start_limit.max_concurrency} of {@code GET /gateway/bot}: shards identify in
   * buckets {@code shard_id % max_concurrency} (set before the bot starts).
   */
  public volatile int maxConcurrency = 1;

  final AtomicInteger resumes = new AtomicInteger();

  /** Paths (regex) answered with 403 Missing Permissions (50013). */
  final Set<String> forbidden = ConcurrentHashMap.newKeySet();

  /** Paths (regex) answered once with 429 and a short retry_after, then normally. */
  final Set<String> rateLimitedOnce = ConcurrentHashMap.newKeySet();

  /** Paths (exact) answered with 429 this many more times, then normally. */
  final Map<String, Integer> rateLimitedTimes = new ConcurrentHashMap<>();

  /**
   * The permissions of the guild's {@code @everyone} role, sent with GUILD_CREATE (set before the
   * bot starts). The guild's owner ({@link #USER_ID}) has every permission whatever this says.
   */
  volatile String everyonePermissions = ALL_PERMISSIONS;

  /** Paths (regex) answered once with a global 429 (every route waits), then normally. */
  final Set<String> globallyRateLimitedOnce = ConcurrentHashMap.newKeySet();

  /** The heartbeat interval sent in HELLO (read at each new gateway connection). */
  volatile int heartbeatIntervalMillis = 41_250;

  /** When false, heartbeats (op 1) get no ACK (op 11): a zombie connection. */
  volatile boolean ackHeartbeats = true;

  /** When set, IDENTIFY is answered by closing the gateway with this code (e.g. 4014). */
  volatile int closeOnIdentify;

  /** When set, REST answers 401 to every request, as Discord does for a bad token. */
  volatile boolean rejectToken;

  /** From now on REST answers 401 to every request, as Discord does for a bad token. */
  public void rejectToken() {
    rejectToken = true;
  }

  private boolean readyHeld;
  private final List<WebSocket> heldIdentifies = new ArrayList<>();

  private final AtomicReference<WebSocket> gateway = new AtomicReference<>();
  private final AtomicInteger seq = new AtomicInteger();
  private final AtomicLong ids = new AtomicLong(900_000);
  private final Map<String, DataObject> userMessages = new ConcurrentHashMap<>();

  public FakeDiscord() throws IOException {
    server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            return route(request);
          }
        });
    server.start();
  }

  public String restBaseUrl() {
    return server.url("/api/v10/").toString();
  }

  String gatewayUrl() {
    return "ws://" + server.getHostName() + ":" + server.getPort() + "/gateway";
  }

  // ---- REST ----

  private MockResponse route(RecordedRequest request) {
    long arrived = System.nanoTime();
    String path = request.getUrl().encodedPath();
    if (path.startsWith("/gateway")) {
      return new MockResponse.Builder().webSocketUpgrade(new Gateway()).build();
    }
    String method = request.getMethod();
    String body = request.getBody() == null ? "" : request.getBody().utf8();
    String route = path.substring("/api/v10".length());
    calls.add(new Call(method, route, body, arrived));
    for (String denied : forbidden) {
      if (route.matches(denied)) {
        return json(
            403, DataObject.empty().put("message", "Missing Permissions").put("code", 50013));
      }
    }
    if (rejectToken) {
      return json(401, error(0, "401: Unauthorized"));
    }
    boolean[] limitedNow = new boolean[1];
    rateLimitedTimes.computeIfPresent(
        route,
        (r, left) -> {
          limitedNow[0] = true;
          return left > 1 ? left - 1 : null;
        });
    if (limitedNow[0]) {
      rateLimitedOnce.add(route);
    }
    for (String limited : globallyRateLimitedOnce) {
      if (route.matches(limited) && globallyRateLimitedOnce.remove(limited)) {
        return tooManyRequests(true);
      }
    }
    for (String limited : rateLimitedOnce) {
      if (route.matches(limited) && rateLimitedOnce.remove(limited)) {
        return tooManyRequests(false);
      }
    }
    if (method.equals("GET") && route.equals("/users/@me")) {
      return json(200, self());
    }
    if (method.equals("GET") && route.equals("/gateway/bot")) {
      return json(
          200,
          DataObject.empty()
              .put("url", gatewayUrl())
              .put("shards", 1)
              .put(
                  "session_start_limit",
                  DataObject.empty()
                      .put("total", 1000)
                      .put("remaining", 1000)
                      .put("reset_after", 0)
                      .put("max_concurrency", maxConcurrency)));
    }
    if (method.equals("PUT") && route.matches("/applications/\\d+(/guilds/\\d+)?/commands")) {
      return new MockResponse.Builder()
          .code(200)
          .addHeader("Content-Type", "application/json")
          .body("[]")
          .build();
    }
    if (route.matches("/channels/\\d+/messages/\\d+/reactions/.+/@me")) {
      return new MockResponse.Builder().code(204).build();
    }
    if (method.equals("POST") && route.matches("/channels/\\d+/messages/\\d+/threads")) {
      String[] parts = route.split("/");
      return json(200, thread(parts[4], parts[2], DataObject.fromJson(body).getString("name")));
    }
    if (method.equals("POST") && route.matches("/channels/\\d+/messages")) {
      return json(200, botMessage(route.split("/")[2]));
    }
    if (method.equals("GET") && route.matches("/channels/\\d+/messages/\\d+")) {
      DataObject message = userMessages.get(route.split("/")[4]);
      return message == null ? json(404, error(10008, "Unknown Message")) : json(200, message);
    }
    if (method.equals("POST") && route.equals("/users/@me/channels")) {
      return json(
          200,
          DataObject.empty()
              .put("id", DM_CHANNEL_ID)
              .put("type", 1)
              .put("last_message_id", null)
              .put("recipients", DataArray.empty().add(human())));
    }
    if (method.equals("POST") && route.matches("/interactions/\\d+/[^/]+/callback")) {
      return new MockResponse.Builder().code(204).build();
    }
    if (method.equals("POST") && route.matches("/webhooks/\\d+/[^/]+")) {
      return json(200, botMessage(CHANNEL_ID));
    }
    return json(404, error(0, "Unknown route in fake: " + method + " " + route));
  }

  /** A 429 of a bucket (scope user, 0.2 s) or of the whole bot (scope global, 0.5 s). */
  private static MockResponse tooManyRequests(boolean global) {
    MockResponse.Builder response =
        new MockResponse.Builder()
            .code(429)
            .addHeader("Content-Type", "application/json")
            .addHeader("Retry-After", "1");
    if (global) {
      response.addHeader("X-RateLimit-Global", "true").addHeader("X-RateLimit-Scope", "global");
    } else {
      response
          .addHeader("X-RateLimit-Bucket", "fake-bucket")
          .addHeader("X-RateLimit-Scope", "user")
          .addHeader("X-RateLimit-Limit", "5")
          .addHeader("X-RateLimit-Remaining", "0")
          .addHeader("X-RateLimit-Reset-After", "0.2");
    }
    return response
        .body(
            DataObject.empty()
                .put("message", "You are being rate limited.")
                .put("retry_after", global ? 0.5 : 0.2)
                .put("global", global)
                .toString())
        .build();
  }

  private static MockResponse json(int code, DataObject body) {
    return new MockResponse.Builder()
        .code(code)
        .addHeader("Content-Type", "application/json")
        .body(body.toString())
        .build();
  }

  private static DataObject error(int code, String message) {
    return DataObject.empty().put("code", code).put("message", message);
  }

  // ---- gateway ----

  private final class Gateway extends WebSocketListener {
    @Override
    public void onOpen(WebSocket ws, Response response) {
      gateway.set(ws);
      ws.send(
          "{\"op\":10,\"s\":null,\"t\":null,\"d\":{\"heartbeat_interval\":"
              + heartbeatIntervalMillis
              + "}}");
    }

    @Override
    public void onClosing(WebSocket ws, int code, String reason) {
      ws.close(1000, null); // complete the close handshake the bot started
    }

    @Override
    public void onMessage(WebSocket ws, String text) {
      long received = System.nanoTime();
      fromBot.add(text);
      DataObject payload = DataObject.fromJson(text);
      int op = payload.getInt("op");
      if (op == 2) {
        identifies.incrementAndGet();
        DataArray shard =
            payload.getObject("d").optArray("shard").orElse(DataArray.empty().add(0).add(1));
        identifyLog.add(new Identify(shard.getInt(0), shard.getInt(1), received));
      }
      if (op == 2 && closeOnIdentify != 0) {
        ws.close(closeOnIdentify, "refused by fake");
      } else if (op == 2) {
        // On this connection: with several shards the latest connection may be another shard's.
        answerIdentify(ws);
      } else if (op == 6) {
        resumes.incrementAndGet();
        send(ws, "RESUMED", DataObject.empty());
      } else if (op == 1 && ackHeartbeats) {
        ws.send("{\"op\":11}");
      }
    }
  }

  /**
   * From now on an IDENTIFY is not answered until {@link #releaseReady()}: the bot is connected to
   * the gateway but its shard is not ready (readiness checks can be seen failing first).
   */
  public synchronized void holdReady() {
    readyHeld = true;
  }

  /** Sends the READY (and GUILD_CREATE) held back since {@link #holdReady()}, and stops holding. */
  public synchronized void releaseReady() {
    readyHeld = false;
    for (WebSocket ws : heldIdentifies) {
      send(ws, "READY", ready());
      send(ws, "GUILD_CREATE", guild());
    }
    heldIdentifies.clear();
  }

  private synchronized void answerIdentify(WebSocket ws) {
    if (readyHeld) {
      heldIdentifies.add(ws);
      return;
    }
    send(ws, "READY", ready());
    send(ws, "GUILD_CREATE", guild());
  }

  /** Sends an event on the latest gateway connection. */
  public void dispatch(String type, DataObject data) {
    WebSocket ws = gateway.get();
    if (ws == null) {
      throw new IllegalStateException("no gateway connection");
    }
    send(ws, type, data);
  }

  private void send(WebSocket ws, String type, DataObject data) {
    ws.send(
        DataObject.empty()
            .put("op", 0)
            .put("s", seq.incrementAndGet())
            .put("t", type)
            .put("d", data)
            .toString());
  }

  /** Closes the gateway from the server side, e.g. 4000 (unknown error: JDA resumes). */
  void closeGateway(int code) {
    gateway.get().close(code, "fake closes");
  }

  /** Invalidates the session (op 9, not resumable): the bot must identify again. */
  void invalidateSession() {
    gateway.get().send("{\"op\":9,\"d\":false,\"s\":null,\"t\":null}");
  }

  /** Asks the bot to reconnect (op 7), as Discord does before maintenance. */
  void requestReconnect() {
    gateway.get().send("{\"op\":7,\"d\":null,\"s\":null,\"t\":null}");
  }

  // ---- waiting ----

  /** Waits for a REST call matching the predicate; null on timeout. */
  public @Nullable Call await(Predicate<Call> match, long seconds) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    while (System.nanoTime() < deadline) {
      for (Call call : calls) {
        if (match.test(call)) {
          return call;
        }
      }
      Thread.sleep(20);
    }
    return null;
  }

  public List<Call> calls(Predicate<Call> match) {
    return calls.stream().filter(match).toList();
  }

  // ---- payloads ----

  public static String snowflakeNow() {
    return String.valueOf((System.currentTimeMillis() - 1420070400000L) << 22);
  }

  static String snowflakeMinutesAgo(int minutes) {
    return String.valueOf(
        ((System.currentTimeMillis() - minutes * 60_000L) - 1420070400000L) << 22);
  }

  static DataObject self() {
    return DataObject.empty()
        .put("id", BOT_ID)
        .put("username", "gloss")
        .put("discriminator", "0")
        .put("global_name", null)
        .put("avatar", null)
        .put("bot", true)
        .put("verified", true)
        .put("mfa_enabled", false)
        .put("flags", 0);
  }

  static DataObject human() {
    return user(USER_ID, "reader", false);
  }

  static DataObject user(String id, String name, boolean bot) {
    return DataObject.empty()
        .put("id", id)
        .put("username", name)
        .put("discriminator", "0")
        .put("global_name", name)
        .put("avatar", null)
        .put("bot", bot);
  }

  private DataObject ready() {
    return DataObject.empty()
        .put("v", 10)
        .put("user", self())
        .put(
            "guilds",
            DataArray.empty().add(DataObject.empty().put("id", GUILD_ID).put("unavailable", true)))
        .put("private_channels", DataArray.empty())
        .put("session_id", "fake-session")
        .put("resume_gateway_url", gatewayUrl())
        .put("application", DataObject.empty().put("id", BOT_ID).put("flags", 0));
  }

  private static DataObject member(@Nullable DataObject user) {
    DataObject member =
        DataObject.empty()
            .put("roles", DataArray.empty())
            .put("joined_at", TIMESTAMP)
            .put("deaf", false)
            .put("mute", false)
            .put("flags", 0);
    return user == null ? member : member.put("user", user);
  }

  private DataObject guild() {
    DataObject everyone =
        DataObject.empty()
            .put("id", GUILD_ID)
            .put("name", "@everyone")
            .put("permissions", everyonePermissions)
            .put("position", 0)
            .put("color", 0)
            .put(
                "colors",
                DataObject.empty()
                    .put("primary_color", 0)
                    .put("secondary_color", null)
                    .put("tertiary_color", null))
            .put("hoist", false)
            .put("managed", false)
            .put("mentionable", false)
            .put("flags", 0);
    DataArray channels = DataArray.empty().add(textChannel(CHANNEL_ID, "news"));
    for (String id : MORE_CHANNEL_IDS) {
      channels.add(textChannel(id, "news-" + (Integer.parseInt(id) - 4000)));
    }
    return DataObject.empty()
        .put("id", GUILD_ID)
        .put("name", "테스트 서버")
        .put("owner_id", USER_ID)
        .put("unavailable", false)
        .put("member_count", 2)
        .put("afk_timeout", 300)
        .put("large", false)
        .put("joined_at", TIMESTAMP)
        .put("preferred_locale", "ko")
        .put("features", DataArray.empty())
        .put("premium_progress_bar_enabled", false)
        .put("emojis", DataArray.empty())
        .put("stickers", DataArray.empty())
        .put("voice_states", DataArray.empty())
        .put("presences", DataArray.empty())
        .put("threads", DataArray.empty().add(thread(THREAD_ID, CHANNEL_ID, "토론")))
        .put("guild_scheduled_events", DataArray.empty())
        .put("soundboard_sounds", DataArray.empty())
        .put("roles", DataArray.empty().add(everyone))
        .put("members", DataArray.empty().add(member(self())).add(member(human())))
        .put("channels", channels);
  }

  private static DataObject textChannel(String id, String name) {
    return DataObject.empty()
        .put("id", id)
        .put("type", 0)
        .put("name", name)
        .put("position", 0)
        .put("permission_overwrites", DataArray.empty())
        .put("parent_id", null)
        .put("topic", null)
        .put("nsfw", false)
        .put("last_message_id", null)
        .put("rate_limit_per_user", 0);
  }

  private DataObject botMessage(String channelId) {
    return message(String.valueOf(ids.incrementAndGet()), channelId, self(), "");
  }

  static DataObject message(String id, String channelId, DataObject author, String content) {
    return DataObject.empty()
        .put("id", id)
        .put("channel_id", channelId)
        .put("guild_id", GUILD_ID)
        .put("author", author)
        .put("content", content)
        .put("timestamp", TIMESTAMP)
        .put("edited_timestamp", null)
        .put("tts", false)
        .put("mention_everyone", false)
        .put("mentions", DataArray.empty())
        .put("mention_roles", DataArray.empty())
        .put("attachments", DataArray.empty())
        .put("embeds", DataArray.empty())
        .put("pinned", false)
        .put("type", 0)
        .put("flags", 0)
        .put("components", DataArray.empty());
  }

  /** A message of another member ({@code userId}, not the owner) in #news, remembered. */
  public DataObject userMessage(String id, String userId, String content) {
    return userMessageIn(CHANNEL_ID, id, userId, content);
  }

  /** A message of member {@code userId} in a text channel of the guild, remembered. */
  public DataObject userMessageIn(String channelId, String id, String userId, String content) {
    DataObject author = user(userId, "member-" + userId, false);
    DataObject message = message(id, channelId, author, content).put("member", member(null));
    userMessages.put(id, message);
    return message;
  }

  /** A user's message in #news; remembered so that GET .../messages/{id} can return it. */
  public DataObject userMessage(String id, String content) {
    DataObject message = message(id, CHANNEL_ID, human(), content).put("member", member(null));
    userMessages.put(id, message);
    return message;
  }

  /** A user's message inside the existing thread (or forum post) {@link #THREAD_ID}. */
  static DataObject threadMessage(String id, String content) {
    return message(id, THREAD_ID, human(), content).put("member", member(null));
  }

  /** A direct message from the user to the bot. */
  static DataObject directMessage(String id, String content) {
    DataObject message = message(id, DM_CHANNEL_ID, human(), content).put("channel_type", 1);
    message.remove("guild_id");
    return message;
  }

  /** A direct message, remembered so that GET .../messages/{id} can return it. */
  DataObject userDirectMessage(String id, String content) {
    DataObject message = directMessage(id, content);
    userMessages.put(id, message);
    return message;
  }

  /** The user's reaction on a message of their direct-message channel with the bot. */
  static DataObject directReaction(String messageId, String emoji) {
    return DataObject.empty()
        .put("user_id", USER_ID)
        .put("channel_id", DM_CHANNEL_ID)
        .put("message_id", messageId)
        .put("emoji", DataObject.empty().put("id", null).put("name", emoji))
        .put("burst", false)
        .put("type", 0)
        .put("message_author_id", USER_ID);
  }

  /** The "Summarize with Gloss" message menu used on a user's message. */
  static DataObject contextMenu(String id, String token, String targetId, String content) {
    DataObject target = message(targetId, CHANNEL_ID, human(), content);
    return interaction(
        id,
        token,
        2,
        DataObject.empty()
            .put("id", "7002")
            .put("name", GlossCommands.CONTEXT_MENU)
            .put("type", 3)
            .put("target_id", targetId)
            .put(
                "resolved",
                DataObject.empty().put("messages", DataObject.empty().put(targetId, target))),
        "ko");
  }

  static DataObject botAuthoredMessage(String id, String content) {
    return message(id, CHANNEL_ID, user("3100", "otherbot", true), content)
        .put("member", member(null));
  }

  static DataObject reaction(String messageId, String emoji) {
    return reaction(CHANNEL_ID, messageId, USER_ID, emoji);
  }

  /** Member {@code userId} reacts with {@code emoji} (unicode) on a message of a text channel. */
  public static DataObject reaction(
      String channelId, String messageId, String userId, String emoji) {
    return DataObject.empty()
        .put("user_id", userId)
        .put("channel_id", channelId)
        .put("message_id", messageId)
        .put("guild_id", GUILD_ID)
        .put(
            "member",
            member(userId.equals(USER_ID) ? human() : user(userId, "member-" + userId, false)))
        .put("emoji", DataObject.empty().put("id", null).put("name", emoji))
        .put("burst", false)
        .put("type", 0)
        .put("message_author_id", USER_ID);
  }

  private static DataObject thread(String id, String parentId, String name) {
    return DataObject.empty()
        .put("id", id)
        .put("type", 11)
        .put("guild_id", GUILD_ID)
        .put("parent_id", parentId)
        .put("owner_id", BOT_ID)
        .put("name", name)
        .put("last_message_id", null)
        .put("message_count", 0)
        .put("member_count", 1)
        .put("rate_limit_per_user", 0)
        .put("total_message_sent", 0)
        .put("flags", 0)
        .put("applied_tags", DataArray.empty())
        .put(
            "thread_metadata",
            DataObject.empty()
                .put("archived", false)
                .put("auto_archive_duration", 1440)
                .put("archive_timestamp", TIMESTAMP)
                .put("locked", false));
  }

  private static DataObject interaction(
      String id, String token, int type, DataObject data, String locale) {
    return DataObject.empty()
        .put("id", id)
        .put("application_id", BOT_ID)
        .put("type", type)
        .put("token", token)
        .put("version", 1)
        .put("guild_id", GUILD_ID)
        .put(
            "guild",
            DataObject.empty()
                .put("id", GUILD_ID)
                .put("locale", "ko")
                .put("features", DataArray.empty()))
        .put("channel_id", CHANNEL_ID)
        .put(
            "channel",
            DataObject.empty()
                .put("id", CHANNEL_ID)
                .put("type", 0)
                .put("name", "news")
                .put("guild_id", GUILD_ID)
                .put("position", 0)
                .put("permission_overwrites", DataArray.empty())
                .put("nsfw", false)
                .put("parent_id", null)
                .put("permissions", ALL_PERMISSIONS))
        .put("member", member(human()).put("permissions", ALL_PERMISSIONS))
        .put("data", data)
        .put("locale", locale)
        .put("guild_locale", "ko")
        .put("app_permissions", ALL_PERMISSIONS)
        .put("entitlements", DataArray.empty())
        .put("authorizing_integration_owners", DataObject.empty().put("0", GUILD_ID))
        .put("context", 0);
  }

  /**
   * True when one segment of the call's path is {@code id}: a short message id must not match
   * inside a snowflake of another call.
   */
  public static boolean hasSegment(Call call, String id) {
    return java.util.Arrays.asList(call.path().split("/")).contains(id);
  }

  /** The interaction as given by another member of the guild (not its owner). */
  public static DataObject byMember(DataObject interaction, String userId) {
    interaction.getObject("member").put("user", user(userId, "member-" + userId, false));
    return interaction;
  }

  /** The interaction as given in another text channel of the guild. */
  public static DataObject inChannel(DataObject interaction, String channelId) {
    interaction.put("channel_id", channelId);
    interaction.getObject("channel").put("id", channelId);
    return interaction;
  }

  /** A slash command; options are name/value pairs of string options. */
  public static DataObject slash(String id, String token, String command, String... options) {
    DataArray list = DataArray.empty();
    for (int i = 0; i < options.length; i += 2) {
      list.add(
          DataObject.empty().put("name", options[i]).put("type", 3).put("value", options[i + 1]));
    }
    return interaction(
        id,
        token,
        2,
        DataObject.empty()
            .put("id", "7000")
            .put("name", command)
            .put("type", 1)
            .put("options", list),
        "ko");
  }

  /** A slash command with one subcommand (and its string options). */
  public static DataObject slashSub(
      String id, String token, String command, String sub, String... options) {
    DataArray list = DataArray.empty();
    for (int i = 0; i < options.length; i += 2) {
      list.add(
          DataObject.empty().put("name", options[i]).put("type", 3).put("value", options[i + 1]));
    }
    DataArray subs =
        DataArray.empty()
            .add(DataObject.empty().put("name", sub).put("type", 1).put("options", list));
    return interaction(
        id,
        token,
        2,
        DataObject.empty()
            .put("id", "7001")
            .put("name", command)
            .put("type", 1)
            .put("options", subs),
        "ko");
  }

  /** A slash command with a subcommand group, e.g. {@code /gloss term set}. */
  public static DataObject slashGroup(
      String id, String token, String command, String group, String sub, String... options) {
    DataArray list = DataArray.empty();
    for (int i = 0; i < options.length; i += 2) {
      list.add(
          DataObject.empty().put("name", options[i]).put("type", 3).put("value", options[i + 1]));
    }
    DataArray subs =
        DataArray.empty()
            .add(DataObject.empty().put("name", sub).put("type", 1).put("options", list));
    DataArray groups =
        DataArray.empty()
            .add(DataObject.empty().put("name", group).put("type", 2).put("options", subs));
    return interaction(
        id,
        token,
        2,
        DataObject.empty()
            .put("id", "7003")
            .put("name", command)
            .put("type", 1)
            .put("options", groups),
        "ko");
  }

  static DataObject autocomplete(String id, String token, String prefix) {
    DataArray options =
        DataArray.empty()
            .add(
                DataObject.empty()
                    .put("name", "term")
                    .put("type", 3)
                    .put("value", prefix)
                    .put("focused", true));
    return interaction(
        id,
        token,
        4,
        DataObject.empty()
            .put("id", "7000")
            .put("name", "define")
            .put("type", 1)
            .put("options", options),
        "ko");
  }

  /** A click on a button under one of Gloss's summaries (whose embed links the article). */
  static DataObject button(String id, String token, String customId, String articleUrl) {
    DataObject message =
        message("880000", CHANNEL_ID, self(), "")
            .put(
                "embeds",
                DataArray.empty()
                    .add(
                        DataObject.empty()
                            .put("type", "rich")
                            .put("title", "제목")
                            .put("url", articleUrl)));
    return interaction(
            id,
            token,
            3,
            DataObject.empty().put("custom_id", customId).put("component_type", 2),
            "ko")
        .put("message", message);
  }

  @Override
  public void close() {
    WebSocket ws = gateway.get();
    if (ws != null) {
      ws.close(1000, "bye");
    }
    server.close();
  }
}
