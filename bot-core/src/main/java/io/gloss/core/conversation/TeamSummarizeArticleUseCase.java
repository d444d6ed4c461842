package io.gloss.core.conversation;

import io.gloss.core.domain.FetchedPage;
import io.gloss.core.domain.GlossaryEntry;
import io.gloss.core.domain.SummaryRequest;
import io.gloss.core.domain.SummaryResult;
import io.gloss.core.domain.Workspace;
import io.gloss.core.port.in.SummarizeArticleUseCase;
import io.gloss.core.port.out.TeamGlossaryStore;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decorates the shared summarize use case (cached or not) with the asking workspace's team
 * glossary, applied as the reply is composed: the article-level result stays shared across
 * workspaces, and a term a team sets shows on its very next reply. When the team glossary cannot be
 * read (store down), the shared reply is still answered.
 */
public final class TeamSummarizeArticleUseCase implements SummarizeArticleUseCase {
  private static final Logger log = LoggerFactory.getLogger(TeamSummarizeArticleUseCase.class);

  private final SummarizeArticleUseCase shared;
  private final TeamGlossaryStore team;

  public TeamSummarizeArticleUseCase(SummarizeArticleUseCase shared, TeamGlossaryStore team) {
    this.shared = Objects.requireNonNull(shared, "shared");
    this.team = Objects.requireNonNull(team, "team");
  }

  @Override
  public SummaryResult summarize(SummaryRequest request) {
    return withTeam(shared.summarize(request), request);
  }

  @Override
  public SummaryResult summarizePage(FetchedPage page, SummaryRequest request) {
    return withTeam(shared.summarizePage(page, request), request);
  }

  private SummaryResult withTeam(SummaryResult result, SummaryRequest request) {
    if (!(result instanceof SummaryResult.Success success)) {
      return result;
    }
    List<GlossaryEntry> terms;
    try {
      terms = team.list(Workspace.of(request.origin()));
    } catch (RuntimeException e) {
      log.warn("Team glossary unavailable; answering without it: {}", e.toString());
      return result;
    }
    return new SummaryResult.Success(TeamLayer.apply(success.summary(), terms), success.cached());
  }
}
