package io.gloss.config.ops;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * The version and git commit this program was built from, written into the jar by the build.
 *
 * @param version the project version, e.g. {@code 0.1.0-SNAPSHOT}
 * @param commit the abbreviated git commit, or {@code unknown} when built outside a git checkout
 */
public record BuildInfo(String version, String commit) {
  private static final String RESOURCE = "build.properties";
  private static final String UNKNOWN = "unknown";

  /** Reads the build information; a missing or unfiltered resource reads as unknown. */
  public static BuildInfo current() {
    Properties properties = new Properties();
    try (InputStream in = BuildInfo.class.getResourceAsStream(RESOURCE)) {
      if (in != null) {
        properties.load(in);
      }
    } catch (IOException e) {
      // Build information is informative only; an unreadable resource reads as unknown.
    }
    return new BuildInfo(
        clean(properties.getProperty("version")), clean(properties.getProperty("commit")));
  }

  private static String clean(@org.jspecify.annotations.Nullable String value) {
    // An unfiltered placeholder (running from an IDE without the build) is not a version.
    return value == null || value.isBlank() || value.startsWith("${") ? UNKNOWN : value.trim();
  }

  /** One line for {@code gloss --version} and the start-up log. */
  public String describe() {
    return "gloss " + version + " (commit " + commit + ")";
  }
}
