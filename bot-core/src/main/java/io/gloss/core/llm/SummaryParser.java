package io.gloss.core.llm;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gloss.core.domain.Bullet;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Reads the model's JSON answer into bullets and term explanations, or says what is wrong. */
final class SummaryParser {
  private static final ObjectMapper JSON = new ObjectMapper();

  private SummaryParser() {}

  record TermText(String term, String explanation) {}

  record Parsed(List<Bullet> bullets, List<TermText> terms) {}

  /** The parse, or the problem as a short English phrase (sent back in the repair request). */
  record Result(@Nullable Parsed parsed, @Nullable String problem) {}

  static Result parse(String answer) {
    String json = unwrap(answer);
    JsonNode root;
    try {
      root = JSON.readTree(json);
    } catch (JsonProcessingException e) {
      return problem("not valid JSON");
    }
    if (root == null || !root.isObject()) {
      return problem("the reply is not a JSON object");
    }
    JsonNode bulletsNode = root.get("bullets");
    if (bulletsNode == null || !bulletsNode.isArray() || bulletsNode.isEmpty()) {
      return problem("\"bullets\" must be a non-empty array");
    }
    List<Bullet> bullets = new ArrayList<>();
    for (JsonNode node : bulletsNode) {
      JsonNode text = node.get("text");
      if (text == null || !text.isTextual() || text.asText().isBlank()) {
        return problem("every bullet needs a non-empty \"text\" string");
      }
      JsonNode ids = node.get("sentence_ids");
      if (ids == null || !ids.isArray()) {
        return problem("every bullet needs a \"sentence_ids\" array of integers");
      }
      List<Integer> sentenceIds = new ArrayList<>();
      for (JsonNode id : ids) {
        if (id.canConvertToInt() && id.isIntegralNumber()) {
          sentenceIds.add(id.asInt());
        } else if (id.isTextual() && id.asText().strip().matches("\\[?\\d{1,6}]?")) {
          sentenceIds.add(Integer.parseInt(id.asText().replaceAll("[^0-9]", "")));
        } else {
          return problem("\"sentence_ids\" must hold integers");
        }
      }
      bullets.add(new Bullet(text.asText(), sentenceIds));
    }
    List<TermText> terms = new ArrayList<>();
    JsonNode termsNode = root.get("terms");
    if (termsNode != null && termsNode.isArray()) {
      for (JsonNode node : termsNode) {
        JsonNode term = node.get("term");
        JsonNode explanation = node.get("explanation");
        if (term != null
            && term.isTextual()
            && !term.asText().isBlank()
            && explanation != null
            && explanation.isTextual()
            && !explanation.asText().isBlank()) {
          terms.add(new TermText(term.asText().strip(), explanation.asText().strip()));
        }
      }
    }
    return new Result(new Parsed(bullets, terms), null);
  }

  /** Models without a schema mode like to wrap JSON in a code fence or a sentence. */
  static String unwrap(String answer) {
    String s = answer.strip();
    int start = s.indexOf('{');
    int end = s.lastIndexOf('}');
    if (start >= 0 && end > start) {
      return s.substring(start, end + 1);
    }
    return s;
  }

  private static Result problem(String problem) {
    return new Result(null, problem);
  }
}
