package io.gloss.config.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line end to end: the real jar in its own process, news served over loopback. */
class GlossCliIT {
  private static final Path EXAMPLE = Path.of("../examples/daum-news-sample.html");
  private static final Path SEED = Path.of("../../shared/seed/000_de1c2da22072e404.txt");
  private static final String SEED_URL = "https://v.daum.net/v/20250804185331304";
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dataDir;

  private Map<String, String> env() {
    Map<String, String> env = new HashMap<>();
    env.put("GLOSS_DATA_DIR", dataDir.toString());
    return env;
  }

  @Test
  void summarize_examplePage_printsHeadlineBulletsAndGlossary() throws Exception {
    String title = Jsoup.parse(EXAMPLE.toFile()).select("meta[property=og:title]").attr("content");

    GlossProcess.Result result = GlossProcess.run(env(), "summarize", EXAMPLE.toString());

    assertThat(result.exit()).as(result.err()).isZero();
    assertThat(result.out().lines().findFirst()).contains(title);
    assertThat(result.out().lines().filter(line -> line.startsWith("• "))).hasSize(3);
    assertThat(result.out()).contains("용어 풀이").contains("[기사 제공]");
  }

  @Test
  void readme_sampleReply_isWhatGlossPrints() throws Exception {
    String readme = Files.readString(Path.of("../README.md"));
    String command = "$ ./gloss summarize examples/daum-news-sample.html\n";
    assertThat(readme).contains(command);
    String quoted = readme.split(Pattern.quote(command), 2)[1].split("```", 2)[0].strip();

    GlossProcess.Result result = GlossProcess.run(env(), "summarize", EXAMPLE.toString());

    assertThat(result.exit()).as(result.err()).isZero();
    assertThat(result.out().strip()).isEqualTo(quoted);
  }

  @Test
  void summarize_styleAndLanguageNeedAModel_textShowsBothNotesInTheReplyLanguage()
      throws Exception {
    GlossProcess.Result brief = GlossProcess.run(env(), "summarize", EXAMPLE.toString());
    GlossProcess.Result english =
        GlossProcess.run(env(), "summarize", EXAMPLE.toString(), "--style", "5w1h", "--lang", "en");

    assertThat(brief.exit()).as(brief.err()).isZero();
    assertThat(english.exit()).as(english.err()).isZero();
    assertThat(english.out())
        .contains("Glossary")
        .contains("※ The '5w1h' style needs a language model")
        .contains("※ Translation needs a language model")
        .doesNotContain("언어 모델");
  }

  @Test
  void summarize_sameUrlTwice_secondProcessFetchesNothing() throws Exception {
    byte[] page = Files.readAllBytes(EXAMPLE);
    try (NewsSite site =
        new NewsSite(
            Map.of("/v/20251120090000001", new NewsSite.Page("text/html; charset=utf-8", page)))) {
      Map<String, String> env = env();
      env.put("GLOSS_FETCH_ALLOW_HOSTS", "127.0.0.1");
      env.put("GLOSS_FETCH_ALLOWED_PORTS", "80,443," + site.port());
      String url = site.url("/v/20251120090000001?utm_source=share");

      GlossProcess.Result first = GlossProcess.run(env, "summarize", url);
      GlossProcess.Result second =
          GlossProcess.run(env, "summarize", site.url("/v/20251120090000001"), "--format", "json");

      assertThat(first.exit()).as(first.err()).isZero();
      assertThat(second.exit()).as(second.err()).isZero();
      assertThat(site.hits("/v/20251120090000001")).isEqualTo(1);
      JsonNode json = JSON.readTree(second.out());
      assertThat(json.get("cached").asBoolean()).isTrue();
      assertThat(first.out()).contains(json.at("/summary/bullets/0/text").asText());
    }
  }

