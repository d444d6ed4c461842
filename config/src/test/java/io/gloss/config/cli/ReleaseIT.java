package io.gloss.config.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The release tarball ({@code ./mvnw -Prelease package}; this test runs only in that profile) as a
 * user installs it: unpacked on this machine and run through {@code bin/gloss} with no {@code
 * JAVA_HOME} and no Java on the {@code PATH}, so only the bundled runtime can run it.
 */
class ReleaseIT {
  @TempDir Path dir;

  @Test
  void tarball_unpackedWithoutSystemJava_summarizesRunsAndStopsCleanly() throws Exception {
    Path tarball = Path.of(System.getProperty("gloss.release.tarball", "missing"));
    assertThat(tarball).as("built by -Prelease package").isRegularFile();
    Process untar =
        new ProcessBuilder("tar", "-xzf", tarball.toAbsolutePath().toString(), "-C", dir.toString())
            .inheritIO()
            .start();
    assertThat(untar.waitFor()).isZero();
    Path home;
    try (var entries = Files.list(dir)) {
      home = entries.findFirst().orElseThrow();
    }
    assertThat(home.getFileName().toString()).startsWith("gloss-");
    assertThat(home.resolve("runtime/bin/java")).isExecutable();
    assertThat(home.resolve("lib/gloss.jar")).isRegularFile();
    for (String file :
        List.of(
            "gloss.yml",
            "gloss.service",
            "slack-app-manifest.yml",
            "examples/daum-news-sample.html")) {
      assertThat(home.resolve(file)).isRegularFile();
    }
    // The unit SystemdUnitTest checks (and systemd-analyze verifies) is the one shipped.
    assertThat(home.resolve("gloss.service")).hasSameTextualContentAs(SystemdUnitTest.UNIT);

    Result version = run(home, Map.of(), "--version");
    // The shipped example page, as the Dockerfile summarizes it to write the class-data archive.
    String example = home.resolve("examples/daum-news-sample.html").toString();
    // A summary that fails leaves no archive: it loaded too few classes for one worth keeping.
    Result failed = run(home, Map.of(), "summarize", dir.resolve("missing.html").toString());
    boolean archiveAfterFailure = Files.exists(home.resolve("lib/gloss.jsa"));
    Result summary = run(home, Map.of(), "summarize", example);
    // The first summary left the class-data archive; the class-load log of the next says where
    // each class came from: Gloss's own from lib/gloss.jsa (the "top" archive, over the
    // runtime's) when the launcher passes it and the JVM finds that it fits.
    Path classLoads = dir.resolve("class-loads.log");
    Result again =
        run(
            home,
            Map.of("GLOSS_JAVA_OPTS", "-Xlog:class+load=info:file=" + classLoads),
            "summarize",
            example);

    assertThat(version.exit()).as(version.output()).isZero();
    assertThat(version.output()).containsPattern("gloss \\d+\\.\\d+\\.\\d+\\S* \\(commit \\w+\\)");
    assertThat(failed.exit()).as(failed.output()).isNotZero();
    assertThat(archiveAfterFailure).as("class-data archive after a failed summary").isFalse();
    assertThat(summary.exit()).as(summary.output()).isZero();
    assertThat(summary.output()).contains("해상풍력").contains("용어 풀이");
    assertThat(home.resolve("lib/gloss.jsa")).as("class-data archive").isRegularFile();
    assertThat(again.output()).isEqualTo(summary.output());
    assertThat(Files.readAllLines(classLoads))
        .anyMatch(line -> line.contains("io.gloss.") && line.contains("shared objects file (top)"));

    // The service parts (HTTP server, JMX metrics, signals, SQLite, Slack client) need modules
    // that a summary does not: run it against the loopback Slack fake and stop it with SIGTERM.
    // The first run, stopped through the launcher, leaves the service's own class-data archive in
    // the data directory; the second maps the Slack client's classes from it.
    try (FakeSlackApi slack = new FakeSlackApi()) {
      Path data = Files.createDirectories(dir.resolve("data"));
      // What a JVM killed while it wrote the archive would leave: the next first run clears it.
      Path leftover = Files.write(data.resolve("gloss-run.jsa.12345"), new byte[1024]);
      runService(home, slack, data, Map.of());
      assertThat(data.resolve("gloss-run.jsa"))
          .as("the service's class-data archive")
          .isRegularFile();
      assertThat(leftover).doesNotExist();

      Path serviceLoads = dir.resolve("run-class-loads.log");
      runService(
          home,
          slack,
          data,
          Map.of("GLOSS_JAVA_OPTS", "-Xlog:class+load=info:file=" + serviceLoads));
      assertThat(Files.readAllLines(serviceLoads))
          .anyMatch(
              line ->
                  line.contains("com.slack.api.bolt.App ")
                      && line.contains("shared objects file (top)"));
    }
  }

