package io.gloss.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.gloss.core.domain.GlossaryEntry;
import io.gloss.core.domain.Provenance;
import io.gloss.core.domain.SourceKind;
import io.gloss.core.glossary.InMemoryGlossaryStore;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class KoreanWordsTest {
  private static final String TEXT = "정부가 소버린AI 구축을 위해 과학기술정보통신부와 국가AI컴퓨팅센터를 세운다.";

  @Test
  void words_withoutUserTerms_splitsTheCompound() {
    List<String> words = new KoreanWords().words(TEXT).stream().map(Word::text).toList();

    assertThat(words).doesNotContain("소버린AI").contains("AI");
  }

  @Test
  void words_withGlossaryTerms_keepsThemWholeAsUserTerms() {
    KoreanWords korean = new KoreanWords(new UserTerms(List.of("소버린 AI", "국가AI컴퓨팅센터")));

    List<Word> words = korean.words(TEXT);

    assertThat(words)
        .filteredOn(w -> w.kind() == WordKind.USER_TERM)
        .extracting(Word::text)
        .containsExactly("소버린AI", "국가AI컴퓨팅센터");
  }

  @Test
  void words_termAddedLater_isPickedUpByExistingInstance() {
    UserTerms terms = new UserTerms();
    KoreanWords korean = new KoreanWords(terms);
    assertThat(korean.words(TEXT)).extracting(Word::text).doesNotContain("소버린AI");

    assertThat(terms.addAll(List.of("소버린AI"))).isTrue();
    assertThat(terms.addAll(List.of("소버린-AI"))).isFalse();

    assertThat(korean.words(TEXT)).extracting(Word::text).contains("소버린AI");
  }

  @Test
  void words_fromManyThreads_giveTheSameResult() throws Exception {
    KoreanWords korean = new KoreanWords(new UserTerms(List.of("소버린AI")));
    List<Word> expected = korean.words(TEXT);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<Word>>> results = new ArrayList<>();
      for (int i = 0; i < 40; i++) {
        results.add(pool.submit(() -> korean.words(TEXT)));
      }
      for (Future<List<Word>> result : results) {
        assertThat(result.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdown();
    }
    assertThat(
            Collections.frequency(expected.stream().map(Word::kind).toList(), WordKind.USER_TERM))
        .isEqualTo(1);
  }

  @Test
  void userTermsFromGlossary_skipsImportedDictionaries() {
    InMemoryGlossaryStore store = new InMemoryGlossaryStore();
    store.upsert(
        new GlossaryEntry(
            "소버린 AI", List.of("주권 인공지능"), "설명", "ko", Provenance.of(SourceKind.ARTICLE_BOX)));
    store.upsert(
        new GlossaryEntry("경제협력", List.of(), "설명", "ko", Provenance.of(SourceKind.DICTIONARY)));

    UserTerms terms = UserTerms.fromGlossary(store);

    assertThat(terms.contains("소버린AI")).isTrue();
    assertThat(terms.contains("주권인공지능")).isTrue();
    assertThat(terms.contains("경제협력")).isFalse();
  }

  @Test
  void englishTerms_stemsAndDropsStopwords() {
    assertThat(new EnglishWords().terms("The councils were talking about Britain’s bridges"))
        .containsExactly("council", "talk", "britain", "bridg");
  }
}
