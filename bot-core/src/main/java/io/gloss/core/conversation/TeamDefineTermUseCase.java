package io.gloss.core.conversation;

import io.gloss.core.domain.DefineResult;
import io.gloss.core.domain.GlossaryEntry;
import io.gloss.core.domain.Provenance;
import io.gloss.core.domain.RequestOrigin;
import io.gloss.core.domain.TermKey;
import io.gloss.core.domain.Workspace;
import io.gloss.core.port.in.DefineTermUseCase;
import io.gloss.core.port.out.GlossaryStore;
import io.gloss.core.port.out.TeamGlossaryStore;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /define} with the asking workspace's team glossary first: its explanation wins, the shared
 * ones follow as "other explanations", and no AI explanation is asked for a term the team already
 * explains. Other workspaces' terms are never seen. Autocomplete offers the team's terms too.
 */
public final class TeamDefineTermUseCase implements DefineTermUseCase {
  private static final Logger log = LoggerFactory.getLogger(TeamDefineTermUseCase.class);
  private static final int MAX_APPEARANCES = 5;

  private final DefineTermUseCase shared;
  private final TeamGlossaryStore team;
  private final GlossaryStore glossary;

  public TeamDefineTermUseCase(
      DefineTermUseCase shared, TeamGlossaryStore team, GlossaryStore glossary) {
    this.shared = Objects.requireNonNull(shared, "shared");
    this.team = Objects.requireNonNull(team, "team");
    this.glossary = Objects.requireNonNull(glossary, "glossary");
  }

  @Override
  public DefineResult define(String term) {
    return define(term, RequestOrigin.CLI);
  }

  @Override
  public DefineResult define(String term, RequestOrigin origin) {
    String key = TermKey.of(term.strip());
    Optional<GlossaryEntry> own = key.isEmpty() ? Optional.empty() : teamEntry(origin, key);
    if (own.isEmpty()) {
      return shared.define(term, origin);
    }
    GlossaryEntry entry = own.get();
    String entryKey = TermKey.of(entry.term());
    List<GlossaryEntry> others = new ArrayList<>(glossary.findByKey(entryKey));
    List<Provenance> appearances = glossary.appearances(entryKey, MAX_APPEARANCES);
    return new DefineResult.Found(entry, others, appearances);
  }

  @Override
  public List<String> autocomplete(String prefix, int limit) {
    return shared.autocomplete(prefix, limit);
  }

  @Override
  public List<String> autocomplete(String prefix, int limit, RequestOrigin origin) {
    List<String> found = shared.autocomplete(prefix, limit);
    String key = TermKey.of(prefix);
    Set<String> merged = new LinkedHashSet<>();
    try {
      for (GlossaryEntry entry : team.list(Workspace.of(origin))) {
        if (TermKey.of(entry.term()).startsWith(key)) {
          merged.add(entry.term());
        }
      }
    } catch (RuntimeException e) {
      log.warn("Team glossary unavailable for autocomplete: {}", e.toString());
    }
    merged.addAll(found);
    return merged.stream().limit(Math.max(0, limit)).toList();
  }

  private Optional<GlossaryEntry> teamEntry(RequestOrigin origin, String key) {
    try {
      return team.find(Workspace.of(origin), key);
    } catch (RuntimeException e) {
      log.warn("Team glossary unavailable for /define: {}", e.toString());
      return Optional.empty();
    }
  }
}
