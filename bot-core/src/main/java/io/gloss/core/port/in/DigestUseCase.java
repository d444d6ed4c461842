package io.gloss.core.port.in;

/**
 * The {@code /digest} commands, the same on every platform: the adapter parses the platform's
 * request into a {@link DigestRequest}, states who asks ({@link DigestCaller}) and shows the one
 * answer returned (an ephemeral notice). The team-settings rule (only admins change a subscription
 * or the workspace's zone) is decided here, once; {@code now} posts the digest itself through the
 * platform's poster. Thread-safe.
 */
public interface DigestUseCase {

  /** Runs the request for the caller's channel and returns the answer to show to the caller. */
  String handle(DigestCaller caller, DigestRequest request);
}
