package io.gloss.config.cli;

import io.gloss.core.domain.ArticleUnavailableException;
import io.gloss.core.domain.FailureReason;
import io.gloss.core.domain.FetchedPage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.jspecify.annotations.Nullable;

/**
 * One command-line input: a URL to fetch, or a local HTML file (whatever its extension; {@code .gz}
 * is decompressed) saved from {@code --url}.
 *
 * @param input the argument as given
 * @param url the URL to fetch, or the URL the file was saved from (may be null for a file)
 * @param page the file's bytes, or null for a URL
 */
public record CliInput(String input, @Nullable String url, @Nullable FetchedPage page) {
  private static final Pattern WEB_URL = Pattern.compile("(?i)^https?://.+");
  private static final long MAX_FILE_BYTES = 50L * 1024 * 1024;

  public boolean isFile() {
    return page != null;
  }

  /**
   * Resolves an argument.
   *
   * @param input a URL or a path
   * @param savedFrom the {@code --url} option: where a local file was saved from
   */
  public static CliInput resolve(String input, @Nullable String savedFrom)
      throws ArticleUnavailableException {
    if (WEB_URL.matcher(input).matches()) {
      return new CliInput(input, input, null);
    }
    Path path = Path.of(input);
    if (Files.isDirectory(path)) {
      throw new ArticleUnavailableException(
          FailureReason.UNREADABLE_FILE, "is a directory, not an HTML file: " + input);
    }
    if (Files.exists(path) && !Files.isRegularFile(path)) {
      throw new ArticleUnavailableException(
          FailureReason.UNREADABLE_FILE, "not a regular file (a device or pipe): " + input);
    }
    if (!Files.isRegularFile(path)) {
      if (input.matches("(?i)^[a-z][a-z0-9+.-]*:.*")) {
        throw new ArticleUnavailableException(
            FailureReason.INVALID_URL, "only http and https URLs are supported: " + input);
      }
      throw new ArticleUnavailableException(
          FailureReason.UNREADABLE_FILE, "no such file (and not an http(s) URL): " + input);
    }
    byte[] body = read(path);
    String pageUrl = savedFrom != null ? savedFrom : path.toAbsolutePath().toUri().toString();
    return new CliInput(input, savedFrom, new FetchedPage(pageUrl, pageUrl, null, body));
  }

  private static byte[] read(Path path) throws ArticleUnavailableException {
    try {
      if (Files.size(path) > MAX_FILE_BYTES) {
        throw new ArticleUnavailableException(
            FailureReason.TOO_LARGE, "file larger than " + MAX_FILE_BYTES + " bytes: " + path);
      }
      byte[] bytes = Files.readAllBytes(path);
      boolean gzip = bytes.length > 2 && (bytes[0] & 0xff) == 0x1f && (bytes[1] & 0xff) == 0x8b;
      return gzip ? gunzip(bytes, path) : bytes;
    } catch (IOException e) {
      throw new ArticleUnavailableException(
          FailureReason.UNREADABLE_FILE, "cannot read " + path + ": " + e.getMessage(), e);
    }
  }

  private static byte[] gunzip(byte[] bytes, Path path)
      throws IOException, ArticleUnavailableException {
    try (InputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(bytes))) {
      byte[] out = in.readNBytes((int) MAX_FILE_BYTES + 1);
      if (out.length > MAX_FILE_BYTES) {
        throw new ArticleUnavailableException(
            FailureReason.TOO_LARGE,
            "decompressed file larger than " + MAX_FILE_BYTES + " bytes: " + path);
      }
      return out;
    }
  }
}
