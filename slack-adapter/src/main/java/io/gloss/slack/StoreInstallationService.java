package io.gloss.slack;

import com.slack.api.bolt.model.Bot;
import com.slack.api.bolt.model.Installer;
import com.slack.api.bolt.model.builtin.DefaultBot;
import com.slack.api.bolt.service.InstallationService;
import io.gloss.core.domain.Installation;
import io.gloss.core.port.in.InstallationsUseCase;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Bolt's {@link InstallationService} on Gloss's own store (through the core's {@link
 * InstallationsUseCase}): Bolt's authorization middleware finds each request's bot token here.
 * Installs are saved by {@link OAuthPages} (not through Bolt's installer model), so the save
 * methods are not used. The bot handed to Bolt never carries the refresh token: Gloss renews
 * rotating tokens itself under the store's row lock, and Bolt must not spend the single-use refresh
 * token a second time.
 */
final class StoreInstallationService implements InstallationService {
  private final InstallationsUseCase installations;
  private final InstalledTokens installed;

  StoreInstallationService(InstallationsUseCase installations, InstalledTokens installed) {
    this.installations = installations;
    this.installed = installed;
  }

  @Override
  public boolean isHistoricalDataEnabled() {
    return false;
  }

  @Override
  public void setHistoricalDataEnabled(boolean enabled) {
    if (enabled) {
      throw new UnsupportedOperationException("Gloss keeps only the current installation");
    }
  }

  @Override
  public void saveInstallerAndBot(Installer installer) {
    throw new UnsupportedOperationException("installs are saved by OAuthPages");
  }

  @Override
  public void deleteBot(Bot bot) {
    String team = teamOf(bot.getEnterpriseId(), bot.getTeamId());
    if (team != null) {
      installations.uninstall(team);
    }
  }

  @Override
  public void deleteInstaller(Installer installer) {
    String team = teamOf(installer.getEnterpriseId(), installer.getTeamId());
    if (team != null) {
      installations.uninstall(team);
    }
  }

  @Override
  public @Nullable Bot findBot(@Nullable String enterpriseId, @Nullable String teamId) {
    String team = teamOf(enterpriseId, teamId);
    if (team == null) {
      return null;
    }
    Optional<Installation> found = installed.installation(team);
    if (found.isEmpty()) {
      return null;
    }
    Installation installation = found.get();
    DefaultBot bot = new DefaultBot();
    bot.setTeamId(installation.teamId());
    bot.setEnterpriseId(installation.enterpriseId());
    bot.setTeamName(installation.teamName());
    bot.setBotUserId(installation.botUserId());
    bot.setBotId(installation.botId());
    bot.setBotAccessToken(installation.botToken());
    bot.setScope(installation.botScopes());
    bot.setInstalledAt(installation.installedAt().toEpochMilli());
    return bot;
  }

  @Override
  public @Nullable Installer findInstaller(
      @Nullable String enterpriseId, @Nullable String teamId, @Nullable String userId) {
    return null; // Gloss keeps no user tokens
  }

  /** The store's key: the workspace, or the organization for an organization-wide install. */
  private static @Nullable String teamOf(@Nullable String enterpriseId, @Nullable String teamId) {
    return teamId != null ? teamId : enterpriseId;
  }
}