  /** Runs {@code gloss run} until it is ready, then stops it with SIGTERM: it must exit 0. */
  private static void runService(
      Path home, FakeSlackApi slack, Path data, Map<String, String> extraEnv) throws Exception {
    int port = GlossProcess.freePort();
    Map<String, String> env = new java.util.HashMap<>(extraEnv);
    env.putAll(
        Map.of(
            "GLOSS_DATA_DIR", data.toString(),
            "SLACK_BOT_TOKEN", "xoxb-0000000000-release-test-token",
            "SLACK_SIGNING_SECRET", "release-signing-secret",
            "GLOSS_SLACK_MODE", "http",
            "GLOSS_SLACK_API_URL", slack.apiUrl(),
            "GLOSS_SERVER_PORT", String.valueOf(port),
            "GLOSS_SERVER_ADDRESS", "127.0.0.1"));
    Path log = Files.createTempFile(home.getParent(), "run", ".log");
    Process gloss = builder(home, env, "run").redirectOutput(log.toFile()).start();
    try {
      GlossProcess.awaitPort(port, gloss);
      HttpClient http = HttpClient.newHttpClient();
      HttpResponse<String> ready =
          GlossRunSlackIT.await(
              () -> get(http, port, "/readyz"), response -> response.statusCode() == 200);
      HttpResponse<String> metrics = get(http, port, "/metrics");

      assertThat(ready.statusCode()).as(Files.readString(log)).isEqualTo(200);
      assertThat(metrics.body()).contains("jvm_memory_used_bytes").contains("gloss_build_info");
    } finally {
      gloss.destroy();
      assertThat(gloss.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }
    assertThat(gloss.exitValue()).as(Files.readString(log)).isZero();
    // One stop, passed on once by the launcher: a clean stop, not the forced one of a second.
    assertThat(Files.readString(log))
        .contains("SIGTERM received: stopping")
        .doesNotContain("received again");
  }

  private record Result(int exit, String output) {}

  private static Result run(Path home, Map<String, String> env, String... args)
      throws IOException, InterruptedException {
    Process process = builder(home, env, args).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
    return new Result(process.exitValue(), output);
  }

  /** A process with a bare environment: no JAVA_HOME, and a PATH without any java. */
  private static ProcessBuilder builder(Path home, Map<String, String> env, String... args)
      throws IOException {
    Path tools = Files.createDirectories(home.getParent().resolve("tools"));
    for (String tool : List.of("readlink", "dirname", "mv", "rm")) {
      Path link = tools.resolve(tool);
      if (!Files.exists(link)) {
        Files.createSymbolicLink(link, Path.of("/usr/bin", tool));
      }
    }
    List<String> command = new java.util.ArrayList<>();
    command.add("/bin/sh");
    command.add(home.resolve("bin/gloss").toString());
    command.addAll(List.of(args));
    ProcessBuilder builder =
        new ProcessBuilder(command).redirectErrorStream(true).directory(home.getParent().toFile());
    builder.environment().clear();
    builder.environment().put("PATH", tools.toString());
    builder.environment().put("HOME", home.getParent().toString());
    builder.environment().putAll(env);
    return builder;
  }

  private static HttpResponse<String> get(HttpClient http, int port, String path) {
    try {
      return http.send(
          HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
          HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
