package io.gloss.core.text;

import io.gloss.core.domain.AnalyzedArticle;
import io.gloss.core.domain.Article;
import io.gloss.core.domain.GlossaryEntry;
import io.gloss.core.domain.Sentence;
import io.gloss.core.port.out.TextAnalyzer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Splits an article into sentences (datelines and bylines stripped from their starts; ids are
 * positions) and finds its hard-term candidates. The article's own glossary terms join the Nori
 * user dictionary first, so they stay whole. Thread-safe.
 */
public final class DefaultTextAnalyzer implements TextAnalyzer {
  /** How many hard-term candidates an article keeps. */
  public static final int DEFAULT_MAX_HARD_TERMS = 8;

  private final SentenceSplitter splitter;
  private final KoreanWords korean;
  private final HardTermFinder hardTerms;
  private final int maxHardTerms;

  public DefaultTextAnalyzer(KoreanWords korean, int maxHardTerms) {
    this.splitter = new SentenceSplitter();
    this.korean = Objects.requireNonNull(korean, "korean");
    this.hardTerms = new HardTermFinder(korean);
    this.maxHardTerms = maxHardTerms;
  }

  /** An analyzer whose Nori dictionary holds these user terms (e.g. the glossary's terms). */
  public DefaultTextAnalyzer(UserTerms userTerms) {
    this(new KoreanWords(userTerms), DEFAULT_MAX_HARD_TERMS);
  }

  public DefaultTextAnalyzer() {
    this(new UserTerms());
  }

  @Override
  public AnalyzedArticle analyze(Article article) {
    List<String> boxTerms = new ArrayList<>();
    for (GlossaryEntry entry : article.glossary()) {
      boxTerms.add(entry.term());
      boxTerms.addAll(entry.aliases());
    }
    korean.userTerms().addAll(boxTerms);

    List<Sentence> sentences = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    List<String> paragraphs = article.paragraphs();
    Set<Integer> answers = QuestionsAndAnswers.answers(paragraphs);
    for (int p = 0; p < paragraphs.size(); p++) {
      String paragraph = paragraphs.get(p);
      // An interview's answer, quoted whole, would otherwise be one sentence.
      String unmarked = answers.contains(p) ? QuestionsAndAnswers.unmarked(paragraph) : paragraph;
      for (String raw : splitter.split(unmarked)) {
        String text = WireCopy.stripLead(raw);
        if (!text.isEmpty()) {
          sentences.add(new Sentence(sentences.size(), p, text));
          texts.add(text);
        }
      }
    }
    return new AnalyzedArticle(article, sentences, hardTerms.find(texts, maxHardTerms));
  }
}
