package io.gloss.config;

import io.gloss.config.settings.ConfigKeys;
import io.gloss.config.settings.ConfigProblem;
import io.gloss.config.settings.Settings;
import io.gloss.core.store.TokenCipher;
import java.util.ArrayList;
import java.util.List;

/**
 * The checks each component owns (LLM, Slack, Discord), run when the configuration is loaded so
 * that {@code gloss config check} and every command report the same problems, all at once.
 */
public final class ComponentChecks {
  private ComponentChecks() {}

  public static List<ConfigProblem> of(Settings settings) {
    List<ConfigProblem> problems = new ArrayList<>();
    for (String problem : LlmWiring.llmSettings(settings).validate()) {
      // LlmSettings names the key first: "llm.model: required when …".
      int colon = problem.indexOf(": ");
      problems.add(
          colon > 0
              ? new ConfigProblem(problem.substring(0, colon), problem.substring(colon + 2))
              : new ConfigProblem("llm", problem));
    }
    // Checked with or without tokens: a wrong value must not wait for the day a token is set.
    // Without a token, only the missing-token problems are left out.
    boolean slack = ChatAdapters.slackConfigured(settings);
    ChatAdapters.slackSettings(settings).validate().stream()
        .filter(problem -> slack || !problem.startsWith("SLACK_"))
        .forEach(problem -> problems.add(new ConfigProblem("slack", problem)));
    settings
        .optional(ConfigKeys.STORE_ENCRYPTION_KEY)
        .ifPresent(
            key -> {
              try {
                TokenCipher.fromBase64Key(key);
              } catch (IllegalArgumentException e) {
                problems.add(
                    new ConfigProblem(
                        ConfigKeys.STORE_ENCRYPTION_KEY.name(), String.valueOf(e.getMessage())));
              }
            });
    boolean discord = ChatAdapters.discordConfigured(settings);
    ChatAdapters.discordSettings(settings).validate().stream()
        .filter(problem -> discord || !problem.startsWith("DISCORD_TOKEN"))
        .forEach(problem -> problems.add(new ConfigProblem("discord", problem)));
    return problems;
  }
}
