package io.gloss.config.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A user's mistakes and unreachable dependencies, through the real jar: one line naming the
 * problem, exit 2 or 3, never a stack trace.
 */
class GlossCliErrorsIT {

  @TempDir Path dir;

  private Map<String, String> env() {
    Map<String, String> env = new HashMap<>();
    env.put("GLOSS_DATA_DIR", dir.resolve("data").toString());
    return env;
  }

  private static void assertOneLine(GlossProcess.Result result, int exit) {
    assertThat(result.exit()).as(result.err()).isEqualTo(exit);
    assertThat(result.err())
        .doesNotContain("\tat ")
        .doesNotContain("Exception in thread")
        .startsWith("gloss: ");
    assertThat(result.err().strip().lines()).as(result.err()).hasSize(1);
  }

  private Path binaryFile(String name) throws Exception {
    byte[] bytes = new byte[4096];
    new Random(7).nextBytes(bytes);
    bytes[0] = 0;
    Path file = dir.resolve(name);
    Files.write(file, bytes);
    return file;
  }

  @Test
  void glossaryImport_binaryXml_oneLineExit3() throws Exception {
    Path file = binaryFile("terms.xml");

    GlossProcess.Result result = GlossProcess.run(env(), "glossary", "import", file.toString());

    assertOneLine(result, 3);
    assertThat(result.err()).contains("binary");
  }

  @Test
  void glossaryImport_xmlNotUtf8AndUnclosedCsvQuote_oneLineExit3WithoutParserNoise()
      throws Exception {
    Path xml = dir.resolve("dict.xml");
    Files.write(
        xml,
        new byte[] {
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
        });
    Path csv = dir.resolve("terms.csv");
    Files.writeString(csv, "term,explanation\n\"미완성,따옴표\n다음,줄\n");

    GlossProcess.Result badXml = GlossProcess.run(env(), "glossary", "import", xml.toString());
    GlossProcess.Result badCsv = GlossProcess.run(env(), "glossary", "import", csv.toString());

    assertOneLine(badXml, 3);
    assertThat(badXml.err()).contains("not UTF-8").doesNotContain("[Fatal Error]");
    assertOneLine(badCsv, 3);
    assertThat(badCsv.err()).contains("line 2", "never closed");
  }

  @Test
  void summarize_tenKilobyteUrl_oneShortAnswerExit3() throws Exception {
    String huge = "https://news.example.kr/a?q=" + "x".repeat(10_000);

    GlossProcess.Result result = GlossProcess.run(env(), "summarize", huge);

    assertThat(result.exit()).isEqualTo(3);
    assertThat(result.err().strip().lines()).hasSize(1);
    assertThat(result.err()).contains("url_too_long").hasSizeLessThan(400);
    assertThat(result.out()).contains("링크가 너무 깁니다").hasSizeLessThan(400);
  }

  @Test
  void dataExport_outputInMissingDirectory_oneLineNamingTheFile() throws Exception {
    GlossProcess.Result result =
        GlossProcess.run(env(), "data", "export", "--output", "/nonexistent/x.json");

    assertOneLine(result, 3);
    assertThat(result.err()).contains("/nonexistent/x.json");
  }

  @Test
  void define_dataDirUnderAFile_oneLineExit3() throws Exception {
    Path file = dir.resolve("plain-file");
    Files.writeString(file, "not a directory");
    Map<String, String> env = env();
    env.put("GLOSS_DATA_DIR", file.resolve("data").toString());

    GlossProcess.Result result = GlossProcess.run(env, "define", "소버린AI");

    assertOneLine(result, 3);
    assertThat(result.err()).contains("plain-file");
  }

  @Test
  void define_postgresUnreachable_oneLineWithoutThePassword() throws Exception {
    Map<String, String> env = env();
    env.put("GLOSS_DB_URL", "jdbc:postgresql://127.0.0.1:1/gloss?user=g&password=Zq9Xv7secret");

    GlossProcess.Result result = GlossProcess.run(env, "define", "소버린AI");

    assertOneLine(result, 3);
    assertThat(result.err()).contains("store");
    assertThat(result.out() + result.err()).doesNotContain("Zq9Xv7secret");
  }

  @Test
  void summarize_directoryDevNullAndBinaryFile_sayWhatTheyAre() throws Exception {
    Path binary = binaryFile("page.html");

    GlossProcess.Result result =
        GlossProcess.run(
            env(), "extract", dir.toString(), "/dev/null", binary.toString(), "--format", "json");

    assertThat(result.exit()).isEqualTo(3);
    assertThat(result.out()).contains("directory").contains("not a regular file");
    assertThat(result.err())
        .contains("directory")
        .contains("not a regular file")
        .contains("not HTML")
        .doesNotContain("no such file")
        .doesNotContain(": null")
        .doesNotContain("\tat ");
  }

  @Test
  void help_onSubcommands_printsUsageAndExits0() throws Exception {
    GlossProcess.Result summarize = GlossProcess.run(env(), "summarize", "--help");
    GlossProcess.Result importHelp = GlossProcess.run(env(), "glossary", "import", "--help");

    assertThat(summarize.exit()).as(summarize.err()).isZero();
    assertThat(summarize.out()).contains("Usage:").contains("summarize");
    assertThat(importHelp.exit()).as(importHelp.err()).isZero();
    assertThat(importHelp.out()).contains("Usage:").contains("import");
  }

  @Test
  void configCheck_passwordInDbUrlAndMisspeltVariable_redactedAndWarned() throws Exception {
    Map<String, String> env = env();
    env.put("GLOSS_DB_URL", "jdbc:postgresql://db.example/gloss?password=Zq9Xv7secret");
    env.put("GLOSS_FETCH_TIMOUT", "3s");

    GlossProcess.Result result = GlossProcess.run(env, "config", "check");

    assertThat(result.exit()).as(result.err()).isZero();
    assertThat(result.out()).contains("password=****");
    assertThat(result.out() + result.err()).doesNotContain("Zq9Xv7secret");
    assertThat(result.err()).contains("GLOSS_FETCH_TIMOUT", "GLOSS_FETCH_TIMEOUT");
    assertThat(new String(result.out().getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8))
        .contains("OK");
  }
}
