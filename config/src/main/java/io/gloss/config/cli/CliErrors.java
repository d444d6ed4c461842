package io.gloss.config.cli;

import io.gloss.core.store.StoreException;
import io.gloss.core.url.UrlRedactor;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a command that failed tells its user: one line naming the problem and the documented exit
 * code, 2 for a usage or configuration mistake, 3 for an input or a dependency (file system,
 * database) that failed. The stack trace goes to the debug log only.
 */
public final class CliErrors {
  private static final Logger log = LoggerFactory.getLogger(CliErrors.class);

  private CliErrors() {}

  /** Prints the line and returns the exit code. */
  public static int report(Exception e, PrintWriter err) {
    log.debug("Command failed", e);
    err.println("gloss: " + oneLine(message(e)));
    return e instanceof IllegalArgumentException ? GlossCommand.USAGE : GlossCommand.INPUT_FAILED;
  }

  static String message(Throwable e) {
    if (e instanceof StoreException) {
      return "the store is unavailable: " + e.getMessage() + rootCause(e);
    }
    if (e instanceof UncheckedIOException unchecked) {
      IOException cause = unchecked.getCause();
      String own = e.getMessage();
      if (cause == null) {
        return String.valueOf(own);
      }
      return own == null || own.equals(String.valueOf(cause))
          ? message(cause)
          : own + ": " + message(cause);
    }
    if (e instanceof FileSystemException fs) {
      return fileProblem(fs);
    }
    if (e instanceof IOException && e.getMessage() != null) {
      return e.getMessage();
    }
    String text = e.getMessage();
    return text == null || text.isBlank() ? "failed: " + e.getClass().getSimpleName() : text;
  }

  private static String fileProblem(FileSystemException e) {
    String file = e.getFile() == null ? "" : e.getFile() + ": ";
    if (e instanceof NoSuchFileException) {
      return file + "no such file or directory";
    }
    if (e instanceof AccessDeniedException) {
      return file + "permission denied";
    }
    if (e instanceof NotDirectoryException) {
      return file + "not a directory";
    }
    return file + (e.getReason() == null ? e.getClass().getSimpleName() : e.getReason());
  }

  /** The innermost cause's message (a refused connection, an unknown host), when it adds one. */
  private static String rootCause(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    if (root == e || root.getMessage() == null || e.getMessage() == null) {
      return "";
    }
    return e.getMessage().contains(root.getMessage()) ? "" : " (" + root.getMessage() + ")";
  }

  private static String oneLine(String text) {
    String line = UrlRedactor.redact(text).replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
    return line.length() > 300 ? line.substring(0, 299) + "…" : line;
  }
}
