package io.gloss.config.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs the real {@code gloss.jar} in its own process, as a user would. */
final class GlossProcess {
  static final Path JAR = Path.of("target/gloss.jar");

  /**
   * With {@code -Dgloss.it.launcher=true}, gloss runs through the release launcher ({@code
   * bin/gloss}: the class-data archive {@code target/gloss.jsa} when {@code ./gloss} has made it,
   * the quick compiler for one-shot commands) instead of a bare {@code java -jar}: for comparing
   * start-up figures such as {@link GlossRunReadinessIT}'s.
   */
  static final String THROUGH_LAUNCHER = "gloss.it.launcher";

  private static final Path LAUNCHER = Path.of("src/release/bin/gloss");

  private GlossProcess() {}

  /**
   * The outcome of one run.
   *
   * @param exit the exit code
   * @param out what went to stdout
   * @param err what went to stderr
   */
  record Result(int exit, String out, String err) {}

  /** Starts gloss without waiting for it; output goes to a log file next to the temp dir. */
  static Process start(Map<String, String> env, String... args) throws IOException {
    ProcessBuilder builder = builder(env, args);
    Path log = Files.createTempFile("gloss-run", ".log");
    builder.redirectErrorStream(true).redirectOutput(log.toFile());
    return builder.start();
  }

  /** Starts gloss without waiting for it; stdout and stderr go to {@code log}. */
  static Process start(Map<String, String> env, Path log, String... args) throws IOException {
    ProcessBuilder builder = builder(env, args);
    builder.redirectErrorStream(true).redirectOutput(log.toFile());
    return builder.start();
  }

  /** A port that was free a moment ago. */
  static int freePort() throws IOException {
    try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  /** Waits until gloss accepts connections on the port (or fails if it exits first). */
  static void awaitPort(int port, Process process) throws InterruptedException {
    long deadline = System.nanoTime() + java.time.Duration.ofSeconds(90).toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("gloss exited with " + process.exitValue());
      }
      try (java.net.Socket socket = new java.net.Socket("127.0.0.1", port)) {
        return;
      } catch (IOException notYet) {
        Thread.sleep(200);
      }
    }
    throw new IllegalStateException("gloss did not open port " + port);
  }

  static Result run(Map<String, String> env, String... args)
      throws IOException, InterruptedException {
    ProcessBuilder builder = builder(env, args);
    Path out = Files.createTempFile("gloss-out", ".txt");
    Path err = Files.createTempFile("gloss-err", ".txt");
    builder.redirectOutput(out.toFile()).redirectError(err.toFile());
    Process process = builder.start();
    if (!process.waitFor(120, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new IllegalStateException("gloss did not finish: " + List.of(args));
    }
    Result result =
        new Result(
            process.exitValue(),
            Files.readString(out, StandardCharsets.UTF_8),
            Files.readString(err, StandardCharsets.UTF_8));
    Files.deleteIfExists(out);
    Files.deleteIfExists(err);
    return result;
  }

  private static ProcessBuilder builder(Map<String, String> env, String... args) {
    if (!Files.isRegularFile(JAR)) {
      throw new IllegalStateException("build the jar first (mvn package): " + JAR.toAbsolutePath());
    }
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command = new ArrayList<>();
    if (Boolean.getBoolean(THROUGH_LAUNCHER)) {
      command.add(LAUNCHER.toString());
    } else {
      command.addAll(List.of(java, "-jar", JAR.toString()));
    }
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command);
    // A clean environment: nothing of the developer's own configuration leaks in.
    builder
        .environment()
        .keySet()
        .removeIf(
            name ->
                name.startsWith("GLOSS_")
                    || name.startsWith("SLACK_")
                    || name.startsWith("DISCORD_"));
    if (Boolean.getBoolean(THROUGH_LAUNCHER)) {
      builder.environment().put("GLOSS_JAVA", java);
      builder.environment().put("GLOSS_JAR", JAR.toString());
    }
    builder.environment().putAll(env);
    return builder;
  }
}
