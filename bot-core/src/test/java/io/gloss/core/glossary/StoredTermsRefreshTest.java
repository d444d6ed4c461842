package io.gloss.core.glossary;

import static org.assertj.core.api.Assertions.assertThat;

import io.gloss.core.domain.Article;
import io.gloss.core.domain.GlossaryEntry;
import io.gloss.core.domain.Provenance;
import io.gloss.core.domain.SourceKind;
import io.gloss.core.port.out.GlossaryStore;
import io.gloss.core.text.DefaultTextAnalyzer;
import io.gloss.core.text.UserTerms;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * The index of stored terms is reread in the background: a reply never waits for the reread, keeps
 * the previous index when the store fails, and sees new terms once the reread is done.
 */
class StoredTermsRefreshTest {
  private static final java.util.Set<String> READS_OF_THE_WHOLE_GLOSSARY =
      java.util.Set.of("all", "names", "hasAny");

  private final InMemoryGlossaryStore backing = new InMemoryGlossaryStore();
  private final AtomicBoolean listingFails = new AtomicBoolean();
  private volatile Instant now = Instant.parse("2026-12-05T00:00:00Z");

  /**
   * The store, except that every read of the whole glossary (what the reread calls) fails while
   * {@link #listingFails} is set.
   */
  private final GlossaryStore store =
      (GlossaryStore)
          Proxy.newProxyInstance(
              GlossaryStore.class.getClassLoader(),
              new Class<?>[] {GlossaryStore.class},
              (proxy, method, args) -> {
                if (READS_OF_THE_WHOLE_GLOSSARY.contains(method.getName()) && listingFails.get()) {
                  throw new IllegalStateException("store unavailable");
                }
                try {
                  return method.invoke(backing, args);
                } catch (InvocationTargetException e) {
                  throw e.getCause();
                }
              });

  private final Clock clock =
      new Clock() {
        @Override
        public ZoneId getZone() {
          return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
          return this;
        }

        @Override
        public Instant instant() {
          return now;
        }
      };

  private final UserTerms userTerms = new UserTerms();
  private final DefaultTextAnalyzer analyzer = new DefaultTextAnalyzer(userTerms);
  private final GlossaryTermExplainer explainer =
      new GlossaryTermExplainer(store, userTerms, 5, BuiltinGlossary.EMPTY, clock);

  private static GlossaryEntry learned(String term, String explanation) {
    return new GlossaryEntry(
        term,
        List.of(),
        explanation,
        "ko",
        new Provenance(
            SourceKind.LEARNED, "가상일보", "https://news.example.kr/earlier", "앞선 기사", null));
  }

  private List<String> shownTerms(String paragraph) {
    String url = "https://news.example.kr/" + Math.abs(paragraph.hashCode());
    Article article =
        new Article(
            url,
            url,
            null,
            "제목",
            "가상뉴스",
            List.of(),
            null,
            null,
            "ko",
            null,
            null,
            List.of(paragraph),
            List.of());
    return explainer.explain(analyzer.analyze(article), List.of()).stream()
        .map(GlossaryEntry::term)
        .toList();
  }

  @Test
  void storeFailsAfterTheFirstRead_repliesKeepThePreviousIndex_andNewTermsArriveAfterARefresh()
      throws InterruptedException {
    backing.upsert(learned("선적 지연", "화물을 배에 싣는 일정이 늦어지는 것."));
    String text = "항만 혼잡으로 선적 지연이 잦다. 선적 지연 비용이 늘고 환적 대기도 길어졌다. 환적 대기는 처음이다.";
    assertThat(shownTerms(text)).contains("선적 지연").doesNotContain("환적 대기");

    // Past the reuse time with the store failing: the reply still explains from the old index.
    listingFails.set(true);
    now = now.plus(GlossaryTermExplainer.INDEX_TTL).plusSeconds(1);
    assertThat(shownTerms(text)).contains("선적 지연");

    // The store is back with a new term: a later reply sees it once the background reread ran.
    listingFails.set(false);
    backing.upsert(learned("환적 대기", "다른 배로 옮겨 싣기 위해 기다리는 시간."));
    now = now.plus(GlossaryTermExplainer.INDEX_TTL).plusSeconds(1);
    List<String> shown = shownTerms(text);
    // No fixed budget a busy machine trips: a reread that finished after the clock moved counts as
    // fresh, so the clock moves on until one reads the new term (30 s only if it never does).
    for (int i = 0; i < 3_000 && !shown.contains("환적 대기"); i++) {
      Thread.sleep(10);
      now = now.plus(GlossaryTermExplainer.INDEX_TTL).plusSeconds(1);
      shown = shownTerms(text);
    }
    assertThat(shown).contains("선적 지연", "환적 대기");
  }
}
