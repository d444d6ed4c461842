package io.gloss.core.extract;

import io.gloss.core.domain.TermKey;
import io.gloss.core.text.PrintedTerm;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the article's own glossary box in its paragraphs ({@code <용어설명>}, {@code [용어 설명]}, {@code ■
 * 용어풀이}, free-form headers such as {@code 알아두면 좋은 용어} or {@code Key terms}, inline {@code 용어설명: X는
 * …} prose, abbreviation lists like {@code APEC: 아시아태평양경제협력체}), parses it into terms and
 * definitions without duplicates, and returns the body without it. Entries may be one per
 * paragraph, one per line, or packed in one line separated by {@code ▲}, {@code ■} or {@code /}. A
 * subheading that merely starts with ■ is body text: only a box header followed by entries, or an
 * abbreviation list, opens a box.
 */
final class GlossaryBox {
  /**
   * A term and its definition as written in the box.
   *
   * @param term the term exactly as printed, e.g. {@code DSR(총부채원리금상환비율)}
   * @param aliases both halves of a bracketed term ({@code DSR}, {@code 총부채원리금상환비율})
   * @param definition the definition as printed
   */
  record Term(String term, List<String> aliases, String definition) {}

  /** The body without the box, and the box's terms. */
  record Split(List<String> body, List<Term> terms) {}

  private static final String HEADER_WORD = "용어\\s*(?:설명|풀이|해설|정리|사전)";

  /** The fixed box headers, with what follows on the same line or paragraph. */
  private static final Pattern HEADER =
      Pattern.compile(
          "^\\s*(?:[<\\[〈《【(]\\s*용어\\s*(?:설명|풀이|해설|정리|사전)?\\s*[>\\]〉》】)]"
              + "|[※■□▣◆◇●▶▷]\\s*용어\\s*(?:설명|풀이|해설|정리|사전)?(?=\\s|$|:|：)"
              + "|"
              + HEADER_WORD
              + "\\s*(?=$|\\n|:|：))\\s*[:：]?\\s*");

  /**
   * A free-form header line: short, names terms ("알아두면 좋은 용어", "[오늘의 경제용어]", "Key terms"), and is
   * not a sentence. Only a header if entries follow.
   */
  private static final Pattern FREE_HEADER =
      Pattern.compile(
          "^\\s*[<\\[〈《【(※■□▣◆◇●▶▷]*\\s*(?<h>[^\\n.!?]{0,14}용어[^\\n.!?다]{0,8}"
              + "|(?i:glossary|key terms|key words|jargon buster|terms to know|words to know"
              + "|what the terms mean|the terms explained))"
              + "\\s*[>\\]〉》】)]*\\s*[:：]?\\s*(?:\\n|$)");

  private static final Pattern BULLET = Pattern.compile("^\\s*[■□▣▲△●○◆◇▶▷•·※\\-–]+\\s*");

  /** Bullets that separate entries packed in one line. */
  private static final Pattern INLINE_BULLET = Pattern.compile("\\s*[■□▣▲△●◆◇▶▷•]\\s*");

  /** {@code term: definition}, {@code term = definition}, {@code term – definition}. */
  private static final Pattern TERM_SEPARATOR =
      Pattern.compile("^(.{1,40}?)\\s*(?:[:：=]|\\s[–—-]\\s)\\s*(.+)$", Pattern.DOTALL);

  /** {@code 전원합의체는 대법원장과 …}: inline prose after a header. */
  private static final Pattern PROSE =
      Pattern.compile(
          "^['‘\"“]?(?<term>[^\\s,.'‘’\"“”]{1,20}(?:\\s[^\\s,.'‘’\"“”]{1,20}){0,3}?)['’\"”]?"
              + "(?:은|는|이란|란)\\s+(?<def>.{8,})$",
          Pattern.DOTALL);

  /** " / " between entries packed in one line. */
  private static final Pattern SLASH = Pattern.compile("\\s+/\\s+");

