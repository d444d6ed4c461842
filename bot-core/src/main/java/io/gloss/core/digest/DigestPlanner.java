package io.gloss.core.digest;

import io.gloss.core.digest.view.Digest;
import io.gloss.core.digest.view.DigestLink;
import io.gloss.core.digest.view.DigestSource;
import io.gloss.core.digest.view.DigestStory;
import io.gloss.core.digest.view.DigestTerm;
import io.gloss.core.digest.view.DigestThread;
import io.gloss.core.domain.Article;
import io.gloss.core.domain.ChannelRef;
import io.gloss.core.domain.GlossaryEntry;
import io.gloss.core.domain.SharedLink;
import io.gloss.core.domain.StoredArticle;
import io.gloss.core.domain.Summary;
import io.gloss.core.domain.TermKey;
import io.gloss.core.port.out.ArticleStore;
import io.gloss.core.port.out.DigestSources;
import io.gloss.core.port.out.SharedLinkLog;
import io.gloss.core.render.ReplyLanguage;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Builds a channel's digest from the shared-link log of a period: one item per story, most engaged
 * first, from what is already stored (titles, summaries, glossary): no fetch, no model call.
 */
public final class DigestPlanner {
  /** Stories shown; the rest are counted ("and N more"). */
  public static final int MAX_STORIES = 15;

  public static final int MAX_TERMS = 5;

  public static final int MAX_UNSUMMARIZED = 10;

  private static final int MAX_SUMMARY_LINE = 200;

  private final SharedLinkLog sharedLinks;
  private final ArticleStore articles;
  private final DigestSources sources;
  private final StoryGrouper grouper;

  public DigestPlanner(
      SharedLinkLog sharedLinks,
      ArticleStore articles,
      DigestSources sources,
      StoryGrouper grouper) {
    this.sharedLinks = Objects.requireNonNull(sharedLinks, "sharedLinks");
    this.articles = Objects.requireNonNull(articles, "articles");
    this.sources = Objects.requireNonNull(sources, "sources");
    this.grouper = Objects.requireNonNull(grouper, "grouper");
  }

  /** Everything shared in the channel from {@code start} (inclusive) to {@code end} (exclusive). */
  public Digest plan(
      ChannelRef channel, ReplyLanguage language, ZoneId zone, Instant start, Instant end) {
    Map<String, Shares> byArticle = new LinkedHashMap<>();
    List<DigestLink> unsummarized = new ArrayList<>();
    Set<String> unsummarizedUrls = new HashSet<>();
    for (SharedLink link : sharedLinks.since(channel, start)) {
      if (!link.sharedAt().isBefore(end)) {
        continue;
      }
      Optional<StoredArticle> byCanonical = articles.findArticle(link.canonicalUrl());
      Optional<StoredArticle> stored =
          byCanonical.isPresent() ? byCanonical : articles.findArticle(link.url());
      String key = stored.map(s -> s.article().canonicalUrl()).orElse(link.canonicalUrl());
      Shares known = byArticle.get(key);
      if (known != null) {
        known.links.add(link);
        continue;
      }
      Optional<Summary> summary =
          unsummarizedUrls.contains(key) ? Optional.empty() : sources.latestSummary(key);
      if (summary.isEmpty()) {
        if (unsummarizedUrls.add(key)) {
          unsummarized.add(
              new DigestLink(stored.map(s -> s.article().title()).orElse(null), link.url()));
        }
        continue;
      }
      Shares shares =
          new Shares(key, summary.get(), stored.map(StoredArticle::article).orElse(null));
      shares.links.add(link);
      byArticle.put(key, shares);
    }

    List<Shares> entries = new ArrayList<>(byArticle.values());
    List<StoryCandidate> candidates = new ArrayList<>(entries.size());
    for (Shares entry : entries) {
      candidates.add(
          new StoryCandidate(
              entry.key,
              outlet(entry.summary, entry.article, entry.key),
              entry.summary.title(),
              lead(entry.summary, entry.article),
              entry.summary.published()));
    }
    List<DigestStory> stories = new ArrayList<>();
    for (List<Integer> group : grouper.group(candidates)) {
      List<Shares> members = new ArrayList<>();
      List<StoryCandidate> memberCandidates = new ArrayList<>();
      for (int index : group) {
        members.add(entries.get(index));
        memberCandidates.add(candidates.get(index));
      }
      stories.add(story(members, memberCandidates));
    }
    stories.sort(ENGAGEMENT);
    int more = Math.max(0, stories.size() - MAX_STORIES);
    List<DigestStory> shown = stories.subList(0, Math.min(stories.size(), MAX_STORIES));
    List<DigestTerm> terms = terms(entries, start, end);
    LocalDate date = LocalDate.ofInstant(end, zone);
    return new Digest(
        channel,
        language,
        date,
        zone,
        start,
        end,
        shown,
        more,
        terms,
        unsummarized.subList(0, Math.min(unsummarized.size(), MAX_UNSUMMARIZED)));
  }

