package io.gloss.core.glossary;

import static org.assertj.core.api.Assertions.assertThat;

import io.gloss.core.domain.AnalyzedArticle;
import io.gloss.core.domain.Article;
import io.gloss.core.domain.Bullet;
import io.gloss.core.domain.DefineResult;
import io.gloss.core.domain.GlossaryEntry;
import io.gloss.core.domain.Provenance;
import io.gloss.core.domain.RequestOrigin;
import io.gloss.core.domain.SourceKind;
import io.gloss.core.domain.SummaryDraft;
import io.gloss.core.domain.SummaryStyle;
import io.gloss.core.summary.ExtractiveSummarizer;
import io.gloss.core.text.DefaultTextAnalyzer;
import io.gloss.core.text.KoreanWords;
import io.gloss.core.text.UserTerms;
import io.gloss.core.text.Words;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The seed article (read at run time, never copied): its reply shows the three box terms with the
 * article as source, then only hard terms that truly have an explanation, and /define finds them.
 * The body and box are taken from the page with a few selectors here; the real extractor is another
 * component.
 */
class SeedArticleTest {
  private static final Path SEED = Path.of("../../shared/seed/000_de1c2da22072e404.txt");
  private static final String URL = "https://v.daum.net/v/20250804185331304";

  private final InMemoryGlossaryStore store = new InMemoryGlossaryStore();
  private final UserTerms userTerms = new UserTerms();
  private final DefaultTextAnalyzer analyzer = new DefaultTextAnalyzer(userTerms);
  private final ExtractiveSummarizer summarizer =
      new ExtractiveSummarizer(
          new Words(new KoreanWords(userTerms), new io.gloss.core.text.EnglishWords()));
  private final GlossaryTermExplainer explainer = new GlossaryTermExplainer(store, userTerms);
  private Article article;

  @BeforeEach
  void readSeed() throws IOException {
    Path seed = Files.exists(SEED) ? SEED : Path.of("../").resolve(SEED);
    Assumptions.assumeTrue(Files.exists(seed), "seed article not present");
    String page = Files.readString(seed, StandardCharsets.UTF_8);
    String title = page.substring(0, page.indexOf(" 작성일")).strip();
    Document doc = Jsoup.parse(page);
    List<String> paragraphs = new ArrayList<>();
    Map<String, GlossaryEntry> box = new LinkedHashMap<>();
    Provenance provenance = new Provenance(SourceKind.ARTICLE_BOX, "뉴스1", URL, title, null);
    for (Element p : doc.select("p[dmcf-ptype=general]")) {
      String html = p.html();
      if (!html.contains("용어설명")) {
        paragraphs.add(p.text());
        continue;
      }
      List<String> lines = new ArrayList<>();
      for (String part : html.split("<br>")) {
        String line = Jsoup.parse(part).text().strip();
        if (!line.isEmpty()) {
          lines.add(line);
        }
      }
      int start = 0;
      while (start < lines.size() && !lines.get(start).contains("용어설명")) {
        paragraphs.add(lines.get(start++));
      }
      for (int i = start + 1; i + 1 < lines.size(); i++) {
        if (lines.get(i).startsWith("■")) {
          String term = lines.get(i).substring(1).strip();
          box.putIfAbsent(
              term, new GlossaryEntry(term, List.of(), lines.get(i + 1), "ko", provenance));
        }
      }
    }
    article =
        new Article(
            URL,
            URL,
            null,
            title,
            "뉴스1",
            List.of("윤주영"),
            null,
            null,
            "ko",
            null,
            null,
            paragraphs,
            List.copyOf(box.values()));
  }

  @Test
  void reply_showsTheBoxTermsFirstAndOnlyRealExplanations() {
    assertThat(article.glossary())
        .extracting(GlossaryEntry::term)
        .containsExactly("소버린 AI", "APEC", "풀스택");
    AnalyzedArticle analyzed = analyzer.analyze(article);
    SummaryDraft draft =
        summarizer.summarize(analyzed, SummaryStyle.BRIEF, "ko", RequestOrigin.CLI);
    List<GlossaryEntry> glossary = explainer.explain(analyzed, draft.explanations());

    draft.bullets().forEach(b -> System.out.println("• " + b.text() + " " + b.sentenceIds()));
    glossary.forEach(
        e ->
            System.out.println(
                e.term() + " — " + e.definition() + " [" + e.provenance().kind().code() + "]"));
    System.out.println("hard terms: " + analyzed.hardTerms());

    assertThat(draft.bullets()).hasSize(3);
    assertThat(draft.bullets())
        .extracting(Bullet::text)
        .doesNotHaveDuplicates()
        .allMatch(t -> t.endsWith("다.") && !t.contains("기자 =") && !t.contains("@"));
    assertThat(glossary.subList(0, 3))
        .extracting(GlossaryEntry::term)
        .containsExactly("소버린 AI", "APEC", "풀스택");
    assertThat(glossary.subList(0, 3))
        .allMatch(
            e ->
                e.provenance().kind() == SourceKind.ARTICLE_BOX
                    && URL.equals(e.provenance().url()));
    assertThat(glossary)
        .allMatch(
            e ->
                e.provenance().kind() == SourceKind.ARTICLE_BOX
                    || e.provenance().kind() == SourceKind.ARTICLE_TEXT);
    assertThat(glossary).hasSizeLessThanOrEqualTo(GlossaryTermExplainer.DEFAULT_MAX_ENTRIES);
    assertThat(glossary.stream().map(GlossaryEntry::term)).doesNotHaveDuplicates();
    // "GPU — 그래픽처리장치" is learned for /define; the box already chose this article's terms.
    assertThat(store.findByKey(io.gloss.core.domain.TermKey.of("GPU")))
        .extracting(GlossaryEntry::definition)
        .contains("그래픽처리장치");
  }

  @Test
  void define_afterTheSeed_findsTermsAndSuggests() {
    explainer.explain(analyzer.analyze(article), List.of());
    DefineTermService define = new DefineTermService(store);

    assertThat(define.define("소버린AI"))
        .isInstanceOfSatisfying(
            DefineResult.Found.class,
            f -> {
              assertThat(f.entry().term()).isEqualTo("소버린 AI");
              assertThat(f.entry().provenance().kind()).isEqualTo(SourceKind.ARTICLE_BOX);
              assertThat(f.appearances()).extracting(Provenance::url).containsExactly(URL);
            });
    assertThat(define.define("소버린 AI")).isInstanceOf(DefineResult.Found.class);
    assertThat(define.define("아시아태평양경제협력체"))
        .isInstanceOfSatisfying(
            DefineResult.Found.class,
            f -> {
              assertThat(f.entry().term()).isEqualTo("APEC");
              assertThat(f.entry().provenance().kind()).isEqualTo(SourceKind.ARTICLE_BOX);
              assertThat(f.entry().aliases()).contains("아시아태평양경제협력체");
            });
    assertThat(define.define("소버린")).isEqualTo(new DefineResult.NotFound("소버린", List.of("소버린 AI")));
  }
}
