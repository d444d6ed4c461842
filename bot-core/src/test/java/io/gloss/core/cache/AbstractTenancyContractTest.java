package io.gloss.core.cache;

import static org.assertj.core.api.Assertions.assertThat;

import io.gloss.core.conversation.TeamDefineTermUseCase;
import io.gloss.core.conversation.TeamGlossaryService;
import io.gloss.core.conversation.TeamSummarizeArticleUseCase;
import io.gloss.core.domain.DefineResult;
import io.gloss.core.domain.GlossaryEntry;
import io.gloss.core.domain.RequestOrigin;
import io.gloss.core.domain.SourceKind;
import io.gloss.core.domain.SummaryRequest;
import io.gloss.core.domain.SummaryResult;
import io.gloss.core.domain.SummaryStyle;
import io.gloss.core.domain.TeamTermOutcome;
import io.gloss.core.domain.Workspace;
import io.gloss.core.glossary.DefineTermService;
import io.gloss.core.glossary.GlossaryExporter;
import io.gloss.core.port.in.SummarizeArticleUseCase;
import io.gloss.core.store.JdbcArticleStore;
import io.gloss.core.store.JdbcGlossaryStore;
import io.gloss.core.store.StoreContract;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/**
 * Tenancy on every database (issue #11): two workspaces' team glossaries never touch each other
 * (set, list, remove, export, {@code /define}, link replies), and a team override shows on the very
 * next reply even when the shared article result comes from the cache.
 */
abstract class AbstractTenancyContractTest extends StoreContract {
  private static final String URL = "https://news.example/article/tenancy";
  private static final RequestOrigin T1 = new RequestOrigin("slack", "T1", "C1", "U1");
  private static final RequestOrigin T2 = new RequestOrigin("slack", "T2", "C9", "U9");
  private static final RequestOrigin GUILD = new RequestOrigin("discord", "T1", "C1", "U1");

  private final FakePipeline site = new FakePipeline();

  private JdbcGlossaryStore glossary() {
    return new JdbcGlossaryStore(database, clock);
  }

  @Test
  void setListRemove_inOneWorkspace_neverTouchTheOther() {
    TeamGlossaryService team = new TeamGlossaryService(glossary());

    assertThat(team.set(T1, true, "소버린AI", "T1 팀의 설명", "ko")).isEqualTo(TeamTermOutcome.SAVED);
    assertThat(team.set(T2, true, "소버린 AI", "T2 팀의 설명", "ko")).isEqualTo(TeamTermOutcome.SAVED);
    assertThat(team.set(GUILD, true, "핀테크", "길드의 설명", "ko")).isEqualTo(TeamTermOutcome.SAVED);

    assertThat(team.list(T1)).extracting(GlossaryEntry::definition).containsExactly("T1 팀의 설명");
    assertThat(team.list(T2)).extracting(GlossaryEntry::definition).containsExactly("T2 팀의 설명");
    assertThat(team.list(GUILD))
        .as("a Discord guild whose id equals a Slack team id is another workspace")
        .extracting(GlossaryEntry::definition)
        .containsExactly("길드의 설명");

    assertThat(team.remove(T2, true, "핀테크")).isEqualTo(TeamTermOutcome.NOT_IN_GLOSSARY);
    assertThat(team.remove(T2, true, "소버린AI")).isEqualTo(TeamTermOutcome.REMOVED);
    assertThat(team.list(T2)).isEmpty();
    assertThat(team.list(T1)).extracting(GlossaryEntry::definition).containsExactly("T1 팀의 설명");
    assertThat(team.list(GUILD)).hasSize(1);
    assertThat(glossary().all())
        .as("team entries never reach the shared glossary")
        .noneMatch(e -> e.provenance().kind() == SourceKind.TEAM);
  }

