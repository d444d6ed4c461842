package io.gloss.core.digest;

import io.gloss.core.digest.view.Digest;
import io.gloss.core.domain.Article;
import io.gloss.core.domain.Bullet;
import io.gloss.core.domain.ChannelRef;
import io.gloss.core.domain.GlossaryEntry;
import io.gloss.core.domain.Provenance;
import io.gloss.core.domain.SharedLink;
import io.gloss.core.domain.SourceKind;
import io.gloss.core.domain.Summary;
import io.gloss.core.domain.SummaryMode;
import io.gloss.core.domain.SummaryStyle;
import io.gloss.core.domain.TermKey;
import io.gloss.core.port.out.DigestPostException;
import io.gloss.core.port.out.DigestPoster;
import io.gloss.core.store.Stores;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Invented articles, summaries and shares for the digest tests (our own words); shared with the
 * adapters' digest tests through the bot-core test-jar.
 */
public final class DigestFixtures {
  private DigestFixtures() {}

  /** Stores an article with its summary (as the bot does when it answers a link). */
  public static Article summarized(
      Stores stores,
      String url,
      String site,
      String title,
      String lead,
      OffsetDateTime published,
      Instant at,
      GlossaryEntry... terms) {
    Article article =
        new Article(
            url,
            url,
            url,
            title,
            site,
            List.of(),
            published,
            null,
            "ko",
            null,
            null,
            List.of(lead, "둘째 문단은 배경을 설명한다."),
            List.of(terms));
    stores.articles().saveArticle(article, at);
    stores
        .articles()
        .saveSummary(
            new Summary(
                url,
                title,
                site,
                published,
                List.of(),
                1,
                "ko",
                SummaryStyle.BRIEF,
                SummaryMode.EXTRACTIVE,
                null,
                List.of(new Bullet(lead, List.of(0))),
                List.of(terms),
                List.of(),
                article.contentHash()),
            "extractive",
            at);
    for (GlossaryEntry term : terms) {
      stores.glossary().recordAppearance(TermKey.of(term.term()), Provenance.articleBox(article));
    }
    return article;
  }

  static GlossaryEntry term(String term, String definition) {
    return new GlossaryEntry(
        term,
        List.of(),
        definition,
        "ko",
        new Provenance(SourceKind.ARTICLE_BOX, "가상일보", null, null, null));
  }

  static void share(
      Stores stores, ChannelRef channel, String message, String user, String url, Instant at) {
    stores.sharedLinks().record(new SharedLink(channel, message, null, user, url, url, at, 0, 0));
  }

  /** A poster that records what it was asked to post; can be told to refuse or to die. */
  static final class RecordingPoster implements DigestPoster {
    final List<Digest> posted = new ArrayList<>();
    final List<Integer> resumedFrom = new ArrayList<>();
    volatile DigestPostException refuse;
    volatile int parts = 1;
    private int nextId;

    @Override
    public String platform() {
      return "slack";
    }

    @Override
    public synchronized void post(
        Digest digest, int alreadyPosted, java.util.function.Consumer<String> onPosted)
        throws DigestPostException {
      if (refuse != null) {
        throw refuse;
      }
      resumedFrom.add(alreadyPosted);
      for (int part = alreadyPosted; part < parts; part++) {
        onPosted.accept("m" + (++nextId));
      }
      posted.add(digest);
    }

    synchronized int count() {
      return posted.size();
    }
  }
}
