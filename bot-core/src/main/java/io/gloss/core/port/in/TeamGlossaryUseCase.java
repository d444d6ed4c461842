package io.gloss.core.port.in;

import io.gloss.core.domain.GlossaryEntry;
import io.gloss.core.domain.RequestOrigin;
import io.gloss.core.domain.TeamTermOutcome;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The team glossary ({@code /gloss term set|remove|list}) of the workspace a request comes from:
 * the admin rule and the length limits are decided here, once for every platform. Whether the
 * caller is an admin is a platform fact (Slack workspace admin, Discord Manage Server) the adapter
 * passes in. Thread-safe.
 */
public interface TeamGlossaryUseCase {
  /** Longest term accepted. */
  int MAX_TERM_CHARS = 100;

  /** Longest explanation accepted. */
  int MAX_EXPLANATION_CHARS = 1000;

  /** Sets the workspace's explanation of a term. */
  TeamTermOutcome set(
      RequestOrigin origin,
      boolean admin,
      String term,
      String explanation,
      @Nullable String language);

  /** Removes the workspace's explanation of a term. */
  TeamTermOutcome remove(RequestOrigin origin, boolean admin, String term);

  /** The workspace's entries, by term. */
  List<GlossaryEntry> list(RequestOrigin origin);
}