  /**
   * The exit race seen from outside (about 1 run in 7 printed a Caffeine RejectedExecutionException
   * stack trace at exit): eight fresh runs that fetch, cache and exit print nothing on stderr.
   */
  @Test
  void summarize_urlInEightFreshProcesses_exitsCleanWithNothingOnStderr() throws Exception {
    byte[] page = Files.readAllBytes(EXAMPLE);
    try (NewsSite site =
        new NewsSite(
            Map.of("/v/20251120090000002", new NewsSite.Page("text/html; charset=utf-8", page)))) {
      for (int run = 1; run <= 8; run++) {
        Map<String, String> env = env();
        env.put("GLOSS_DATA_DIR", Files.createTempDirectory(dataDir, "run").toString());
        env.put("GLOSS_FETCH_ALLOW_HOSTS", "127.0.0.1");
        env.put("GLOSS_FETCH_ALLOWED_PORTS", "80,443," + site.port());

        GlossProcess.Result result =
            GlossProcess.run(env, "summarize", site.url("/v/20251120090000002"));

        assertThat(result.exit()).as("run %d: %s", run, result.err()).isZero();
        assertThat(result.err()).as("run %d", run).isEmpty();
      }
      assertThat(site.hits("/v/20251120090000002")).isEqualTo(8);
    }
  }

  /**
   * sqlite-jdbc's native library is copied into the data directory once and loaded from there:
   * nothing is unpacked into the temporary directory, where a killed process used to leave its
   * copy.
   */
  @Test
  void summarize_twoProcesses_loadTheSqliteLibraryFromOneCopyInTheDataDirectory() throws Exception {
    Path tmp = Files.createTempDirectory(dataDir.getParent(), "jvm-tmp");
    Map<String, String> env = env();
    env.put("JDK_JAVA_OPTIONS", "-Djava.io.tmpdir=" + tmp);

    GlossProcess.Result first = GlossProcess.run(env, "summarize", EXAMPLE.toString());
    Path library;
    try (var files = Files.walk(dataDir.resolve("native"))) {
      library =
          files
              .filter(f -> f.getFileName().toString().startsWith("libsqlitejdbc"))
              .findFirst()
              .orElseThrow();
    }
    java.nio.file.attribute.FileTime written = Files.getLastModifiedTime(library);
    GlossProcess.Result second = GlossProcess.run(env, "summarize", EXAMPLE.toString());

    assertThat(first.exit()).as(first.err()).isZero();
    assertThat(second.exit()).as(second.err()).isZero();
    assertThat(second.out()).isEqualTo(first.out());
    assertThat(Files.getLastModifiedTime(library)).isEqualTo(written);
    try (var files = Files.list(tmp)) {
      assertThat(files.map(f -> f.getFileName().toString()))
          .noneMatch(f -> f.startsWith("sqlite-"));
    }
  }

  @Test
  void summarize_loopbackWithoutAllowHosts_isRefusedBeforeAnyRequest() throws Exception {
    try (NewsSite site =
        new NewsSite(Map.of("/a", new NewsSite.Page("text/html", "<p>x</p>".getBytes())))) {
      Map<String, String> env = env();
      env.put("GLOSS_FETCH_ALLOWED_PORTS", "80,443," + site.port());

      GlossProcess.Result result = GlossProcess.run(env, "summarize", site.url("/a"));

      assertThat(result.exit()).isEqualTo(3);
      assertThat(result.err()).contains("forbidden_address");
      assertThat(site.hits("/a")).isZero();
    }
  }

  @Test
  void summarize_pdf_saysItIsNotAnArticle() throws Exception {
    try (NewsSite site =
        new NewsSite(
            Map.of(
                "/report.pdf",
                new NewsSite.Page("application/pdf", "%PDF-1.7 binary".getBytes())))) {
      Map<String, String> env = env();
      env.put("GLOSS_FETCH_ALLOW_HOSTS", "127.0.0.1");
      env.put("GLOSS_FETCH_ALLOWED_PORTS", "80,443," + site.port());

      GlossProcess.Result result = GlossProcess.run(env, "summarize", site.url("/report.pdf"));

      assertThat(result.exit()).isEqualTo(3);
      assertThat(result.err()).contains("not_html");
      assertThat(result.out()).startsWith("본문을 가져오지 못했습니다: ").doesNotContain("•");
    }
  }

