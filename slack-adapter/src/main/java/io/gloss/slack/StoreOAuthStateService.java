package io.gloss.slack;

import com.slack.api.bolt.service.OAuthStateService;
import io.gloss.core.port.in.InstallationsUseCase;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Bolt's {@link OAuthStateService} on Gloss's store: a random state is issued with each {@code
 * /slack/install} (also set in a cookie, so the browser that started the install must be the one
 * that finishes it) and is taken exactly once by the redirect: the check itself deletes it
 * atomically, so two callbacks racing with one state cannot both pass.
 */
final class StoreOAuthStateService implements OAuthStateService {
  private static final SecureRandom RANDOM = new SecureRandom();

  private final InstallationsUseCase installations;

  StoreOAuthStateService(InstallationsUseCase installations) {
    this.installations = installations;
  }

  @Override
  public String generateNewStateValue() {
    byte[] bytes = new byte[24];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  @Override
  public long getExpirationInSeconds() {
    return InstallationsUseCase.STATE_LIFETIME.toSeconds();
  }

  @Override
  public void addNewStateToDatastore(String state) {
    installations.issueState(state);
  }

  /** Takes the state: true once, for an issued state that has not expired. */
  @Override
  public boolean isAvailableInDatabase(String state) {
    return installations.takeState(state);
  }

  @Override
  public void deleteStateFromDatastore(String state) {
    // already deleted when it was checked
  }
}
