package io.gloss.config.arch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The bot's words live in one catalogue in bot-core ({@code io.gloss.core.render.ReplyTexts} and
 * its siblings); the chat adapters add only markup. Korean text in an adapter's string literals is
 * the clearest sign of words outside the catalogue, so none may remain in their main code.
 *
 * <p>The one exception is {@code GlossCommands}: the Korean name and description localizations
 * Discord requires when the slash commands are registered. They are registration data in Discord's
 * own shape (lowercase names of at most 32 characters, per {@code DiscordLocale}), fixed per
 * command and option, not sentences the bot says in a conversation.
 */
class WordsInCatalogueTest {
  private static final Pattern HANGUL =
      Pattern.compile("[\\x{1100}-\\x{11FF}\\x{3130}-\\x{318F}\\x{AC00}-\\x{D7A3}]");
  private static final Set<String> ALLOWED = Set.of("GlossCommands.java");

  @Test
  void adapters_mainCode_hasNoKoreanStringLiterals() {
    List<String> found = new ArrayList<>();
    for (String module : List.of("slack-adapter", "discord-adapter")) {
      Path sources = root().resolve(module).resolve("src/main/java");
      assertThat(sources).isDirectory();
      for (Path file : javaFiles(sources)) {
        if (ALLOWED.contains(file.getFileName().toString())) {
          continue;
        }
        for (String literal : stringLiterals(read(file))) {
          if (HANGUL.matcher(literal).find()) {
            found.add(root().relativize(file) + ": \"" + literal + "\"");
          }
        }
      }
    }
    assertThat(found).as("Korean words outside the core's catalogue").isEmpty();
  }

  @Test
  void stringLiterals_skipsCommentsAndReadsEscapesAndTextBlocks() {
    String source =
        "// \"주석\"\n/* \"주석\" */ String a = \"a\\\"b\"; char c = '\"'; String t = \"\"\"\n  블록\n  \"\"\";";
    assertThat(stringLiterals(source)).containsExactly("a\\\"b", "  블록\n  ");
  }

  /** The contents of the string literals and text blocks of a Java source, comments skipped. */
  static List<String> stringLiterals(String source) {
    List<String> literals = new ArrayList<>();
    int i = 0;
    int n = source.length();
    while (i < n) {
      char c = source.charAt(i);
      if (source.startsWith("//", i)) {
        int end = source.indexOf('\n', i);
        i = end < 0 ? n : end + 1;
      } else if (source.startsWith("/*", i)) {
        int end = source.indexOf("*/", i + 2);
        i = end < 0 ? n : end + 2;
      } else if (source.startsWith("\"\"\"", i)) {
        int start = source.indexOf('\n', i + 3) + 1;
        int end = source.indexOf("\"\"\"", start);
        end = end < 0 ? n : end;
        literals.add(source.substring(start, end));
        i = Math.min(n, end + 3);
      } else if (c == '"' || c == '\'') {
        int j = i + 1;
        while (j < n && source.charAt(j) != c) {
          j += source.charAt(j) == '\\' ? 2 : 1;
        }
        if (c == '"') {
          literals.add(source.substring(i + 1, Math.min(j, n)));
        }
        i = j + 1;
      } else {
        i++;
      }
    }
    return literals;
  }

  /** The repository root: the parent of this module's directory. */
  private static Path root() {
    Path here = Path.of("").toAbsolutePath();
    return Files.isDirectory(here.resolve("slack-adapter")) ? here : here.getParent();
  }

  private static List<Path> javaFiles(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