  @Test
  void extract_seed_returnsCleanBodyAndEachGlossaryEntryOnce() throws Exception {
    assumeTrue(Files.isRegularFile(SEED), "the seed document is beside the repository");

    GlossProcess.Result result =
        GlossProcess.run(env(), "extract", SEED.toString(), "--url", SEED_URL, "--format", "json");

    assertThat(result.exit()).as(result.err()).isZero();
    JsonNode line = JSON.readTree(result.out());
    assertThat(line.get("error").isNull()).isTrue();
    assertThat(line.get("title").asText()).isEqualTo("미국, 자국AI 한국 확장 의지…소버린AI-양국협력 균형 맞춰야");
    String text = line.get("text").asText();
    assertThat(text)
        .contains("소버린 AI 정책을 추진하는")
        .doesNotContain("작성일")
        .doesNotContain("목록")
        .doesNotContain("무단")
        .doesNotContain("@news1.kr")
        .doesNotContain("윤주영 기자 =");
    assertThat(line.get("glossary")).hasSize(3);
    assertThat(line.get("glossary").findValuesAsText("term")).doesNotHaveDuplicates();
  }

  @Test
  void define_afterSummarizingTheSeed_answersFromTheArticleInAnotherProcess() throws Exception {
    assumeTrue(Files.isRegularFile(SEED), "the seed document is beside the repository");
    GlossProcess.Result summary =
        GlossProcess.run(env(), "summarize", SEED.toString(), "--url", SEED_URL);
    assertThat(summary.exit()).as(summary.err()).isZero();

    GlossProcess.Result exact = GlossProcess.run(env(), "define", "소버린AI", "--format", "json");
    GlossProcess.Result spaced = GlossProcess.run(env(), "define", "소버린 AI");

    assertThat(exact.exit()).as(exact.err()).isZero();
    JsonNode json = JSON.readTree(exact.out());
    assertThat(json.get("found").asBoolean()).isTrue();
    assertThat(json.at("/entry/source/kind").asText()).isEqualTo("article_box");
    assertThat(json.at("/entry/source/url").asText()).contains("20250804185331304");
    assertThat(spaced.out()).contains("[기사 제공]");
  }

  @Test
  void importedDictionary_reachesTheReply_inItsOwnLanguageOnly() throws Exception {
    Path pages = Files.createTempDirectory(dataDir.getParent(), "pages");
    Path dictionary = pages.resolve("team-words.tsv");
    Files.writeString(
        dictionary,
        "기후공시의무화\t기업이 기후 위험과 탄소 배출을 공시하도록 한 규정\t가상사전\n"
            + "트래블링\t농구에서 공을 든 채 세 걸음 이상 걷는 반칙\t가상사전\tdictionary\ttraveling\n");
    Path korean = pages.resolve("korean.html");
    Files.writeString(
        korean,
        page(
            "ko",
            "정부, 기후공시의무화 2년 유예",
            "금융당국은 상장사의 기후공시의무화를 2년 미루기로 했다고 3일 밝혔다. 당초 내년부터 자산 규모가 큰"
                + " 상장사부터 적용할 계획이었지만, 기업들이 배출량을 셀 체계가 아직 갖춰지지 않았다는 의견을"
                + " 받아들였다.",
            "기후공시의무화 대상은 자산 2조 원 이상 상장사부터 정해진다. 당국은 유예 기간 동안 공시 기준의"
                + " 세부 항목을 다듬고, 중소 상장사를 위한 안내서도 따로 내놓을 계획이다.",
            "업계는 준비할 시간을 벌었다며 반겼다. 다만 투자자 단체는 해외 기준과의 격차가 커질 수 있다며"
                + " 일정을 더 늦춰서는 안 된다고 지적했다. 당국은 연말까지 최종안을 확정한다."));
    Path english = pages.resolve("english.html");
    Files.writeString(
        english,
        page(
            "en",
            "Winter traveling costs more",
            "Traveling abroad got dearer this winter, the airlines said on Monday, as fuel costs and"
                + " strong demand pushed fares on the busiest routes to their highest level in years.",
            "Families traveling in December pay the most, a survey of fares found. Flights in the week"
                + " before the holidays cost nearly twice what the same seats cost in early November.",
            "Rail fares rose less than air fares, and several operators added late trains to meet the"
                + " demand. Travel agents advised booking early and flying midweek to save money."));

    GlossProcess.Result imported =
        GlossProcess.run(env(), "glossary", "import", dictionary.toString());
    GlossProcess.Result koreanReply = GlossProcess.run(env(), "summarize", korean.toString());
    GlossProcess.Result englishReply = GlossProcess.run(env(), "summarize", english.toString());

    assertThat(imported.exit()).as(imported.err()).isZero();
    assertThat(koreanReply.exit()).as(koreanReply.err()).isZero();
    assertThat(koreanReply.out()).contains("기후공시의무화 — 기업이 기후 위험과").contains("[사전");
    assertThat(englishReply.exit()).as(englishReply.err()).isZero();
    assertThat(englishReply.out()).doesNotContain("트래블링").doesNotContain("농구에서");
  }