  /** Most distinct sharers, then most shares, then reactions, then the most recent. */
  static final Comparator<DigestStory> ENGAGEMENT =
      Comparator.comparingInt(DigestStory::sharers)
          .thenComparingInt(DigestStory::shares)
          .thenComparingInt(DigestStory::reactions)
          .thenComparing(DigestStory::lastShared)
          .reversed();

  private static DigestStory story(List<Shares> members, List<StoryCandidate> candidates) {
    // The lead article is the one shared most (then first shared): its headline heads the item.
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < members.size(); i++) {
      order.add(i);
    }
    order.sort(
        Comparator.<Integer>comparingInt(i -> -members.get(i).links.size())
            .thenComparing(i -> members.get(i).first()));
    Set<String> sharers = new HashSet<>();
    int shares = 0;
    int reactions = 0;
    Instant last = Instant.MIN;
    DigestThread thread = null;
    Instant firstShared = Instant.MAX;
    List<DigestSource> sourcesOfStory = new ArrayList<>();
    for (int index : order) {
      Shares of = members.get(index);
      for (SharedLink link : of.links) {
        sharers.add(link.user());
        shares++;
        reactions += link.reactions();
        if (link.sharedAt().isAfter(last)) {
          last = link.sharedAt();
        }
        if (link.sharedAt().isBefore(firstShared)) {
          firstShared = link.sharedAt();
          thread = new DigestThread(link.messageRef(), link.threadRef());
        }
      }
      StoryCandidate candidate = candidates.get(index);
      sourcesOfStory.add(new DigestSource(candidate.outlet(), candidate.title(), of.key));
    }
    Summary lead = members.get(order.get(0)).summary;
    return new DigestStory(
        lead.title(),
        summaryLine(lead),
        sourcesOfStory,
        thread,
        sharers.size(),
        shares,
        reactions,
        last);
  }

  private List<DigestTerm> terms(List<Shares> entries, Instant start, Instant end) {
    Map<String, GlossaryEntry> candidates = new LinkedHashMap<>();
    for (Shares entry : entries) {
      for (GlossaryEntry term : entry.summary.glossary()) {
        candidates.putIfAbsent(TermKey.of(term.term()), term);
      }
    }
    if (candidates.isEmpty()) {
      return List.of();
    }
    Map<String, Instant> first = sources.firstAppearances(candidates.keySet());
    List<DigestTerm> terms = new ArrayList<>();
    for (Map.Entry<String, GlossaryEntry> candidate : candidates.entrySet()) {
      Instant seen = first.get(candidate.getKey());
      // Only terms the team met for the first time in this period; an unrecorded term is not
      // claimed to be new.
      if (seen != null && !seen.isBefore(start) && seen.isBefore(end)) {
        GlossaryEntry entry = candidate.getValue();
        terms.add(new DigestTerm(entry.term(), entry.definition(), entry.provenance().kind()));
        if (terms.size() == MAX_TERMS) {
          break;
        }
      }
    }
    return terms;
  }

  private static @Nullable String summaryLine(Summary summary) {
    if (summary.bullets().isEmpty()) {
      return null;
    }
    String line = summary.bullets().get(0).text().strip().replaceAll("\\s+", " ");
    if (line.length() <= MAX_SUMMARY_LINE) {
      return line;
    }
    int cut = line.lastIndexOf(' ', MAX_SUMMARY_LINE - 1);
    return line.substring(0, cut > MAX_SUMMARY_LINE / 2 ? cut : MAX_SUMMARY_LINE - 1) + "…";
  }

  private static String lead(Summary summary, @Nullable Article article) {
    if (article != null && !article.paragraphs().isEmpty()) {
      return article.paragraphs().get(0);
    }
    return summary.bullets().isEmpty() ? "" : summary.bullets().get(0).text();
  }

  static String outlet(Summary summary, @Nullable Article article, String url) {
    if (summary.site() != null && !summary.site().isBlank()) {
      return summary.site();
    }
    if (article != null && article.site() != null && !article.site().isBlank()) {
      return article.site();
    }
    try {
      String host = URI.create(url).getHost();
      return host == null ? url : host.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
    } catch (IllegalArgumentException e) {
      return url;
    }
  }

  /** The shares of one summarized article. */
  private static final class Shares {
    final String key;
    final Summary summary;
    final @Nullable Article article;
    final List<SharedLink> links = new ArrayList<>();

    Shares(String key, Summary summary, @Nullable Article article) {
      this.key = key;
      this.summary = summary;
      this.article = article;
    }

    Instant first() {
      return links.get(0).sharedAt();
    }
  }
}
