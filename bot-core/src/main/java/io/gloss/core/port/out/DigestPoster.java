package io.gloss.core.port.out;

import io.gloss.core.digest.view.Digest;
import java.util.function.Consumer;

/**
 * Posts a digest to one platform: renders it into messages within the platform's limits (split
 * between items, never inside one; no mentions) and posts them in order in the channel, paced and
 * honouring Retry-After. Implemented by each adapter.
 */
public interface DigestPoster {

  /** {@code slack} or {@code discord}: the platform of the channels it posts to. */
  String platform();

  /**
   * Posts the digest's messages, skipping the first {@code alreadyPosted} (a retry after a crash
   * resumes where the previous attempt stopped).
   *
   * @param posted called with the message id right after each message is posted
   * @throws DigestPostException if a message could not be posted
   */
  void post(Digest digest, int alreadyPosted, Consumer<String> posted) throws DigestPostException;
}
