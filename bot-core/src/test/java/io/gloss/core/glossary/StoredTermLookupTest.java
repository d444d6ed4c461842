package io.gloss.core.glossary;

import static org.assertj.core.api.Assertions.assertThat;

import io.gloss.core.domain.GlossaryEntry;
import io.gloss.core.domain.Provenance;
import io.gloss.core.domain.SourceKind;
import io.gloss.core.domain.TermKey;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A dictionary looked up by key finds in a text exactly what a matcher of the whole dictionary
 * finds: same terms, counts and first places, whatever the spelling, spacing, case or particles.
 */
class StoredTermLookupTest {
  private static final Set<SourceKind> ONLY_DICTIONARY = Set.of(SourceKind.DICTIONARY);

  private static final Provenance DICTIONARY =
      new Provenance(SourceKind.DICTIONARY, "가상사전", null, null, null);

  /** Words texts and terms are made of: Korean, Latin in several cases, acronyms, numbers. */
  private static final String[] WORDS = {
    "기준", "금리", "물가", "상승률", "반도체", "수율", "전세", "세계", "국내", "총생산", "소버린", "AI", "HBM", "hbm4",
    "Swift", "SWIFT", "yield", "curve", "Yield", "term", "premium", "cross", "CROs", "CRO",
    "Chang'e", "change", "S&P", "500", "M1", "M16", "tariff", "TARIFFS", "네트워크", "슬라이싱"
  };

  private static final String[] GLUE = {" ", " ", " ", "", "-", ", ", ". ", "이 ", "를 ", "의 ", "s "};

  @Test
  void find_givesWhatAMatcherOfTheWholeDictionaryGives() {
    Random random = new Random(20261207);
    for (int round = 0; round < 300; round++) {
      Map<String, String> spellings = new LinkedHashMap<>();
      InMemoryGlossaryStore store = new InMemoryGlossaryStore();
      for (int t = 0; t < 25; t++) {
        String term = phrase(random, 1 + random.nextInt(3));
        List<String> aliases = random.nextInt(4) == 0 ? List.of(phrase(random, 1)) : List.of();
        store.upsert(new GlossaryEntry(term, aliases, "설명 " + t, "ko", DICTIONARY));
      }
      // What the store holds: an entry of the same key and source replaces an earlier one.
      for (GlossaryEntry entry : store.all()) {
        for (String name : names(entry.term(), entry.aliases())) {
          if (TermKey.of(name).length() >= 2) {
            spellings.putIfAbsent(name, TermKey.of(name));
          }
        }
      }
      StringBuilder text = new StringBuilder();
      for (int w = 0; w < 60; w++) {
        text.append(WORDS[random.nextInt(WORDS.length)]).append(GLUE[random.nextInt(GLUE.length)]);
      }
      TermMatcher.Text read = TermMatcher.Text.of(text.toString());

      List<TermMatcher.Match<String>> whole = new TermMatcher<>(spellings).find(read);
      List<TermMatcher.Match<String>> lookedUp =
          StoredTermLookup.find(store, read, ONLY_DICTIONARY, k -> true);

      assertThat(lookedUp).as("text: %s", text).isEqualTo(whole);
    }
  }

  @Test
  void find_looksNothingUp_withoutADictionary_andOnlyWhatIsWanted() {
    InMemoryGlossaryStore store = new InMemoryGlossaryStore();
    store.upsert(new GlossaryEntry("기준금리", List.of(), "중앙은행의 정책 금리", "ko", DICTIONARY));
    store.upsert(new GlossaryEntry("물가", List.of(), "물건의 값", "ko", DICTIONARY));
    TermMatcher.Text text = TermMatcher.Text.of("한은은 기준 금리를 동결했고 물가는 올랐다.");

    assertThat(StoredTermLookup.find(store, text, Set.of(), k -> true)).isEmpty();
    assertThat(StoredTermLookup.find(store, text, ONLY_DICTIONARY, k -> true))
        .extracting(TermMatcher.Match::key)
        .containsExactly("기준금리", "물가");
    assertThat(StoredTermLookup.find(store, text, ONLY_DICTIONARY, k -> k.length() >= 4))
        .extracting(TermMatcher.Match::key)
        .containsExactly("기준금리");
  }

  @Test
  void find_looksUpAtMostMaxKeys_fromTheStartOfAHostileText() {
    InMemoryGlossaryStore store = new InMemoryGlossaryStore();
    store.upsert(new GlossaryEntry("기후공시의무화", List.of(), "가상 설명", "ko", DICTIONARY));
    Random random = new Random(11);
    StringBuilder text = new StringBuilder("기후공시의무화를 앞당긴다 ");
    for (int i = 0; i < 200_000; i++) {
      text.append((char) ('가' + random.nextInt(11_172))); // one run of syllables, no space
    }
    text.append(" 끝의 기후공시의무화");
    List<Integer> asked = new ArrayList<>();
    io.gloss.core.port.out.GlossaryStore counting =
        new io.gloss.core.port.out.GlossaryStore() {
          @Override
          public void upsert(GlossaryEntry entry) {
            store.upsert(entry);
          }

          @Override
          public List<GlossaryEntry> findByKey(String termKey) {
            return store.findByKey(termKey);
          }

          @Override
          public Map<String, List<GlossaryEntry>> findByKeys(java.util.Collection<String> keys) {
            asked.add(keys.size());
            return store.findByKeys(keys);
          }

          @Override
          public List<GlossaryEntry> all() {
            return store.all();
          }

          @Override
          public boolean remove(String termKey, SourceKind kind) {
            return store.remove(termKey, kind);
          }

          @Override
          public void recordAppearance(String termKey, Provenance article) {
            store.recordAppearance(termKey, article);
          }

          @Override
          public List<Provenance> appearances(String termKey, int limit) {
            return store.appearances(termKey, limit);
          }
        };

    List<TermMatcher.Match<String>> found =
        StoredTermLookup.find(
            counting,
            TermMatcher.Text.of(text.toString()),
            ONLY_DICTIONARY,
            TermRanking::hardShapedKey);

    assertThat(asked).containsExactly(StoredTermLookup.MAX_KEYS);
    // Found at the start; its count is the text's, the matcher reading the whole text.
    assertThat(found).extracting(TermMatcher.Match::key).containsExactly("기후공시의무화");
  }

  private static String phrase(Random random, int words) {
    List<String> parts = new ArrayList<>();
    for (int w = 0; w < words; w++) {
      parts.add(WORDS[random.nextInt(WORDS.length)]);
    }
    return String.join(random.nextBoolean() ? " " : "", parts);
  }

  private static List<String> names(String term, List<String> aliases) {
    List<String> names = new ArrayList<>();
    names.add(term);
    names.addAll(aliases);
    return names;
  }
}
