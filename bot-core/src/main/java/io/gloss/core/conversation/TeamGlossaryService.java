package io.gloss.core.conversation;

import io.gloss.core.domain.GlossaryEntry;
import io.gloss.core.domain.Provenance;
import io.gloss.core.domain.RequestOrigin;
import io.gloss.core.domain.SourceKind;
import io.gloss.core.domain.TeamTermOutcome;
import io.gloss.core.domain.TermKey;
import io.gloss.core.domain.Workspace;
import io.gloss.core.port.in.TeamGlossaryUseCase;
import io.gloss.core.port.out.TeamGlossaryStore;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link TeamGlossaryUseCase} on a {@link TeamGlossaryStore}, scoped by the request's workspace.
 */
public final class TeamGlossaryService implements TeamGlossaryUseCase {
  private static final Logger log = LoggerFactory.getLogger(TeamGlossaryService.class);

  private final TeamGlossaryStore store;

  public TeamGlossaryService(TeamGlossaryStore store) {
    this.store = Objects.requireNonNull(store, "store");
  }

  @Override
  public TeamTermOutcome set(
      RequestOrigin origin,
      boolean admin,
      String term,
      String explanation,
      @Nullable String language) {
    String name = term.strip();
    String text = explanation.strip();
    if (name.isEmpty() || text.isEmpty() || TermKey.of(name).isEmpty()) {
      return TeamTermOutcome.EMPTY;
    }
    if (name.length() > MAX_TERM_CHARS) {
      return TeamTermOutcome.TERM_TOO_LONG;
    }
    if (text.length() > MAX_EXPLANATION_CHARS) {
      return TeamTermOutcome.EXPLANATION_TOO_LONG;
    }
    if (!admin) {
      return TeamTermOutcome.ADMINS_ONLY;
    }
    Workspace workspace = Workspace.of(origin);
    store.put(
        workspace,
        new GlossaryEntry(name, List.of(), text, language, Provenance.of(SourceKind.TEAM)));
    log.info("Team term set by {} in {}", origin.user(), workspace);
    return TeamTermOutcome.SAVED;
  }

  @Override
  public TeamTermOutcome remove(RequestOrigin origin, boolean admin, String term) {
    String name = term.strip();
    if (name.isEmpty() || TermKey.of(name).isEmpty()) {
      return TeamTermOutcome.EMPTY;
    }
    if (name.length() > MAX_TERM_CHARS) {
      return TeamTermOutcome.TERM_TOO_LONG;
    }
    if (!admin) {
      return TeamTermOutcome.ADMINS_ONLY;
    }
    Workspace workspace = Workspace.of(origin);
    boolean removed = store.remove(workspace, TermKey.of(name));
    if (removed) {
      log.info("Team term removed by {} in {}", origin.user(), workspace);
    }
    return removed ? TeamTermOutcome.REMOVED : TeamTermOutcome.NOT_IN_GLOSSARY;
  }

  @Override
  public List<GlossaryEntry> list(RequestOrigin origin) {
    return store.list(Workspace.of(origin));
  }
}
