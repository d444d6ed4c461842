package io.gloss.core.glossary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gloss.core.domain.GlossaryEntry;
import io.gloss.core.domain.Provenance;
import io.gloss.core.domain.SourceKind;
import io.gloss.core.domain.TermKey;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GlossaryImportExportTest {
  private final InMemoryGlossaryStore store = new InMemoryGlossaryStore();
  private final GlossaryImporter importer = new GlossaryImporter(store);

  private InputStream resource(String name) {
    return Objects.requireNonNull(getClass().getResourceAsStream("/glossary/" + name), name);
  }

  @Test
  void importTsv_headerSourceColumnAndDefaultSource() throws IOException {
    String tsv =
        "term\texplanation\tsource\n"
            + "스테이블코인\t가치가 법정화폐에 묶인 가상자산.\t금융용어사전\n"
            + "GPU\tgraphics processing unit\t\n"
            + "빈설명\t\t\n"
            + "스테이블 코인\t두 번째 설명은 무시된다.\t\n";

    ImportResult result = importer.importTsv(new StringReader(tsv), "my-terms");

    assertThat(result).isEqualTo(new ImportResult(4, 2, 2));
    GlossaryEntry coin = store.findByKey(TermKey.of("스테이블코인")).get(0);
    assertThat(coin.provenance())
        .isEqualTo(new Provenance(SourceKind.DICTIONARY, "금융용어사전", null, null, null));
    assertThat(coin.language()).isEqualTo("ko");
    GlossaryEntry gpu = store.findByKey("gpu").get(0);
    assertThat(gpu.provenance().name()).isEqualTo("my-terms");
    assertThat(gpu.language()).isEqualTo("en");
  }

  @Test
  void importCsv_quotedFieldsWithCommasQuotesAndLineBreaks() throws IOException {
    String csv =
        "용어,설명,출처\r\n"
            + "\"풀스택\",\"프론트엔드, 백엔드를 모두 \"\"다루는\"\" 역량\",IT사전\r\n"
            + "APEC,\"아시아태평양경제협력체.\n여러 줄 설명\",\r\n";

    ImportResult result = importer.importCsv(new StringReader(csv), "csv-file");

    assertThat(result).isEqualTo(new ImportResult(2, 2, 0));
    assertThat(store.findByKey(TermKey.of("풀스택")).get(0).definition())
        .isEqualTo("프론트엔드, 백엔드를 모두 \"다루는\" 역량");
    assertThat(store.findByKey("apec").get(0).definition()).isEqualTo("아시아태평양경제협력체.\n여러 줄 설명");
    assertThat(store.findByKey("apec").get(0).provenance().name()).isEqualTo("csv-file");
  }

  @Test
  void importNiklXml_opendict_keepsFirstSenseAttributionAndOriginalAsAlias() throws IOException {
    ImportResult result = importer.importNiklXml(resource("opendict-sample.xml"));

    assertThat(result).isEqualTo(new ImportResult(4, 2, 2));
    GlossaryEntry sovereign = store.findByKey(TermKey.of("소버린 인공 지능")).get(0);
    assertThat(sovereign.term()).isEqualTo("소버린 인공 지능");
    assertThat(sovereign.aliases()).containsExactly("sovereign AI");
    assertThat(sovereign.provenance().kind()).isEqualTo(SourceKind.DICTIONARY);
    assertThat(sovereign.provenance().name()).contains("우리말샘").contains("CC BY-SA");
    assertThat(store.findByKey(TermKey.of("sovereign AI"))).containsExactly(sovereign);
    assertThat(store.findByKey(TermKey.of("경제협력")))
        .extracting(GlossaryEntry::definition)
        .containsExactly("둘 이상의 나라가 경제 분야에서 서로 돕는 일.");
  }

  @Test
  void importNiklXml_stdict_nestedSenseAndMarkup() throws IOException {
    ImportResult result = importer.importNiklXml(resource("stdict-sample.xml"));

    assertThat(result.imported()).isEqualTo(2);
    GlossaryEntry fullStack = store.findByKey(TermKey.of("풀스택")).get(0);
    assertThat(fullStack.definition()).isEqualTo("기술의 모든 층을 두루 다루는 능력.");
    assertThat(fullStack.aliases()).containsExactly("full stack");
    assertThat(fullStack.provenance().name()).contains("표준국어대사전");
    assertThat(store.findByKey(TermKey.of("가게"))).hasSize(1);
  }

  @Test
  void importNiklXml_externalEntity_isNeverRead(@TempDir Path dir) throws IOException {
    Path secret = dir.resolve("secret.txt");
    Files.writeString(secret, "TOP-SECRET");
    String xml =
        "<?xml version=\"1.0\"?><!DOCTYPE channel [<!ENTITY e SYSTEM \""
            + secret.toUri()
            + "\">]><channel><item><wordinfo><word>비밀</word></wordinfo>"
            + "<senseinfo><definition>&e;</definition></senseinfo></item></channel>";

    Throwable thrown =
        catchThrowable(
            () ->
                importer.importNiklXml(
                    new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))));

    assertThat(thrown == null || thrown instanceof IOException).isTrue();
    assertThat(store.all())
        .extracting(GlossaryEntry::definition)
        .noneMatch(d -> d.contains("TOP-SECRET"));
  }

  /** Runs {@code work} and returns what it printed on stderr (the JDK parser's habit). */
  private static String stderrOf(org.junit.jupiter.api.function.Executable work) {
    java.io.PrintStream original = System.err;
    java.io.ByteArrayOutputStream captured = new java.io.ByteArrayOutputStream();
    System.setErr(new java.io.PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      catchThrowable(work::execute);
    } finally {
      System.setErr(original);
    }
    return captured.toString(StandardCharsets.UTF_8);
  }

  @Test
  void importNiklXml_brokenOrNotUtf8_oneLineNamingWhereAndNothingOnStderr() {
    byte[] unclosed =
        "<?xml version=\"1.0\"?>\n<channel><item><word>가나</word><definition>설명"
            .getBytes(StandardCharsets.UTF_8);
    byte[] notUtf8 = {
      '<',
      '?',
      'x',
      'm',
      'l',
      ' ',
      'v',
      'e',
      'r',
      's',
      'i',
      'o',
      'n',
      '=',
      '"',
      '1',
      '.',
      '0',
      '"',
      '?',
      '>',
      '<',
      'a',
      '>',
      (byte) 0xB0,
      (byte) 0xA1,
      '<',
      '/',
      'a',
      '>'
    };

    Throwable broken =
        catchThrowable(() -> importer.importNiklXml(new ByteArrayInputStream(unclosed)));
    Throwable encoding =
        catchThrowable(() -> importer.importNiklXml(new ByteArrayInputStream(notUtf8)));

    assertThat(broken)
        .isInstanceOf(IOException.class)
        .hasMessageStartingWith("Not a readable dictionary XML: line 2, column ")
        .hasMessageContaining("must start and end within the same entity");
    assertThat(broken.getMessage()).doesNotContain("\n", "ParseError");
    assertThat(encoding)
        .isInstanceOf(IOException.class)
        .hasMessage("Not a readable dictionary XML: the file is not UTF-8 text");
    assertThat(stderrOf(() -> importer.importNiklXml(new ByteArrayInputStream(notUtf8))))
        .doesNotContain("[Fatal Error]")
        .isEmpty();
    assertThat(stderrOf(() -> importer.importNiklXml(new ByteArrayInputStream(unclosed))))
        .isEmpty();
  }

  @Test
  void importNiklXml_withByteOrderMark_isRead() throws IOException {
    byte[] xml =
        ("\uFEFF<?xml version=\"1.0\" encoding=\"UTF-8\"?><channel><item><wordinfo>"
                + "<word>가게</word></wordinfo><senseinfo><definition>물건을 파는 집.</definition>"
                + "</senseinfo></item></channel>")
            .getBytes(StandardCharsets.UTF_8);

    assertThat(importer.importNiklXml(new ByteArrayInputStream(xml)).imported()).isEqualTo(1);
  }

  @Test
  void importCsv_unclosedQuote_isAnErrorNamingItsLine() {
    String csv = "term,explanation\n핀테크,금융 서비스\n\"미완성,따옴표\n다음,줄\n";

    assertThat(catchThrowable(() -> importer.importCsv(new StringReader(csv), "csv")))
        .isInstanceOf(IOException.class)
        .hasMessage("Not a readable CSV file: the quote opened on line 3 is never closed");
  }

  @Test
  void importFile_byExtension(@TempDir Path dir) throws IOException {
    Path tsv = dir.resolve("team-terms.tsv");
    Files.writeString(tsv, "\uFEFF핀테크\t금융과 기술을 합친 서비스.\n");
    Path xml = dir.resolve("dict.xml");
    try (InputStream in = resource("opendict-sample.xml")) {
      Files.copy(in, xml);
    }

    assertThat(importer.importFile(tsv)).isEqualTo(new ImportResult(1, 1, 0));
    assertThat(store.findByKey(TermKey.of("핀테크")).get(0).provenance().name())
        .isEqualTo("team-terms");
    assertThat(importer.importFile(xml).imported()).isEqualTo(2);
  }

  @Test
  void exportTsv_thenImport_roundTripsTermsAliasesAndExplanations() throws IOException {
    store.upsert(
        new GlossaryEntry(
            "GDP",
            List.of("국내총생산", "gross domestic product"),
            "국내총생산",
            "ko",
            new Provenance(SourceKind.ARTICLE_TEXT, "가상뉴스", "https://n/1", "제목", null)));
    store.put(
        io.gloss.core.domain.Workspace.DEFAULT,
        new GlossaryEntry("풀스택", List.of(), "여러\t줄\n설명", "ko", Provenance.of(SourceKind.TEAM)));
    store.put(
        io.gloss.core.domain.Workspace.of("slack", "T2"),
        new GlossaryEntry("남의용어", List.of(), "다른 팀 설명", "ko", Provenance.of(SourceKind.TEAM)));
    StringWriter out = new StringWriter();

    int written =
        new GlossaryExporter(store, store, io.gloss.core.domain.Workspace.DEFAULT).exportTsv(out);

    assertThat(written).isEqualTo(2);
    String[] lines = out.toString().split("\n");
    assertThat(lines).hasSize(3);
    assertThat(lines[0]).isEqualTo("term\texplanation\tsource\tkind\taliases\turl");
    assertThat(out.toString())
        .contains("GDP\t국내총생산\t가상뉴스\tarticle_text\t국내총생산|gross domestic product\thttps://n/1")
        .contains("풀스택\t여러 줄 설명\tteam\tteam")
        .doesNotContain("남의용어");
    InMemoryGlossaryStore other = new InMemoryGlossaryStore();
    ImportResult result =
        new GlossaryImporter(other).importTsv(new StringReader(out.toString()), "export");
    assertThat(result.imported()).isEqualTo(2);
    assertThat(other.findByKey(TermKey.of("gross domestic product")))
        .extracting(GlossaryEntry::term)
        .containsExactly("GDP");
    assertThat(other.findByKey(TermKey.of("풀스택")).get(0).definition()).isEqualTo("여러 줄 설명");
  }

  @Test
  void exportJson_writesEveryEntryWithProvenance() throws IOException {
    store.upsert(
        new GlossaryEntry(
            "APEC",
            List.of("아시아태평양경제협력체"),
            "아시아태평양 경제협력체.",
            "ko",
            new Provenance(
                SourceKind.ARTICLE_BOX,
                "뉴스1",
                "https://n/2",
                "기사",
                java.time.OffsetDateTime.parse("2025-08-04T18:53:00+09:00"))));
    StringWriter out = new StringWriter();

    assertThat(new GlossaryExporter(store).exportJson(out)).isEqualTo(1);

    JsonNode json = new ObjectMapper().readTree(out.toString());
    assertThat(json.size()).isEqualTo(1);
    assertThat(json.get(0).get("term").asText()).isEqualTo("APEC");
    assertThat(json.get(0).get("aliases").get(0).asText()).isEqualTo("아시아태평양경제협력체");
    assertThat(json.get(0).get("source").get("kind").asText()).isEqualTo("article_box");
    assertThat(json.get(0).get("source").get("published").asText())
        .isEqualTo("2025-08-04T18:53+09:00");
  }
}
