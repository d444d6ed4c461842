package io.gloss.core.glossary;

import io.gloss.core.domain.GlossaryEntry;
import io.gloss.core.domain.Provenance;
import io.gloss.core.domain.SourceKind;
import io.gloss.core.domain.TermKey;
import io.gloss.core.port.out.GlossaryStore;
import io.gloss.core.text.Words;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jspecify.annotations.Nullable;

/**
 * Imports a dictionary into the glossary with {@link SourceKind#DICTIONARY} provenance, keeping
 * attribution (the dictionary's name on every entry):
 *
 * <ul>
 *   <li>TSV or CSV: {@code term, explanation[, source[, kind, aliases (| separated), url]]}; an
 *       optional header row starting with {@code term} or {@code 용어}; the source column, when
 *       present and not blank, names the dictionary, else the file name does. The extra columns let
 *       a {@link GlossaryExporter} TSV be imported again (as dictionary entries).
 *   <li>the XML exports of the National Institute of Korean Language: 우리말샘 ({@code
 *       item/wordinfo/word}, {@code item/senseinfo/definition}) and 표준국어대사전 ({@code
 *       item/word_info/word}, {@code .../sense_info/definition}); the first sense of the first item
 *       of each word is kept; {@code ^} (spacing allowed) and {@code -} (morpheme boundary) marks
 *       are removed; the original-language form becomes an alias. Read by streaming, with DTDs and
 *       external entities disabled.
 * </ul>
 *
 * A term seen twice in one file keeps its first explanation. Thread-safe if the store is.
 */
public final class GlossaryImporter {
  private static final int MAX_TERM_CHARS = 100;
  private static final int MAX_DEFINITION_CHARS = 2000;

  private final GlossaryStore store;

  public GlossaryImporter(GlossaryStore store) {
    this.store = Objects.requireNonNull(store, "store");
  }

