package io.gloss.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.LibraryLoaderUtil;

class SqliteNativeLibraryTest {
  @TempDir Path dataDir;

  @Test
  void copyIn_writesTheJarsLibraryOnceAndReusesIt() throws Exception {
    Path library = SqliteNativeLibrary.copyIn(dataDir);

    assertThat(library).isNotNull();
    assertThat(library.getFileName().toString()).isEqualTo(LibraryLoaderUtil.getNativeLibName());
    assertThat(Files.readAllBytes(library)).isEqualTo(jarLibrary());
    FileTime marked = FileTime.from(Instant.parse("2020-01-01T00:00:00Z"));
    Files.setLastModifiedTime(library, marked);

    assertThat(SqliteNativeLibrary.copyIn(dataDir)).isEqualTo(library);
    assertThat(Files.getLastModifiedTime(library)).isEqualTo(marked);
    try (var files = Files.list(library.getParent())) {
      assertThat(files).containsExactly(library); // no partial copy left behind
    }
  }

  @Test
  void copyIn_aCopyCutShort_isWrittenAgain() throws Exception {
    Path library = SqliteNativeLibrary.copyIn(dataDir);
    assertThat(library).isNotNull();
    byte[] whole = Files.readAllBytes(library);
    Files.write(library, java.util.Arrays.copyOf(whole, whole.length / 2));

    assertThat(SqliteNativeLibrary.copyIn(dataDir)).isEqualTo(library);
    assertThat(Files.readAllBytes(library)).isEqualTo(whole);
  }

  private static byte[] jarLibrary() throws Exception {
    String resource =
        LibraryLoaderUtil.getNativeLibResourcePath() + "/" + LibraryLoaderUtil.getNativeLibName();
    try (InputStream in = SQLiteJDBCLoader.class.getResourceAsStream(resource)) {
      assertThat(in).isNotNull();
      return in.readAllBytes();
    }
  }
}
