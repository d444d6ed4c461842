package io.gloss.core.extract;

import io.gloss.core.domain.TermKey;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the article's own glossary box in its paragraphs ({@code <용어설명>}, {@code [용어설명]}, {@code ■
 * 용어}, {@code ※ 용어 풀이}, abbreviation lists like {@code APEC: 아시아태평양경제협력체}), parses it into terms
 * and definitions without duplicates, and returns the body without it. A subheading that merely
 * starts with ■ is body text: only a box header or an abbreviation list opens a box.
 */
final class GlossaryBox {
  /** A term and its definition as written in the box. */
  record Term(String term, List<String> aliases, String definition) {}

  /** The body without the box, and the box's terms. */
  record Split(List<String> body, List<Term> terms) {}

  private static final Pattern HEADER =
      Pattern.compile(
          "^\\s*(?:[<\\[〈《【(]\\s*용어\\s*(?:설명|풀이|해설|정리|사전)?\\s*[>\\]〉》】)]"
              + "|[※■□▣◆◇●]\\s*용어\\s*(?:설명|풀이|해설|정리|사전)?(?=\\s|$|:|：)"
              + "|용어\\s*(?:설명|풀이|해설)\\s*(?=$|:|：))\\s*[:：]?\\s*");

  private static final Pattern BULLET = Pattern.compile("^\\s*[■□▣▲△●○◆◇▶▷•·※\\-–]+\\s*");

  /** {@code term: definition}, {@code term = definition}, {@code term – definition}. */
  private static final Pattern TERM_SEPARATOR =
      Pattern.compile("^(.{1,40}?)\\s*(?:[:：=]|\\s[–—-]\\s)\\s*(.+)$");

  /**
   * {@code APEC: 아시아태평양경제협력체}: an upper-case abbreviation explained in Korean. English lines like
   * {@code Luton: Kaminski, Mengi, ...} (team sheets) are not glossaries.
   */
  private static final Pattern ABBREVIATION =
      Pattern.compile(
          "^\\s*[▲■•·\\-]?\\s*([A-Z][A-Z0-9&.\\-]{1,11}[a-z]?)\\s*[:：=]\\s*([^\"“'‘][^가-힣]{0,60}[가-힣].{0,300})$");

  private static final Pattern ALIAS = Pattern.compile("^(.+?)\\s*[(（]([^()（）]+)[)）]$");

  private GlossaryBox() {}

  static Split split(List<String> paragraphs) {
    List<String> body = new ArrayList<>();
    Map<String, Term> terms = new LinkedHashMap<>();
    boolean inBox = false;
    for (int i = 0; i < paragraphs.size(); i++) {
      String paragraph = paragraphs.get(i);
      Matcher header = HEADER.matcher(paragraph);
      if (header.find()) {
        inBox = true;
        String rest = paragraph.substring(header.end());
        parseEntries(rest, terms);
        continue;
      }
      if (inBox) {
        List<Term> found = new ArrayList<>();
        if (parseEntriesInto(paragraph, found)) {
          found.forEach(t -> terms.putIfAbsent(key(t), t));
          continue;
        }
        inBox = false;
      }
      int run = abbreviationRun(paragraphs, i);
      if (run > 0) {
        for (int j = i; j < i + run; j++) {
          for (String line : paragraphs.get(j).split("\n")) {
            Matcher m = ABBREVIATION.matcher(line);
            if (m.matches()) {
              Term term = term(m.group(1), m.group(2));
              terms.putIfAbsent(key(term), term);
            }
          }
        }
        i += run - 1;
        continue;
      }
      body.add(paragraph);
    }
    return new Split(body, List.copyOf(terms.values()));
  }

  private static String key(Term term) {
    return TermKey.of(term.term());
  }

  private static void parseEntries(String text, Map<String, Term> terms) {
    List<Term> found = new ArrayList<>();
    parseEntriesInto(text, found);
    found.forEach(t -> terms.putIfAbsent(key(t), t));
  }

  /**
   * Parses {@code ■ term\ndefinition} and {@code term: definition} lines. Returns false when the
   * text is not glossary material (then the box has ended).
   */
  private static boolean parseEntriesInto(String text, List<Term> out) {
    String term = null;
    StringBuilder definition = new StringBuilder();
    boolean any = false;
    for (String rawLine : text.split("\n")) {
      String line = rawLine.strip();
      if (line.isEmpty()) {
        continue;
      }
      Matcher bullet = BULLET.matcher(line);
      boolean bulleted = bullet.find();
      String content = bulleted ? line.substring(bullet.end()) : line;
      Matcher separated = TERM_SEPARATOR.matcher(content);
      boolean newEntry = bulleted || (separated.matches() && term == null);
      if (newEntry) {
        if (term != null && definition.length() > 0) {
          out.add(term(term, definition.toString()));
          any = true;
        }
        definition.setLength(0);
        if (separated.matches()) {
          term = separated.group(1);
          definition.append(separated.group(2));
        } else {
          term = content;
        }
        if (term.length() > 40) {
          return false;
        }
      } else if (term != null) {
        if (definition.length() > 0) {
          definition.append(' ');
        }
        definition.append(line);
      } else {
        return false;
      }
    }
    if (term != null && definition.length() > 0) {
      out.add(term(term, definition.toString()));
      any = true;
    }
    return any;
  }

  /** Two or more abbreviation lines in a row, in one paragraph or in consecutive ones. */
  private static int abbreviationRun(List<String> paragraphs, int start) {
    int lines = 0;
    int run = 0;
    for (int j = start; j < paragraphs.size(); j++) {
      String[] parts = paragraphs.get(j).split("\n");
      boolean all = true;
      for (String line : parts) {
        all &= ABBREVIATION.matcher(line).matches();
      }
      if (!all) {
        break;
      }
      lines += parts.length;
      run++;
    }
    return lines >= 2 ? run : 0;
  }

  private static Term term(String rawTerm, String definition) {
    String term = rawTerm.strip().replaceAll("^[\\[<〈《【'\"“]+|[\\]>〉》】'\"”]+$", "").strip();
    List<String> aliases = new ArrayList<>();
    Matcher alias = ALIAS.matcher(term);
    if (alias.matches()) {
      term = alias.group(1).strip();
      aliases.add(alias.group(2).strip());
    }
    return new Term(term, aliases, definition.strip());
  }
}
