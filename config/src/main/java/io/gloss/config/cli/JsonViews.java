package io.gloss.config.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gloss.core.domain.Article;
import io.gloss.core.domain.Bullet;
import io.gloss.core.domain.DefineResult;
import io.gloss.core.domain.GlossaryEntry;
import io.gloss.core.domain.Note;
import io.gloss.core.domain.Provenance;
import io.gloss.core.domain.Summary;
import io.gloss.core.domain.SummaryResult;
import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The JSON shapes printed by the command line. Written field by field so that the output schema is
 * stable and documented here, not an accident of record layouts.
 */
public final class JsonViews {
  private static final ObjectMapper JSON = new ObjectMapper();

  private JsonViews() {}

  public static ObjectMapper mapper() {
    return JSON;
  }

  /** One {@code gloss extract} line. */
  public static ObjectNode extraction(
      String input, @Nullable String url, @Nullable Article article, @Nullable ObjectNode error) {
    ObjectNode node = JSON.createObjectNode();
    node.put("input", input);
    node.put("url", article != null ? article.url() : url);
    node.put("canonicalUrl", article != null ? article.canonicalUrl() : null);
    node.put("pageCanonicalUrl", article != null ? article.pageCanonicalUrl() : null);
    node.put("title", article != null ? article.title() : null);
    node.put("site", article != null ? article.site() : null);
    ArrayNode authors = node.putArray("authors");
    if (article != null) {
      article.authors().forEach(authors::add);
    }
    node.put("published", article != null ? iso(article.published()) : null);
    node.put("modified", article != null ? iso(article.modified()) : null);
    node.put("language", article != null ? article.language() : null);
    node.put("description", article != null ? article.description() : null);
    node.put("image", article != null ? article.imageUrl() : null);
    node.put("text", article != null ? article.text() : null);
    ArrayNode glossary = node.putArray("glossary");
    if (article != null) {
      for (GlossaryEntry entry : article.glossary()) {
        ObjectNode item = glossary.addObject();
        item.put("term", entry.term());
        item.put("definition", entry.definition());
        item.put("source", entry.provenance().kind().code());
      }
    }
    node.set("error", error);
    return node;
  }

  public static ObjectNode error(String code, String message) {
    ObjectNode node = JSON.createObjectNode();
    node.put("code", code);
    node.put("message", message);
    return node;
  }

  /** One {@code gloss summarize --format json} line. */
  public static ObjectNode summaryResult(String input, SummaryResult result) {
    ObjectNode node = JSON.createObjectNode();
    node.put("input", input);
    if (result instanceof SummaryResult.Success success) {
      node.put("cached", success.cached());
      node.set("summary", summary(success.summary()));
      node.putNull("error");
    } else {
      SummaryResult.Failure failure = (SummaryResult.Failure) result;
      node.putNull("summary");
      node.set("error", error(failure.reason().code(), failure.detail()));
    }
    return node;
  }

  public static ObjectNode summary(Summary summary) {
    ObjectNode node = JSON.createObjectNode();
    node.put("url", summary.url());
    node.put("title", summary.title());
    node.put("site", summary.site());
    node.put("published", iso(summary.published()));
    ArrayNode authors = node.putArray("authors");
    summary.authors().forEach(authors::add);
    node.put("readingMinutes", summary.readingMinutes());
    node.put("language", summary.language());
    node.put("style", summary.style().id());
    node.put("mode", summary.mode().code());
    node.put("model", summary.model());
    ArrayNode bullets = node.putArray("bullets");
    for (Bullet bullet : summary.bullets()) {
      ObjectNode item = bullets.addObject();
      item.put("text", bullet.text());
      ArrayNode ids = item.putArray("sentenceIds");
      bullet.sentenceIds().forEach(ids::add);
    }
    node.set("glossary", glossary(summary.glossary()));
    ArrayNode notes = node.putArray("notes");
    for (Note note : summary.notes()) {
      notes.addObject().put("code", note.code()).put("message", note.message());
    }
    node.put("contentHash", summary.contentHash());
    return node;
  }

  public static ArrayNode glossary(List<GlossaryEntry> entries) {
    ArrayNode array = JSON.createArrayNode();
    for (GlossaryEntry entry : entries) {
      array.add(entry(entry));
    }
    return array;
  }

  public static ObjectNode entry(GlossaryEntry entry) {
    ObjectNode item = JSON.createObjectNode();
    item.put("term", entry.term());
    ArrayNode aliases = item.putArray("aliases");
    entry.aliases().forEach(aliases::add);
    item.put("definition", entry.definition());
    item.put("language", entry.language());
    item.set("source", provenance(entry.provenance()));
    return item;
  }

  public static ObjectNode provenance(Provenance provenance) {
    ObjectNode node = JSON.createObjectNode();
    node.put("kind", provenance.kind().code());
    node.put("name", provenance.name());
    node.put("url", provenance.url());
    node.put("title", provenance.title());
    node.put("published", iso(provenance.published()));
    return node;
  }

  /** {@code gloss define --format json}. */
  public static ObjectNode define(String term, DefineResult result) {
    ObjectNode node = JSON.createObjectNode();
    node.put("term", term);
    if (result instanceof DefineResult.Found found) {
      node.put("found", true);
      node.set("entry", entry(found.entry()));
      node.set("others", glossary(found.others()));
      ArrayNode appearances = node.putArray("appearances");
      found.appearances().forEach(p -> appearances.add(provenance(p)));
    } else {
      DefineResult.NotFound notFound = (DefineResult.NotFound) result;
      node.put("found", false);
      ArrayNode suggestions = node.putArray("suggestions");
      notFound.suggestions().forEach(suggestions::add);
    }
    return node;
  }

  private static @Nullable String iso(@Nullable OffsetDateTime time) {
    return time == null ? null : time.toString();
  }
}
