package io.gloss.core.summary;

import static org.assertj.core.api.Assertions.assertThat;

import io.gloss.core.domain.AnalyzedArticle;
import io.gloss.core.domain.Article;
import io.gloss.core.domain.Bullet;
import io.gloss.core.domain.Note;
import io.gloss.core.domain.RequestOrigin;
import io.gloss.core.domain.SummaryDraft;
import io.gloss.core.domain.SummaryMode;
import io.gloss.core.domain.SummaryStyle;
import io.gloss.core.text.DefaultTextAnalyzer;
import io.gloss.core.text.SampleArticles;
import io.gloss.core.text.Words;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExtractiveSummarizerTest {
  private final DefaultTextAnalyzer analyzer = new DefaultTextAnalyzer();
  private final ExtractiveSummarizer summarizer = new ExtractiveSummarizer(new Words());

  private SummaryDraft summarize(Article article, SummaryStyle style, String language) {
    return summarizer.summarize(analyzer.analyze(article), style, language, RequestOrigin.CLI);
  }

  @Test
  void summarize_koreanBrief_threeCleanWholeSentencesInArticleOrder() {
    AnalyzedArticle analyzed = analyzer.analyze(SampleArticles.korean());

    SummaryDraft draft =
        summarizer.summarize(analyzed, SummaryStyle.BRIEF, "ko", RequestOrigin.CLI);

    assertThat(draft.mode()).isEqualTo(SummaryMode.EXTRACTIVE);
    assertThat(draft.model()).isNull();
    assertThat(draft.explanations()).isEmpty();
    assertThat(draft.notes()).isEmpty();
    assertThat(draft.bullets()).hasSize(3);
    List<Integer> ids = draft.bullets().stream().map(b -> b.sentenceIds().get(0)).toList();
    assertThat(ids).isSorted().doesNotHaveDuplicates();
    for (Bullet bullet : draft.bullets()) {
      assertThat(bullet.sentenceIds()).hasSize(1);
      assertThat(bullet.text())
          .isEqualTo(analyzed.sentences().get(bullet.sentenceIds().get(0)).text())
          .doesNotContain("기자 =", "(세종=", "@", "가상뉴스")
          .endsWith(".");
    }
    assertThat(draft.bullets().get(0).text()).startsWith("정부가 소버린 AI");
  }

  @Test
  void summarize_short_givesOneBullet() {
    assertThat(summarize(SampleArticles.korean(), SummaryStyle.SHORT, "ko").bullets()).hasSize(1);
  }

  @Test
  void summarize_styleThatNeedsLlm_givesBriefWithKoreanNote() {
    SummaryDraft draft = summarize(SampleArticles.korean(), SummaryStyle.FIVE_W_ONE_H, "ko");

    assertThat(draft.bullets()).hasSize(3);
    assertThat(draft.notes()).extracting(Note::code).containsExactly("style_needs_llm");
    assertThat(draft.notes().get(0).message()).contains("언어 모델");
  }

  @Test
  void summarize_otherLanguageWanted_addsTranslationNote() {
    SummaryDraft draft = summarize(SampleArticles.korean(), SummaryStyle.SIMPLE, "en");

    assertThat(draft.notes())
        .extracting(Note::code)
        .containsExactly("style_needs_llm", "translation_needs_llm");
  }

  @Test
  void summarize_english_skipsBylineCaptionAndQuoteOnlyLines() {
    SummaryDraft draft = summarize(SampleArticles.english(), SummaryStyle.BRIEF, "en");

    assertThat(draft.notes()).isEmpty();
    assertThat(draft.bullets()).hasSize(3);
    assertThat(draft.bullets())
        .extracting(Bullet::text)
        .noneMatch(t -> t.startsWith("\"") || t.startsWith("Photo") || t.startsWith("By "))
        .noneMatch(t -> t.contains("(CNN)"));
    assertThat(draft.bullets().get(0).text()).startsWith("The city council approved");
  }

  @Test
  void summarize_nearDuplicateSentences_onlyOneIsChosen() {
    Article article =
        article(
            List.of(
                "정부가 내년 반도체 연구 예산을 3조원으로 크게 늘리기로 했다.",
                "정부가 내년 반도체 연구 예산을 3조원으로 크게 늘리기로 결정했다.",
                "업계는 인력 양성 대책이 함께 나와야 한다고 지적했다.",
                "예산은 국회 심의를 거쳐 12월에 확정된다.",
                "지방 대학에는 별도의 연구 거점이 생긴다."));

    SummaryDraft draft = summarize(article, SummaryStyle.BRIEF, "ko");

    assertThat(draft.bullets()).hasSize(3);
    assertThat(draft.bullets())
        .extracting(b -> b.sentenceIds().get(0))
        .doesNotContainSequence(0, 1);
  }

  @Test
  void summarize_captionParagraph_isNeverABullet() {
    Article article =
        article(
            List.of(
                "시청 앞 광장에서 시민들이 행사를 지켜보고 있다.(사진=가상뉴스)",
                "시는 올해 축제 예산을 20억원으로 늘린다고 밝혔다.",
                "축제는 10월 첫 주말에 사흘 동안 열린다."));

    SummaryDraft draft = summarize(article, SummaryStyle.BRIEF, "ko");

    assertThat(draft.bullets()).extracting(Bullet::text).noneMatch(t -> t.contains("사진"));
    assertThat(draft.bullets()).hasSize(2);
  }

  @Test
  void summarize_hugeArticle_ranksOnlyTheFirstSentences() {
    List<String> paragraphs = new java.util.ArrayList<>();
    List<String> places = List.of("광장", "시청", "학교", "공원", "도서관", "시장", "항구");
    List<String> topics = List.of("예산안", "교통 대책", "주택 공급", "의료 개혁", "기후 정책", "교육 과정");
    for (int i = 0; i < 5000; i++) {
      paragraphs.add(
          "시민 " + i + "명이 " + places.get(i % 7) + "에서 " + topics.get(i % 6) + "에 대한 의견을 나눴다.");
    }

    SummaryDraft draft = summarize(article(paragraphs), SummaryStyle.BRIEF, "ko");

    assertThat(draft.bullets()).hasSize(3);
    assertThat(draft.bullets())
        .allMatch(b -> b.sentenceIds().get(0) < ExtractiveSummarizer.MAX_CANDIDATES);
  }

  @Test
  void summarize_emptyBody_givesNoBullets() {
    assertThat(summarize(article(List.of()), SummaryStyle.BRIEF, "ko").bullets()).isEmpty();
  }

  private static Article article(List<String> paragraphs) {
    String url = "https://news.example.kr/a/1";
    return new Article(
        url,
        url,
        null,
        "시 예산 늘린다",
        "가상뉴스",
        List.of(),
        null,
        null,
        "ko",
        null,
        null,
        paragraphs,
        List.of());
  }
}
