package io.gloss.slack;

import com.google.gson.Gson;

/** JSON bodies of Slack events and interactions, as Slack sends them (written for the tests). */
public final class SlackEvents {
  private static final Gson GSON = new Gson();

  private SlackEvents() {}

  static String q(String text) {
    return GSON.toJson(text);
  }

  static String callback(String eventId, String eventJson) {
    return "{\"token\":\"legacy\",\"team_id\":\"T0001\",\"api_app_id\":\"A0001\","
        + "\"type\":\"event_callback\",\"event_id\":\""
        + eventId
        + "\",\"event_time\":1700000000,\"authorizations\":[{\"team_id\":\"T0001\","
        + "\"user_id\":\"U0BOT\",\"is_bot\":true}],\"event\":"
        + eventJson
        + "}";
  }

  static String message(String eventId, String ts, String text) {
    return message(eventId, "C0001", "U0001", ts, text);
  }

  /** A user's message in a channel of workspace T0001. */
  public static String message(
      String eventId, String channel, String user, String ts, String text) {
    return callback(
        eventId,
        "{\"type\":\"message\",\"channel\":"
            + q(channel)
            + ",\"user\":"
            + q(user)
            + ",\"text\":"
            + q(text)
            + ",\"ts\":\""
            + ts
            + "\",\"channel_type\":\"channel\",\"event_ts\":\""
            + ts
            + "\"}");
  }

  static String botMessage(String eventId, String ts, String text) {
    return callback(
        eventId,
        "{\"type\":\"message\",\"channel\":\"C0001\",\"user\":\"U0OTHERBOT\",\"bot_id\":\"B0OTHER\","
            + "\"text\":"
            + q(text)
            + ",\"ts\":\""
            + ts
            + "\",\"channel_type\":\"channel\",\"event_ts\":\""
            + ts
            + "\"}");
  }

  static String threadReply(String eventId, String ts, String parentTs, String text) {
    return callback(
        eventId,
        "{\"type\":\"message\",\"channel\":\"C0001\",\"user\":\"U0001\",\"text\":"
            + q(text)
            + ",\"ts\":\""
            + ts
            + "\",\"thread_ts\":\""
            + parentTs
            + "\",\"channel_type\":\"channel\",\"event_ts\":\""
            + ts
            + "\"}");
  }

  static String edit(String eventId, String ts, String text) {
    return callback(
        eventId,
        "{\"type\":\"message\",\"subtype\":\"message_changed\",\"channel\":\"C0001\","
            + "\"hidden\":true,\"ts\":\"1700000999.000001\",\"event_ts\":\"1700000999.000001\","
            + "\"message\":{\"type\":\"message\",\"user\":\"U0001\",\"text\":"
            + q(text)
            + ",\"ts\":\""
            + ts
            + "\"},\"channel_type\":\"channel\"}");
  }

  static String reaction(String eventId, String reaction, String itemTs) {
    return reaction(eventId, reaction, "C0001", "U0002", itemTs);
  }

  /** {@code user} adds {@code reaction} (Slack's name: newspaper) to a message of the channel. */
  public static String reaction(
      String eventId, String reaction, String channel, String user, String itemTs) {
    return callback(
        eventId,
        "{\"type\":\"reaction_added\",\"user\":"
            + q(user)
            + ",\"reaction\":"
            + q(reaction)
            + ",\"item_user\":\"U0001\",\"item\":{\"type\":\"message\",\"channel\":"
            + q(channel)
            + ",\"ts\":\""
            + itemTs
            + "\"},\"event_ts\":\"1700000500.000100\"}");
  }

  static String linkShared(String eventId, String ts, String url, String domain) {
    return callback(
        eventId,
        "{\"type\":\"link_shared\",\"channel\":\"C0001\",\"user\":\"U0001\",\"message_ts\":\""
            + ts
            + "\",\"unfurl_id\":\"u-1\",\"source\":\"conversations_history\",\"links\":[{\"domain\":\""
            + domain
            + "\",\"url\":"
            + q(url)
            + "}],\"event_ts\":\""
            + ts
            + "\"}");
  }

  static String blockAction(String actionId, String value, String messageTs, String responseUrl) {
    return "{\"type\":\"block_actions\",\"team\":{\"id\":\"T0001\",\"domain\":\"gloss\"},"
        + "\"user\":{\"id\":\"U0002\",\"username\":\"reader\",\"team_id\":\"T0001\"},"
        + "\"api_app_id\":\"A0001\",\"token\":\"legacy\",\"trigger_id\":\"1.2.3\","
        + "\"container\":{\"type\":\"message\",\"message_ts\":\""
        + messageTs
        + "\",\"channel_id\":\"C0001\",\"is_ephemeral\":false},"
        + "\"channel\":{\"id\":\"C0001\",\"name\":\"news\"},"
        + "\"message\":{\"type\":\"message\",\"user\":\"U0BOT\",\"ts\":\""
        + messageTs
        + "\",\"thread_ts\":\"1700000000.000100\",\"text\":\"summary\"},"
        + "\"response_url\":"
        + q(responseUrl)
        + ",\"actions\":[{\"type\":\"button\",\"action_id\":\""
        + actionId
        + "\",\"block_id\":\"gloss_actions\",\"text\":{\"type\":\"plain_text\",\"text\":\"x\"},"
        + "\"value\":"
        + q(value)
        + ",\"action_ts\":\"1700000600.000100\"}]}";
  }

  static String ephemeralBlockAction(String actionId, String value, String responseUrl) {
    return "{\"type\":\"block_actions\",\"team\":{\"id\":\"T0001\",\"domain\":\"gloss\"},"
        + "\"user\":{\"id\":\"U0001\",\"username\":\"asker\",\"team_id\":\"T0001\"},"
        + "\"api_app_id\":\"A0001\",\"token\":\"legacy\",\"trigger_id\":\"1.2.3\","
        + "\"container\":{\"type\":\"message\",\"message_ts\":\"1700000700.000100\","
        + "\"channel_id\":\"C0001\",\"is_ephemeral\":true},"
        + "\"channel\":{\"id\":\"C0001\",\"name\":\"news\"},"
        + "\"response_url\":"
        + q(responseUrl)
        + ",\"actions\":[{\"type\":\"button\",\"action_id\":\""
        + actionId
        + "\",\"block_id\":\"b\",\"text\":{\"type\":\"plain_text\",\"text\":\"x\"},"
        + "\"value\":"
        + q(value)
        + ",\"action_ts\":\"1700000700.000200\"}]}";
  }

  static String messageShortcut(String messageTs, String text, String responseUrl) {
    return "{\"type\":\"message_action\",\"callback_id\":\"summarize_with_gloss\","
        + "\"team\":{\"id\":\"T0001\",\"domain\":\"gloss\"},"
        + "\"user\":{\"id\":\"U0002\",\"name\":\"reader\",\"team_id\":\"T0001\"},"
        + "\"channel\":{\"id\":\"C0001\",\"name\":\"news\"},"
        + "\"token\":\"legacy\",\"action_ts\":\"1700000800.000100\",\"message_ts\":\""
        + messageTs
        + "\",\"trigger_id\":\"1.2.3\",\"response_url\":"
        + q(responseUrl)
        + ",\"message\":{\"type\":\"message\",\"user\":\"U0001\",\"ts\":\""
        + messageTs
        + "\",\"text\":"
        + q(text)
        + "}}";
  }
}