  @Test
  void set_again_replacesTheWorkspacesOwnEntry_andRestartKeepsIt() {
    TeamGlossaryService team = new TeamGlossaryService(glossary());
    team.set(T1, true, "소버린AI", "첫 설명", "ko");
    clock.advance(java.time.Duration.ofSeconds(1));
    team.set(T1, true, "소버린 AI", "고친 설명", "ko");

    TeamGlossaryService afterRestart =
        new TeamGlossaryService(new JdbcGlossaryStore(restart(), clock));

    assertThat(afterRestart.list(T1))
        .extracting(GlossaryEntry::term, GlossaryEntry::definition)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("소버린 AI", "고친 설명"));
  }

  @Test
  void export_ofOneWorkspace_hasOnlyItsTeamTerms() throws Exception {
    JdbcGlossaryStore store = glossary();
    TeamGlossaryService team = new TeamGlossaryService(store);
    team.set(T1, true, "우리용어", "T1만 아는 설명", "ko");
    team.set(T2, true, "남의용어", "T2만 아는 설명", "ko");

    StringWriter out = new StringWriter();
    new GlossaryExporter(store, store, Workspace.of(T1)).exportJson(out);

    assertThat(out.toString()).contains("우리용어").doesNotContain("남의용어").doesNotContain("T2");
  }

  @Test
  void define_usesOnlyTheAskingWorkspacesOverride_withTheTeamsOwnName() {
    JdbcGlossaryStore store = glossary();
    TeamGlossaryService team = new TeamGlossaryService(store);
    TeamDefineTermUseCase define =
        new TeamDefineTermUseCase(new DefineTermService(store), store, store);
    team.set(T1, true, "핀테크", "T1이 정한 설명", "ko");

    assertThat(define.define("핀테크", T1))
        .isInstanceOfSatisfying(
            DefineResult.Found.class,
            found -> {
              assertThat(found.entry().definition()).isEqualTo("T1이 정한 설명");
              assertThat(found.entry().provenance().kind()).isEqualTo(SourceKind.TEAM);
              assertThat(found.entry().provenance().name())
                  .as("never an internal id such as team:T1")
                  .isNull();
            });
    assertThat(define.define("핀테크", T2)).isInstanceOf(DefineResult.NotFound.class);
    assertThat(define.autocomplete("핀", 25, T1)).containsExactly("핀테크");
    assertThat(define.autocomplete("핀", 25, T2)).isEmpty();
  }

  @Test
  void override_showsOnTheNextReply_evenFromTheCache_andOnlyInItsWorkspace() {
    site.pages.put(URL, "AI 주권 논의\n\n정부가 소버린AI 전략과 핀테크 지원책을 내놓았다.\n\n업계는 환영했다.");
    JdbcGlossaryStore store = glossary();
    CachingSummarizeArticleUseCase cache =
        new CachingSummarizeArticleUseCase(
            site.extract,
            site.service,
            new JdbcArticleStore(database, clock),
            SummaryCacheSettings.defaults("extractive"),
            clock,
            new FakeTicker(),
            Runnable::run);
    SummarizeArticleUseCase replies = new TeamSummarizeArticleUseCase(cache, store);
    TeamGlossaryService team = new TeamGlossaryService(store);

    SummaryResult.Success first = success(replies.summarize(request(T1)));
    assertThat(first.summary().glossary())
        .extracting(GlossaryEntry::definition)
        .containsExactly("자국 인프라로 운영하는 AI.");

    team.set(T1, true, "소버린 AI", "T1 팀이 고친 설명", "ko");
    team.set(T1, true, "핀테크", "금융과 기술을 합친 말 (T1)", "ko");
    SummaryResult.Success cached = success(replies.summarize(request(T1)));
    SummaryResult.Success other = success(replies.summarize(request(T2)));

    assertThat(cached.cached()).isTrue();
    assertThat(site.fetches.get()).isEqualTo(1);
    assertThat(cached.summary().glossary())
        .extracting(GlossaryEntry::definition)
        .containsExactly("T1 팀이 고친 설명", "금융과 기술을 합친 말 (T1)");
    assertThat(other.summary().glossary())
        .as("the other workspace sees the shared article glossary only")
        .extracting(GlossaryEntry::definition)
        .containsExactly("자국 인프라로 운영하는 AI.");

    team.remove(T1, true, "소버린AI");
    assertThat(success(replies.summarize(request(T1))).summary().glossary())
        .extracting(GlossaryEntry::definition)
        .containsExactly("자국 인프라로 운영하는 AI.", "금융과 기술을 합친 말 (T1)");
  }

  private static SummaryRequest request(RequestOrigin origin) {
    return new SummaryRequest(URL, SummaryStyle.BRIEF, null, origin);
  }

  private static SummaryResult.Success success(SummaryResult result) {
    assertThat(result).isInstanceOf(SummaryResult.Success.class);
    return (SummaryResult.Success) result;
  }
}
