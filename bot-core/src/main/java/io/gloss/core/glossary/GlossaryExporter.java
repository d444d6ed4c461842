package io.gloss.core.glossary;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gloss.core.domain.GlossaryEntry;
import io.gloss.core.domain.Provenance;
import io.gloss.core.port.out.GlossaryStore;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Objects;

/**
 * Writes the whole glossary, with provenance, as TSV ({@code term, explanation, source, kind,
 * aliases, url}: the format {@link GlossaryImporter} reads back) or as a JSON array.
 */
public final class GlossaryExporter {
  private final GlossaryStore store;
  private final ObjectMapper mapper = new ObjectMapper();

  public GlossaryExporter(GlossaryStore store) {
    this.store = Objects.requireNonNull(store, "store");
  }

  /** Writes TSV with a header row; returns the number of entries written. */
  public int exportTsv(Writer out) throws IOException {
    List<GlossaryEntry> entries = store.all();
    out.write("term\texplanation\tsource\tkind\taliases\turl\n");
    for (GlossaryEntry entry : entries) {
      Provenance p = entry.provenance();
      String source = p.name() != null ? p.name() : p.kind().code();
      out.write(
          String.join(
                  "\t",
                  cell(entry.term()),
                  cell(entry.definition()),
                  cell(source),
                  p.kind().code(),
                  cell(String.join("|", entry.aliases())),
                  cell(p.url() == null ? "" : p.url()))
              + "\n");
    }
    out.flush();
    return entries.size();
  }

  /** Writes a JSON array of entries; returns the number written. */
  public int exportJson(Writer out) throws IOException {
    List<GlossaryEntry> entries = store.all();
    try (JsonGenerator json = mapper.getFactory().createGenerator(out)) {
      json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      json.useDefaultPrettyPrinter();
      json.writeStartArray();
      for (GlossaryEntry entry : entries) {
        Provenance p = entry.provenance();
        json.writeStartObject();
        json.writeStringField("term", entry.term());
        json.writeArrayFieldStart("aliases");
        for (String alias : entry.aliases()) {
          json.writeString(alias);
        }
        json.writeEndArray();
        json.writeStringField("definition", entry.definition());
        json.writeStringField("language", entry.language());
        json.writeObjectFieldStart("source");
        json.writeStringField("kind", p.kind().code());
        json.writeStringField("name", p.name());
        json.writeStringField("url", p.url());
        json.writeStringField("title", p.title());
        json.writeStringField("published", p.published() == null ? null : p.published().toString());
        json.writeEndObject();
        json.writeEndObject();
      }
      json.writeEndArray();
    }
    out.flush();
    return entries.size();
  }

  /** Tabs and line breaks would break the row: they become spaces. */
  private static String cell(String value) {
    return value.replaceAll("[\\t\\r\\n]+", " ");
  }
}
