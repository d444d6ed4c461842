package io.gloss.core.glossary;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gloss.core.domain.GlossaryEntry;
import io.gloss.core.domain.Provenance;
import io.gloss.core.domain.Workspace;
import io.gloss.core.port.out.GlossaryStore;
import io.gloss.core.port.out.TeamGlossaryStore;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Writes the whole glossary, with provenance, as TSV ({@code term, explanation, source, kind,
 * aliases, url}: the format {@link GlossaryImporter} reads back) or as a JSON array. Team entries
 * come first and only those of one workspace: another workspace's are never exported.
 */
public final class GlossaryExporter {
  private final GlossaryStore store;
  private final @Nullable TeamGlossaryStore team;
  private final Workspace workspace;
  private final ObjectMapper mapper = new ObjectMapper();

  /** The shared glossary only. */
  public GlossaryExporter(GlossaryStore store) {
    this.store = Objects.requireNonNull(store, "store");
    this.team = null;
    this.workspace = Workspace.DEFAULT;
  }

  /** The workspace's team entries, then the shared glossary. */
  public GlossaryExporter(GlossaryStore store, TeamGlossaryStore team, Workspace workspace) {
    this.store = Objects.requireNonNull(store, "store");
    this.team = Objects.requireNonNull(team, "team");
    this.workspace = Objects.requireNonNull(workspace, "workspace");
  }

  private List<GlossaryEntry> entries() {
    List<GlossaryEntry> entries = new ArrayList<>();
    if (team != null) {
      entries.addAll(team.list(workspace));
    }
    entries.addAll(store.all());
    return entries;
  }

  /** Writes TSV with a header row; returns the number of entries written. */
  public int exportTsv(Writer out) throws IOException {
    List<GlossaryEntry> entries = entries();
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
    List<GlossaryEntry> entries = entries();
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