  /** A news page of our own: a headline and paragraphs, in an article element. */
  private static String page(String language, String title, String... paragraphs) {
    StringBuilder html =
        new StringBuilder(
                "<!doctype html><html lang=\"" + language + "\"><head><meta charset=\"utf-8\">")
            .append("<title>")
            .append(title)
            .append("</title></head><body><article><h1>")
            .append(title)
            .append("</h1>");
    for (String paragraph : paragraphs) {
      html.append("<p>").append(paragraph).append("</p>");
    }
    return html.append("</article></body></html>").toString();
  }

  @Test
  void define_aBuiltinTerm_answersOfflineWithAnEmptyDataDirectory() throws Exception {
    GlossProcess.Result text = GlossProcess.run(env(), "define", "희생플라이");
    GlossProcess.Result json =
        GlossProcess.run(env(), "define", "sacrifice fly", "--format", "json");

    assertThat(text.exit()).as(text.err()).isZero();
    assertThat(text.out()).contains("희생플라이", "외야", "[Gloss 기본 용어집]");
    JsonNode found = JSON.readTree(json.out());
    assertThat(found.get("found").asBoolean()).isTrue();
    assertThat(found.at("/entry/source/kind").asText()).isEqualTo("builtin");
  }

  @Test
  void configCheck_badValues_reportsEveryKeyAndNeverTheSecret() throws Exception {
    Map<String, String> env = env();
    env.put("GLOSS_FETCH_TIMEOUT", "soon");
    env.put("GLOSS_LLM_PROVIDER", "skynet");
    env.put("SLACK_BOT_TOKEN", "wrong-shape-Zq9Xv7");

    GlossProcess.Result result = GlossProcess.run(env, "config", "check");

    assertThat(result.exit()).isEqualTo(2);
    assertThat(result.err()).contains("fetch.timeout", "llm.provider", "SLACK_BOT_TOKEN");
    assertThat(result.out() + result.err()).doesNotContain("Zq9Xv7");
  }

  @Test
  void configCheck_valid_printsEffectiveSettingsRedacted() throws Exception {
    Map<String, String> env = env();
    env.put("DISCORD_TOKEN", "discord-token-Zq9Xv7");

    GlossProcess.Result result = GlossProcess.run(env, "config", "check");

    assertThat(result.exit()).as(result.err()).isZero();
    assertThat(result.out()).contains("discord.token", "****", "env DISCORD_TOKEN");
    assertThat(result.out() + result.err()).doesNotContain("Zq9Xv7");
  }

  @Test
  void run_withoutCredentials_saysWhatIsMissing() throws Exception {
    GlossProcess.Result result = GlossProcess.run(env(), "run");

    assertThat(result.exit()).isEqualTo(2);
    assertThat(result.err()).contains("SLACK_BOT_TOKEN", "DISCORD_TOKEN");
  }

  @Test
  void summarize_badStyle_isAUsageError() throws Exception {
    GlossProcess.Result result =
        GlossProcess.run(env(), "summarize", EXAMPLE.toString(), "--style", "poem");

    assertThat(result.exit()).isEqualTo(2);
    assertThat(result.err()).contains("--style");
  }
}