  /** Imports a file by its extension: {@code .xml}, {@code .csv}, else TSV. */
  public ImportResult importFile(Path file) throws IOException {
    String name = file.getFileName().toString();
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".xml")) {
      try (InputStream in = Files.newInputStream(file)) {
        return importNiklXml(in);
      }
    }
    String baseName = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return lower.endsWith(".csv") ? importCsv(reader, baseName) : importTsv(reader, baseName);
    }
  }

  public ImportResult importTsv(Reader reader, String defaultSource) throws IOException {
    List<List<String>> rows = new ArrayList<>();
    BufferedReader lines = new BufferedReader(reader);
    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
      if (!line.isBlank() && !line.startsWith("#")) {
        rows.add(List.of(line.split("\t", -1)));
      }
    }
    return importRows(rows, defaultSource);
  }

  public ImportResult importCsv(Reader reader, String defaultSource) throws IOException {
    return importRows(CsvRows.read(reader), defaultSource);
  }

  private ImportResult importRows(List<List<String>> rows, String defaultSource) {
    Batch batch = new Batch();
    for (int i = 0; i < rows.size(); i++) {
      List<String> row = rows.get(i);
      String first = row.isEmpty() ? "" : stripBom(row.get(0)).strip().toLowerCase(Locale.ROOT);
      if (i == 0 && (first.equals("term") || first.equals("용어"))) {
        continue;
      }
      String term = cell(row, 0);
      String explanation = cell(row, 1);
      String source = cell(row, 2).isEmpty() ? defaultSource : cell(row, 2);
      List<String> aliases = new ArrayList<>();
      for (String alias : cell(row, 4).split("\\|")) {
        if (!alias.isBlank()) {
          aliases.add(alias.strip());
        }
      }
      batch.add(stripBom(term), aliases, explanation, source);
    }
    return batch.result();
  }

  /** Imports a 우리말샘 or 표준국어대사전 XML export. */
  public ImportResult importNiklXml(InputStream in) throws IOException {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    Batch batch = new Batch();
    try {
      // Decoded here, strictly: given bytes, the JDK's parser prints "[Fatal Error] …" to stderr
      // on a bad byte sequence before it throws, which no reporter or handler silences.
      XMLStreamReader xml = factory.createXMLStreamReader(utf8(in));
      String dictionary = null;
      String word = null;
      String definition = null;
      List<String> aliases = new ArrayList<>();
      boolean inItem = false;
      while (xml.hasNext()) {
        int event = xml.next();
        if (event == XMLStreamConstants.START_ELEMENT) {
          String element = xml.getLocalName();
          switch (element) {
            case "item" -> {
              inItem = true;
              word = null;
              definition = null;
              aliases = new ArrayList<>();
            }
            case "wordinfo", "senseinfo" -> dictionary = dictionary == null ? "우리말샘" : dictionary;
            case "word_info", "sense_info" ->
                dictionary = dictionary == null ? "표준국어대사전" : dictionary;
            case "word" -> {
              if (inItem && word == null) {
                word = cleanWord(textOf(xml));
              }
            }
            case "definition" -> {
              if (inItem && definition == null) {
                definition = cleanDefinition(textOf(xml));
              }
            }
            case "original_language" -> {
              if (inItem) {
                String original = textOf(xml).replace("^", " ").strip();
                if (!original.isEmpty() && original.chars().anyMatch(c -> c < 0x3000)) {
                  aliases.add(original);
                }
              }
            }
            default -> {}
          }
        } else if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("item")) {
          inItem = false;
          String name = dictionary == null ? "국립국어원 사전" : dictionary;
          batch.add(
              word == null ? "" : word,
              aliases,
              definition == null ? "" : definition,
              name + " (국립국어원, CC BY-SA)");
        }
      }
      xml.close();
    } catch (XMLStreamException e) {
      throw new IOException("Not a readable dictionary XML: " + problem(e), e);
    } catch (CharacterCodingException e) {
      throw new IOException("Not a readable dictionary XML: the file is not UTF-8 text", e);
    }
    return batch.result();
  }

  /** A strict UTF-8 reader of {@code in}, past a byte order mark. */
  private static Reader utf8(InputStream in) throws IOException {
    BufferedInputStream buffered = new BufferedInputStream(in);
    buffered.mark(3);
    byte[] head = buffered.readNBytes(3);
    boolean bom =
        head.length == 3
            && head[0] == (byte) 0xEF
            && head[1] == (byte) 0xBB
            && head[2] == (byte) 0xBF;
    if (!bom) {
      buffered.reset();
    }
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    return new BufferedReader(new InputStreamReader(buffered, decoder));
  }

  /** One line: where the XML breaks and why, or that it is not UTF-8. */
  private static String problem(XMLStreamException e) {
    if (e.getNestedException() instanceof CharacterCodingException) {
      return "the file is not UTF-8 text";
    }
    String message = String.valueOf(e.getMessage());
    int why = message.indexOf("Message: ");
    String reason = (why >= 0 ? message.substring(why + "Message: ".length()) : message).strip();
    reason = reason.replaceAll("\\s+", " ");
    return e.getLocation() == null || e.getLocation().getLineNumber() < 0
        ? reason
        : "line "
            + e.getLocation().getLineNumber()
            + ", column "
            + e.getLocation().getColumnNumber()
            + ": "
            + reason;
  }

  /** The text of the current element, including text inside nested markup ({@code <FL>}). */
  private static String textOf(XMLStreamReader xml) throws XMLStreamException {
    StringBuilder text = new StringBuilder();
    int depth = 1;
    while (depth > 0 && xml.hasNext()) {
      int event = xml.next();
      switch (event) {
        case XMLStreamConstants.START_ELEMENT -> depth++;
        case XMLStreamConstants.END_ELEMENT -> depth--;
        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
            text.append(xml.getText());
        default -> {}
      }
    }
    return text.toString();
  }

  /** Entries written per transaction. */
  private static final int ENTRIES_PER_WRITE = 500;

  /** Entries of one import, first explanation of a term wins. */
  private final class Batch {
    private final Set<String> seen = new HashSet<>();
    private final List<GlossaryEntry> pending = new ArrayList<>(ENTRIES_PER_WRITE);
    private int read;
    private int imported;

    void add(String term, List<String> aliases, String explanation, String source) {
      read++;
      String cleanTerm = term.strip();
      String cleanExplanation = explanation.strip();
      String key = TermKey.of(cleanTerm);
      if (key.isEmpty()
          || cleanExplanation.isEmpty()
          || cleanTerm.length() > MAX_TERM_CHARS
          || cleanExplanation.length() > MAX_DEFINITION_CHARS
          || !seen.add(key)) {
        return;
      }
      pending.add(
          new GlossaryEntry(
              cleanTerm,
              aliases,
              cleanExplanation,
              languageOf(cleanExplanation),
              new Provenance(SourceKind.DICTIONARY, source.strip(), null, null, null)));
      if (pending.size() >= ENTRIES_PER_WRITE) {
        flush();
      }
    }

    private void flush() {
      if (pending.isEmpty()) {
        return;
      }
      store.upsertAll(pending);
      imported += pending.size();
      pending.clear();
    }

    ImportResult result() {
      flush();
      return new ImportResult(read, imported, read - imported);
    }
  }

  private static @Nullable String languageOf(String text) {
    if (Words.hasHangul(text)) {
      return "ko";
    }
    return text.chars().anyMatch(c -> (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))
        ? "en"
        : null;
  }

  private static String cell(List<String> row, int index) {
    return index < row.size() ? row.get(index).strip() : "";
  }

  private static String stripBom(String s) {
    return s.startsWith("\uFEFF") ? s.substring(1) : s;
  }

  /** "소버린^인공^지능" → "소버린 인공 지능", "경제-협력" → "경제협력", "가게01" → "가게". */
  static String cleanWord(String word) {
    return word.replace("^", " ").replace("-", "").replaceAll("(?<=[가-힣])\\d{2,3}$", "").strip();
  }

  /** Removes markup left in definitions ({@code <FL>}, {@code <sub>}) and squeezes spaces. */
  static String cleanDefinition(String definition) {
    return definition.replaceAll("<[^>]{1,20}>", "").replaceAll("\\s+", " ").strip();
  }
}
