package io.gloss.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.gloss.core.domain.GlossaryEntry;
import io.gloss.core.domain.Provenance;
import io.gloss.core.domain.SourceKind;
import io.gloss.core.glossary.InMemoryGlossaryStore;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Nori's user words: built at the read after terms arrive, once for any number of additions. */
class UserTermsTest {

  @Test
  void additions_areBuiltOnceAtTheNextRead_andOnlyWhenATermIsNew() {
    UserTerms terms = new UserTerms();
    assertThat(terms.snapshot().dictionary()).isNull();

    assertThat(terms.addAll(List.of("소버린AI"))).isTrue();
    assertThat(terms.addAll(List.of("과학기술정보통신부", "GPU"))).isTrue();
    UserTerms.Snapshot first = terms.snapshot();

    assertThat(first.dictionary()).isNotNull();
    assertThat(first.generation()).isEqualTo(1); // two additions, one build
    assertThat(terms.snapshot()).isSameAs(first);

    assertThat(terms.addAll(List.of("소버린 AI", "NPU"))).isFalse(); // nothing new with Hangul
    assertThat(terms.snapshot()).isSameAs(first);

    assertThat(terms.addAll(List.of("기후공시의무화"))).isTrue();
    assertThat(terms.snapshot().generation()).isEqualTo(2);
    assertThat(terms.contains("기후 공시 의무화")).isTrue();
  }

  @Test
  void aNewTerm_isKeptWholeByNoriFromTheNextRead() {
    UserTerms terms = new UserTerms();
    KoreanWords words = new KoreanWords(terms);
    String text = "정부는 기후공시의무화를 미뤘다.";
    assertThat(words.words(text)).extracting(Word::text).doesNotContain("기후공시의무화");

    terms.addAll(List.of("기후공시의무화"));

    assertThat(words.words(text)).extracting(Word::text).contains("기후공시의무화");
  }

  @Test
  void pastItsBound_theEarliestTermsLeaveFirst() {
    UserTerms terms = new UserTerms(3);

    terms.addAll(List.of("가나다", "라마바", "사아자"));
    terms.addAll(List.of("차카타", "파하가"));

    assertThat(terms.size()).isEqualTo(3);
    assertThat(terms.contains("가나다")).isFalse();
    assertThat(terms.contains("라마바")).isFalse();
    assertThat(terms.contains("파하가")).isTrue();
    // Adding one that is held changes nothing, and a bounded dictionary is still built.
    assertThat(terms.addAll(List.of("사아자"))).isFalse();
    assertThat(terms.snapshot().dictionary()).isNotNull();
  }

  @Test
  void fromAGlossaryPastTheBound_theBoxTermsOutlastTheLearnedOnes() {
    InMemoryGlossaryStore store = new InMemoryGlossaryStore();
    for (String term : List.of("가격상한제", "나노공정", "다중채무")) {
      store.upsert(entry(term, SourceKind.ARTICLE_BOX));
    }
    for (String term : List.of("라벨링", "마진콜", "바이오시밀러")) {
      store.upsert(entry(term, SourceKind.ARTICLE_TEXT));
      store.upsert(entry(term + "설명", SourceKind.AI));
    }

    UserTerms terms = UserTerms.fromGlossary(store, 3);

    assertThat(terms.size()).isEqualTo(3);
    assertThat(List.of("가격상한제", "나노공정", "다중채무")).allMatch(terms::contains);
  }

  private static GlossaryEntry entry(String term, SourceKind kind) {
    return new GlossaryEntry(
        term,
        List.of(),
        "가상 설명",
        "ko",
        new Provenance(kind, "가상일보", "https://news.example.kr/" + term, "기사", null));
  }
}
