package io.gloss.core.glossary;

import static org.assertj.core.api.Assertions.assertThat;

import io.gloss.core.domain.DefineResult;
import io.gloss.core.domain.GlossaryEntry;
import io.gloss.core.domain.Provenance;
import io.gloss.core.domain.SourceKind;
import io.gloss.core.port.out.TermDefiner;
import io.gloss.core.text.DefaultTextAnalyzer;
import io.gloss.core.text.SampleArticles;
import io.gloss.core.text.UserTerms;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DefineTermServiceTest {
  private final InMemoryGlossaryStore store = new InMemoryGlossaryStore();
  private final List<String> asked = new ArrayList<>();
  private final TermDefiner recordingNone =
      (term, origin) -> {
        asked.add(term);
        return Optional.empty();
      };

  @BeforeEach
  void summarizeTheSampleArticle() {
    UserTerms terms = new UserTerms();
    new GlossaryTermExplainer(store, terms)
        .explain(new DefaultTextAnalyzer(terms).analyze(SampleArticles.korean()), List.of());
  }

  @Test
  void define_spacingVariants_findTheBoxEntryWithAppearances() {
    DefineTermService service = new DefineTermService(store);

    for (String term : List.of("소버린AI", "소버린 AI", "\"소버린 AI\"", "ＳＯＶＥＲＥＩＧＮ", "소버린-ai")) {
      if (term.startsWith("Ｓ")) {
        continue; // not a spelling of this term; full width is covered below
      }
      DefineResult result = service.define(term);
      assertThat(result).as(term).isInstanceOf(DefineResult.Found.class);
      DefineResult.Found found = (DefineResult.Found) result;
      assertThat(found.entry().provenance().kind()).isEqualTo(SourceKind.ARTICLE_BOX);
      assertThat(found.others())
          .extracting(e -> e.provenance().kind())
          .containsExactly(SourceKind.ARTICLE_TEXT);
      assertThat(found.appearances())
          .extracting(Provenance::url)
          .containsExactly(SampleArticles.KOREAN_URL);
    }
    assertThat(service.define("소버린ＡＩ")).isInstanceOf(DefineResult.Found.class);
  }

  @Test
  void define_prefixOfKnownTerm_suggestsItAndDoesNotAskTheAi() {
    DefineTermService service = new DefineTermService(store, recordingNone);

    DefineResult result = service.define("소버린");

    assertThat(result).isEqualTo(new DefineResult.NotFound("소버린", List.of("소버린 AI")));
    assertThat(asked).isEmpty();
  }

  @Test
  void define_compoundEndingWithAKnownTerm_suggestsIt_andStillAsksTheAiForTheWhole() {
    DefineTermService service = new DefineTermService(store, recordingNone);

    // The sample's box explains 풀스택; "서버풀스택" is a kind of it.
    assertThat(service.define("서버풀스택"))
        .isInstanceOfSatisfying(
            DefineResult.NotFound.class, n -> assertThat(n.suggestions()).startsWith("풀스택"));
    assertThat(asked).containsExactly("서버풀스택");
  }

  @Test
  void define_oneJamoOff_suggestsTheTerm() {
    DefineTermService service = new DefineTermService(store);

    assertThat(service.define("소버른 AI"))
        .isInstanceOfSatisfying(
            DefineResult.NotFound.class, n -> assertThat(n.suggestions()).startsWith("소버린 AI"));
    assertThat(service.define("풀스텍"))
        .isInstanceOfSatisfying(
            DefineResult.NotFound.class, n -> assertThat(n.suggestions()).contains("풀스택"));
  }

  @Test
  void define_misspelledEnglishTerm_suggestsTheEnglishTerm_andOneLetterSuggestsNothing()
      throws java.io.IOException {
    // As in the shipped glossary: the Korean entry, read first, lists the English term as an alias.
    List<BuiltinGlossary.Line> lines = new ArrayList<>();
    lines.addAll(
        BuiltinGlossary.parse(
            "ko-test.tsv",
            new java.io.ByteArrayInputStream(
                "수익률 곡선\tyield curve\tmarkets\t만기별 채권 금리를 이은 선.\t2"
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8))));
    lines.addAll(
        BuiltinGlossary.parse(
            "en-test.tsv",
            new java.io.ByteArrayInputStream(
                "yield curve\t\tmarkets\tA line of bond yields by maturity.\t2"
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8))));
    DefineTermService service =
        new DefineTermService(
            store, recordingNone, java.time.Clock.systemUTC(), BuiltinGlossary.of(lines));

    assertThat(service.define("yeild curve"))
        .isInstanceOfSatisfying(
            DefineResult.NotFound.class,
            n -> assertThat(n.suggestions()).startsWith("yield curve"));
    assertThat(service.define("a"))
        .isInstanceOfSatisfying(
            DefineResult.NotFound.class, n -> assertThat(n.suggestions()).isEmpty());
  }

  @Test
  void define_alias_findsTheEntry() {
    DefineTermService service = new DefineTermService(store);

    assertThat(service.define("Full Stack"))
        .isInstanceOfSatisfying(
            DefineResult.Found.class, f -> assertThat(f.entry().term()).isEqualTo("풀스택"));
    assertThat(service.define("국내총생산"))
        .isInstanceOfSatisfying(
            DefineResult.Found.class, f -> assertThat(f.entry().term()).isEqualTo("GDP"));
  }

  @Test
  void define_unknownWithoutAi_isHonestlyNotFound() {
    DefineTermService service = new DefineTermService(store, recordingNone);

    assertThat(service.define("양자얽힘")).isEqualTo(new DefineResult.NotFound("양자얽힘", List.of()));
    assertThat(asked).containsExactly("양자얽힘");
  }

  @Test
  void define_unknownWithAi_storesTheAnswerLabelledAi() {
    TermDefiner definer =
        (term, origin) ->
            Optional.of(
                new GlossaryEntry(
                    term, List.of(), "두 입자의 상태가 묶여 있는 현상", "ko", Provenance.of(SourceKind.TEAM)));
    DefineTermService service = new DefineTermService(store, definer);

    DefineResult result = service.define("양자얽힘");

    assertThat(result)
        .isInstanceOfSatisfying(
            DefineResult.Found.class,
            f -> assertThat(f.entry().provenance().kind()).isEqualTo(SourceKind.AI));
    assertThat(store.findByKey("양자얽힘"))
        .extracting(e -> e.provenance().kind())
        .containsExactly(SourceKind.AI);
    assertThat(new DefineTermService(store).define("양자 얽힘")).isInstanceOf(DefineResult.Found.class);
  }

  @Test
  void define_hostileInput_isNotFoundWithoutSuggestions() {
    DefineTermService service = new DefineTermService(store, recordingNone);

    assertThat(service.define("   ")).isEqualTo(new DefineResult.NotFound("", List.of()));
    assertThat(service.define("<!channel>")).isInstanceOf(DefineResult.NotFound.class);
    DefineResult huge = service.define("가".repeat(5000));
    assertThat(huge)
        .isInstanceOfSatisfying(
            DefineResult.NotFound.class,
            n -> assertThat(n.term()).hasSize(DefineTermService.MAX_TERM_CHARS));
  }

  @Test
  void autocomplete_prefixAndHalfTypedSyllable_findTerms() {
    DefineTermService service = new DefineTermService(store);

    assertThat(service.autocomplete("소", 25)).contains("소버린 AI");
    assertThat(service.autocomplete("솝", 25)).startsWith("소버린 AI");
    assertThat(service.autocomplete("g", 25)).contains("GDP", "GPU");
    assertThat(service.autocomplete("", 2)).hasSize(2);
    assertThat(service.autocomplete("소", 0)).isEmpty();
  }

  @Test
  void autocomplete_newTerm_appearsAfterTheIndexRefresh() {
    java.time.Instant[] now = {java.time.Instant.parse("2026-03-02T00:00:00Z")};
    java.time.Clock clock =
        new java.time.Clock() {
          @Override
          public java.time.ZoneId getZone() {
            return java.time.ZoneOffset.UTC;
          }

          @Override
          public java.time.Clock withZone(java.time.ZoneId zone) {
            return this;
          }

          @Override
          public java.time.Instant instant() {
            return now[0];
          }
        };
    DefineTermService service = new DefineTermService(store, TermDefiner.NONE, clock);
    assertThat(service.autocomplete("핀", 25)).isEmpty();

    store.upsert(new GlossaryEntry("핀테크", List.of(), "금융과 기술", "ko", Provenance.of(SourceKind.AI)));
    assertThat(service.define("핀테크")).isInstanceOf(DefineResult.Found.class);
    assertThat(service.autocomplete("핀", 25)).isEmpty();

    now[0] = now[0].plus(DefineTermService.INDEX_TTL);
    assertThat(service.autocomplete("핀", 25)).containsExactly("핀테크");
  }

  @Test
  void autocomplete_neverMoreThan25() {
    for (int i = 0; i < 40; i++) {
      store.upsert(
          new GlossaryEntry("테스트용어" + i, List.of(), "설명", "ko", Provenance.of(SourceKind.AI)));
    }
    DefineTermService service = new DefineTermService(store);

    assertThat(service.autocomplete("테스트", 100)).hasSize(DefineTermService.MAX_AUTOCOMPLETE);
  }

  @Test
  void builtinGlossary_answersOffline_belowEveryStoredSource() {
    DefineTermService service =
        new DefineTermService(
            store, recordingNone, java.time.Clock.systemUTC(), BuiltinGlossary.shared());

    DefineResult fly = service.define("희생 플라이");
    assertThat(fly).isInstanceOf(DefineResult.Found.class);
    GlossaryEntry entry = ((DefineResult.Found) fly).entry();
    assertThat(entry.term()).isEqualTo("희생플라이");
    assertThat(entry.provenance().kind()).isEqualTo(SourceKind.BUILTIN);
    assertThat(entry.provenance().name()).isEqualTo("Gloss 기본 용어집 / Gloss glossary");
    assertThat(asked).isEmpty();

    // A stored explanation (here an imported dictionary's) wins; the built-in one is listed after.
    store.upsert(
        new GlossaryEntry(
            "희생플라이",
            List.of(),
            "우리 사전 풀이: 아웃을 내주고 점수를 얻는 타구.",
            "ko",
            new Provenance(SourceKind.DICTIONARY, "우리 사전", null, null, null)));
    DefineResult.Found stored = (DefineResult.Found) service.define("희생플라이");
    assertThat(stored.entry().provenance().kind()).isEqualTo(SourceKind.DICTIONARY);
    assertThat(stored.others()).extracting(e -> e.provenance().kind()).contains(SourceKind.BUILTIN);

    // The sample article's box explains GPU; asked by the bare abbreviation, the box still wins.
    DefineResult.Found gpu = (DefineResult.Found) service.define("GPU");
    assertThat(gpu.entry().provenance().kind()).isNotEqualTo(SourceKind.BUILTIN);
    assertThat(service.autocomplete("희생", 5)).contains("희생플라이");
  }
}
