package io.gloss.core.store;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Objects;
import java.util.jar.JarEntry;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.LibraryLoaderUtil;

/**
 * Keeps one copy of sqlite-jdbc's native library in the data directory and has sqlite-jdbc load it
 * from there. Left to itself, sqlite-jdbc unpacks the 1.1 MB library from the jar into the
 * temporary directory in every process, reads both back to compare them and deletes the copy at
 * exit: 0.06 s of CPU for each one-shot command (measured on {@code gloss summarize}), and a
 * process that is killed leaves its copy and lock file behind for good. The copy is named by the
 * jar entry's CRC, so a new sqlite-jdbc gets a new copy; it is written to a temporary file and
 * moved into place, so a process never loads a half-written one. Anything unusual (no jar, a
 * read-only or {@code noexec} data directory, a library already chosen with {@code
 * org.sqlite.lib.path}) leaves sqlite-jdbc to do as it always does.
 */
final class SqliteNativeLibrary {
  private static final Logger log = LoggerFactory.getLogger(SqliteNativeLibrary.class);

  /** sqlite-jdbc's own settings: the folder and file name of the library it loads first. */
  static final String PATH_PROPERTY = "org.sqlite.lib.path";

  static final String NAME_PROPERTY = "org.sqlite.lib.name";

  private SqliteNativeLibrary() {}

  /**
   * Has sqlite-jdbc load its native library from {@code dataDir/native/…}, copying it there first
   * when needed. Call it before the first SQLite connection of the process.
   */
  static synchronized void useCopyIn(Path dataDir) {
    if (System.getProperty(PATH_PROPERTY) != null || !Files.isDirectory(dataDir)) {
      return;
    }
    try {
      Path library = copyIn(dataDir);
      if (library == null) {
        return;
      }
      // Loaded here first, so that a data directory mounted noexec is found out quietly:
      // sqlite-jdbc
      // would log the failure with a stack trace. Its own load of the same file is then a no-op.
      System.load(library.toString());
      Path folder = Objects.requireNonNull(library.getParent(), "a copy is always in a folder");
      System.setProperty(PATH_PROPERTY, folder.toString());
      System.setProperty(NAME_PROPERTY, library.getFileName().toString());
    } catch (IOException | UnsatisfiedLinkError | SecurityException e) {
      log.debug("sqlite-jdbc unpacks its native library itself: {}", e.toString());
    }
  }

  /**
   * The library's copy in {@code dataDir}, written when missing or of the wrong size, or {@code
   * null} when the library is not a jar entry (an exploded class path: nothing to save).
   */
  static @Nullable Path copyIn(Path dataDir) throws IOException {
    String name = LibraryLoaderUtil.getNativeLibName();
    URL resource =
        SQLiteJDBCLoader.class.getResource(
            LibraryLoaderUtil.getNativeLibResourcePath() + "/" + name);
    if (resource == null) {
      return null;
    }
    URLConnection connection = resource.openConnection();
    if (!(connection instanceof JarURLConnection jar)) {
      return null;
    }
    // The jar's directory is already in memory (the class loader read it): no inflating here.
    JarEntry entry = jar.getJarEntry();
    if (entry.getSize() < 0 || entry.getCrc() < 0) {
      return null;
    }
    Path folder =
        dataDir
            .resolve("native")
            .resolve(String.format(Locale.ROOT, "sqlite-%08x", entry.getCrc()));
    Path library = folder.resolve(name);
    if (Files.isRegularFile(library) && Files.size(library) == entry.getSize()) {
      return library;
    }
    Files.createDirectories(folder);
    Path partial = Files.createTempFile(folder, name, ".partial");
    try {
      try (InputStream in = jar.getInputStream()) {
        Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
      }
      moveIntoPlace(partial, library);
    } finally {
      Files.deleteIfExists(partial);
    }
    return library;
  }

  private static void moveIntoPlace(Path partial, Path library) throws IOException {
    try {
      Files.move(partial, library, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(partial, library, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