  /**
   * {@code APEC: 아시아태평양경제협력체}: an upper-case abbreviation explained in Korean. English lines like
   * {@code Luton: Kaminski, Mengi, ...} (team sheets) are not glossaries.
   */
  private static final Pattern ABBREVIATION =
      Pattern.compile(
          "^\\s*[▲■•·\\-]?\\s*([A-Z][A-Z0-9&.\\-]{1,11}[a-z]?)\\s*[:：=]\\s*([^\"“'‘][^가-힣]{0,60}[가-힣].{0,300})$");

  /** Sentence endings: a "term" ending like this is body text. */
  private static final Pattern SENTENCE_END = Pattern.compile("(?:다|요|까)[.?!]?$|[.?!]$");

  private GlossaryBox() {}

  static Split split(List<String> paragraphs) {
    List<String> body = new ArrayList<>();
    Map<String, Term> terms = new LinkedHashMap<>();
    boolean inBox = false;
    for (int i = 0; i < paragraphs.size(); i++) {
      String paragraph = paragraphs.get(i);
      String rest = headerRest(paragraph);
      if (rest != null) {
        List<Term> here = new ArrayList<>();
        parseEntriesInto(rest, here, true);
        List<Term> next = new ArrayList<>();
        boolean followed =
            i + 1 < paragraphs.size() && parseEntriesInto(paragraphs.get(i + 1), next, false);
        if (!here.isEmpty() || followed) {
          inBox = true;
          here.forEach(t -> terms.putIfAbsent(key(t), t));
          continue;
        }
      }
      if (inBox) {
        List<Term> found = new ArrayList<>();
        if (parseEntriesInto(paragraph, found, false)) {
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

  /** The text after a box header, or null when the paragraph does not start with one. */
  static @org.jspecify.annotations.Nullable String headerRest(String paragraph) {
    if (!mayNameTerms(paragraph)) {
      return null; // both patterns need one of these words; most paragraphs have none
    }
    Matcher header = HEADER.matcher(paragraph);
    if (header.find()) {
      return paragraph.substring(header.end());
    }
    Matcher free = FREE_HEADER.matcher(paragraph);
    if (free.find()) {
      return paragraph.substring(free.end());
    }
    return null;
  }

  private static boolean mayNameTerms(String text) {
    if (text.contains("용어")) {
      return true;
    }
    // An English header opens its paragraph: its start is enough, and long paragraphs are common.
    String lower = text.substring(0, Math.min(text.length(), 300)).toLowerCase(Locale.ROOT);
    return lower.contains("gloss")
        || lower.contains("terms")
        || lower.contains("words")
        || lower.contains("jargon");
  }

  /** Whether a short text is a box header ("용어 설명", "Glossary", "알아두면 좋은 용어"). */
  static boolean isHeader(String text) {
    String rest = headerRest(text.strip());
    return rest != null && rest.isBlank();
  }

  private static String key(Term term) {
    return TermKey.of(term.term());
  }

  /**
   * Parses box text into entries. Returns false when the text is not glossary material (then the
   * box has ended).
   *
   * @param prose whether a lone "X는 …" sentence counts as an entry (right after a header)
   */
  static boolean parseEntriesInto(String text, List<Term> out, boolean prose) {
    String stripped = text.strip();
    if (stripped.isEmpty()) {
      return false;
    }
    List<Term> found = new ArrayList<>();
    List<String> pieces = inlinePieces(stripped);
    if (pieces != null) {
      for (String piece : pieces) {
        Term term = separated(piece);
        if (term == null) {
          return false;
        }
        found.add(term);
      }
    } else if (!linesOrGroups(stripped, found)) {
      if (!prose) {
        return false;
      }
      Matcher m = PROSE.matcher(stripped);
      if (!m.matches()) {
        return false;
      }
      found.add(new Term(m.group("term").strip(), List.of(), m.group("def").strip()));
    }
    out.addAll(found);
    return !found.isEmpty();
  }

  /**
   * Entries packed in one text: split on inline bullets (two or more, or one leading), then on " /
   * " when every piece is an entry. Null when the text is not packed this way.
   */
  private static @org.jspecify.annotations.Nullable List<String> inlinePieces(String text) {
    List<String> pieces = new ArrayList<>();
    Matcher bullets = INLINE_BULLET.matcher(text);
    int count = 0;
    boolean leading = false;
    while (bullets.find()) {
      count++;
      leading |= bullets.start() == 0;
    }
    if (count >= 2 || (count == 1 && leading && !text.contains("\n"))) {
      for (String piece : INLINE_BULLET.split(text)) {
        if (!piece.isBlank()) {
          pieces.add(piece.strip());
        }
      }
    } else {
      pieces.add(text);
    }
    List<String> out = new ArrayList<>();
    boolean split = pieces.size() > 1;
    for (String piece : pieces) {
      String[] parts = SLASH.split(piece);
      boolean allEntries = parts.length > 1;
      for (String part : parts) {
        allEntries &= !part.contains("\n") && separated(part) != null;
      }
      if (allEntries) {
        split = true;
        for (String part : parts) {
          out.add(part.strip());
        }
      } else {
        out.add(piece);
      }
    }
    return split ? out : null;
  }

  /** One {@code term SEP definition} entry, or null. */
  private static @org.jspecify.annotations.Nullable Term separated(String piece) {
    String flat = piece.strip();
    Matcher m = TERM_SEPARATOR.matcher(flat);
    if (m.matches() && plausibleTerm(m.group(1))) {
      return term(m.group(1), m.group(2).replaceAll("\\s*\\n\\s*", " "));
    }
    // "■ 탄소중립\n배출한 …": the term on its own line.
    int newline = flat.indexOf('\n');
    if (newline > 0 && plausibleTerm(flat.substring(0, newline))) {
      return term(
          flat.substring(0, newline), flat.substring(newline + 1).replaceAll("\\s*\\n\\s*", " "));
    }
    return null;
  }

  /**
   * One entry per line ({@code term: definition} on every line), or bulleted term lines each
   * followed by definition lines.
   */
  private static boolean linesOrGroups(String text, List<Term> out) {
    String[] lines = text.split("\n");
    List<Term> perLine = new ArrayList<>();
    for (String raw : lines) {
      String line = raw.strip();
      if (line.isEmpty()) {
        continue;
      }
      Matcher bullet = BULLET.matcher(line);
      String content = bullet.find() ? line.substring(bullet.end()) : line;
      Matcher m = TERM_SEPARATOR.matcher(content);
      if (!m.matches() || !plausibleTerm(m.group(1))) {
        perLine = null;
        break;
      }
      perLine.add(term(m.group(1), m.group(2)));
    }
    if (perLine != null && !perLine.isEmpty()) {
      out.addAll(perLine);
      return true;
    }
    // Bulleted term lines, each followed by its definition lines.
    String term = null;
    StringBuilder definition = new StringBuilder();
    List<Term> grouped = new ArrayList<>();
    for (String raw : lines) {
      String line = raw.strip();
      if (line.isEmpty()) {
        continue;
      }
      Matcher bullet = BULLET.matcher(line);
      if (bullet.find()) {
        if (term != null && definition.length() > 0) {
          grouped.add(term(term, definition.toString()));
        }
        definition.setLength(0);
        String content = line.substring(bullet.end());
        Matcher m = TERM_SEPARATOR.matcher(content);
        if (m.matches() && plausibleTerm(m.group(1))) {
          term = m.group(1);
          definition.append(m.group(2));
        } else {
          term = content;
        }
        if (!plausibleTerm(term)) {
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
      grouped.add(term(term, definition.toString()));
    }
    out.addAll(grouped);
    return !grouped.isEmpty();
  }

  /** Short, at most six words, not a sentence. */
  static boolean plausibleTerm(String term) {
    String t = term.strip();
    return !t.isEmpty()
        && t.length() <= 40
        && t.split("\\s+").length <= 6
        && !SENTENCE_END.matcher(t).find();
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

  /**
   * An entry with its term exactly as printed (bullets, quotes and a trailing colon trimmed) and,
   * for {@code ABBR(한글명)} or {@code 한글명(ABBR)}, both halves as aliases ({@code 큐비트(Qubit·양자비트)}
   * gives 큐비트, Qubit and 양자비트).
   */
  static Term term(String rawTerm, String definition) {
    PrintedTerm printed = PrintedTerm.of(rawTerm);
    return new Term(printed.term(), printed.aliases(), definition.strip());
  }
}
