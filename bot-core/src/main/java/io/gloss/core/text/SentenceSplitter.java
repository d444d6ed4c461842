package io.gloss.core.text;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits Korean and English text into sentences. Stateless and thread-safe.
 *
 * <p>Rules, in the order they matter:
 *
 * <ul>
 *   <li>line breaks always end a sentence (list items and subheadings sit on their own lines);
 *   <li>a list marker ({@code ▶ ■ ● ◆ ◇ ※ • ▲}) after a space starts a new sentence;
 *   <li>{@code . ! ? …} (and runs such as {@code ...} or {@code ?!}) end a sentence, together with
 *       the closing quotes and brackets that follow, unless they sit inside a matched pair of
 *       quotes or brackets;
 *   <li>a Korean ending ({@code 다 요 죠 까 니 함 음 임 됨}) before the punctuation ends a sentence even
 *       without a following space ({@code 했다.그러나}), and so does a full-width {@code 。！？} (Chinese
 *       and Japanese put no space after a sentence);
 *   <li>otherwise a full stop needs a following space and a sentence start: not a lower-case word
 *       ({@code e.g. the}), not a decimal ({@code 3.5}), not after an abbreviation ({@code U.S.},
 *       {@code Dr.}, {@code a.m.}, {@code 등}) or an initial ({@code J. K. Rowling});
 *   <li>an ellipsis inside a Korean clause ({@code 나왔지만... 미중}) or before a lower-case word does
 *       not end a sentence.
 * </ul>
 */
public final class SentenceSplitter {

  /** Titles that are always followed by a name: never a sentence end. */
  private static final Set<String> TITLES =
      Set.of(
          "mr",
          "mrs",
          "ms",
          "dr",
          "prof",
          "st",
          "sr",
          "jr",
          "gen",
          "gov",
          "sen",
          "rep",
          "rev",
          "capt",
          "col",
          "lt",
          "sgt",
          "mt",
          "ft",
          "no",
          "vs",
          "v",
          "cf",
          "fig",
          "vol",
          "pp",
          "ch",
          "e.g",
          "i.e",
          "approx",
          "dept",
          "est",
          "jan",
          "feb",
          "mar",
          "apr",
          "jun",
          "jul",
          "aug",
          "sep",
          "sept",
          "oct",
          "nov",
          "dec",
          // German, where the next word is often a capitalized noun: "bzw. Technologie"
          "bzw",
          "z.b",
          "u.a",
          "d.h",
          "ca",
          "ggf",
          "evtl",
          "inkl",
          "sog",
          "vgl",
          "zzgl",
          "bspw");

  /** Abbreviations written in lower case; the other titles count only when capitalized. */
  private static final Set<String> LOWER_CASE_ABBREVIATIONS =
      Set.of(
          "e.g", "i.e", "vs", "v", "cf", "pp", "approx", "fig", "vol", "ch", "bzw", "z.b", "u.a",
          "d.h", "ca", "ggf", "evtl", "inkl", "sog", "vgl", "zzgl", "bspw");

  /**
   * The capitalized nouns that follow a German ordinal written with a dot ("vom 5. bis 11. Januar",
   * "im 20. Jahrhundert"): there the dot ends no sentence.
   */
  private static final Set<String> AFTER_A_GERMAN_ORDINAL =
      Set.of(
          "Januar",
          "Jänner",
          "Februar",
          "März",
          "April",
          "Mai",
          "Juni",
          "Juli",
          "August",
          "September",
          "Oktober",
          "November",
          "Dezember",
          "Jahrhundert",
          "Jahrhunderts",
          "Jahrhunderten",
          "Jahrestag",
          "Geburtstag",
          "Spieltag",
          "Runde",
          "Platz");

  /**
   * Abbreviations that may also end a sentence ({@code ... in the U.S. The ...}): a sentence end
   * only before a word that typically starts one.
   */
  private static final Set<String> FINAL_ABBREVIATIONS =
      Set.of(
          "u.s", "u.k", "u.n", "e.u", "a.m", "p.m", "etc", "inc", "ltd", "co", "corp", "bros",
          "u.s.a", "d.c", "l.a", "n.y");

  private static final Set<String> SENTENCE_STARTERS =
      Set.of(
          "the",
          "a",
          "an",
          "he",
          "she",
          "it",
          "they",
          "we",
          "i",
          "you",
          "but",
          "and",
          "in",
          "on",
          "at",
          "this",
          "that",
          "these",
          "those",
          "there",
          "his",
          "her",
          "its",
          "their",
          "our",
          "after",
          "before",
          "when",
          "while",
          "if",
          "as",
          "for",
          "some",
          "many",
          "most",
          "police",
          "officials",
          "meanwhile",
          "however",
          "still",
          "yet",
          "so",
          "then",
          "now",
          "today");

  private static final int MAX_QUOTE_SCAN = 8;
  private static final String KOREAN_ENDINGS = "다요죠까니함음임됨";
  private static final String LIST_MARKERS = "▶■●◆◇※•▲△□○▷►◈";

  /** The smallest list marker: a character below it is not looked up. */
  private static final char LIST_MARKER_MIN = (char) LIST_MARKERS.chars().min().orElseThrow();

  /**
   * Sentence ends that are never an abbreviation or a decimal point, so they end a sentence with or
   * without a space after them: Chinese and Japanese 。！？ (no space follows them), the Devanagari
   * danda (Hindi) and the Burmese full stop.
   */
  private static final String SPACELESS_TERMINATORS = "。！？।॥။";

  private static final String OPENERS = "([{\"“‘「『《〈【";
  private static final String CLOSERS = ")]}\"”’」』》〉】";

  /** Splits a whole body: each paragraph separately, in order. */
  public List<String> split(List<String> paragraphs) {
    List<String> out = new ArrayList<>();
    for (String paragraph : paragraphs) {
      out.addAll(split(paragraph));
    }
    return out;
  }

  /** Splits one paragraph (or any text; line breaks end sentences). */
  public List<String> split(String text) {
    List<String> out = new ArrayList<>();
    if (!hasLineBreak(text)) {
      splitLine(text, out); // most paragraphs are one line: no regex split
      return out;
    }
    for (String line : text.split("\\R")) {
      splitLine(line, out);
    }
    return out;
  }

  /** A character the regex {@code \\R} matches. */
  private static boolean hasLineBreak(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ((c >= '\n' && c <= '\r') || c == '\u0085' || c == '\u2028' || c == '\u2029') {
        return true;
      }
    }
    return false;
  }

  private void splitLine(String line, List<String> out) {
    int length = line.length();
    if (line.isBlank()) {
      return;
    }
    boolean[] protectedAt = protectedPositions(line);
    int start = 0;
    int i = 0;
    while (i < length) {
      char c = line.charAt(i);
      if (c >= LIST_MARKER_MIN
          && LIST_MARKERS.indexOf(c) >= 0
          && i > start
          && Character.isWhitespace(line.charAt(i - 1))
          && !protectedAt[i]) {
        add(line.substring(start, i), out);
        start = i;
        i++;
        continue;
      }
      if (!isTerminator(c)) {
        i++;
        continue;
      }
      int runStart = i;
      int end = i;
      while (end < length && isTerminator(line.charAt(end))) {
        end++;
      }
      while (end < length && CLOSERS.indexOf(line.charAt(end)) >= 0) {
        end++;
      }
      if (isBoundary(line, start, runStart, end, protectedAt)) {
        add(line.substring(start, end), out);
        start = end;
      }
      i = end;
    }
    add(line.substring(start), out);
  }

  private static void add(String piece, List<String> out) {
    String trimmed = piece.strip();
    if (!trimmed.isEmpty()) {
      out.add(trimmed);
    }
  }

  private static boolean isTerminator(char c) {
    return c == '.'
        || c == '!'
        || c == '?'
        || c == '…'
        || (c >= '\u0900' && SPACELESS_TERMINATORS.indexOf(c) >= 0)
        || c == '؟';
  }

  /**
   * Whether the punctuation run {@code [runStart, end)} (terminators plus closing quotes) ends a
   * sentence that started at {@code start}.
   */
  private static boolean isBoundary(
      String line, int start, int runStart, int end, boolean[] protectedAt) {
    if (protectedAt[runStart] && (end == 0 || protectedAt[end - 1])) {
      // Inside quotes or brackets, unless the run closes them ("...끝났다." 그는).
      return false;
    }
    if (SPACELESS_TERMINATORS.indexOf(line.charAt(runStart)) >= 0) {
      // Chinese and Japanese put no space after a sentence ("…目光。多名专家…"); a closed quote
      // followed by more of the clause ("「来年開く。」と話した") is part of it.
      boolean closesQuote = CLOSERS.indexOf(line.charAt(end - 1)) >= 0;
      return !closesQuote || end >= line.length() || Character.isWhitespace(line.charAt(end));
    }
    int length = line.length();
    char before = runStart > 0 ? line.charAt(runStart - 1) : ' ';
    String run = line.substring(runStart, end);
    boolean koreanEnding = KOREAN_ENDINGS.indexOf(before) >= 0;
    boolean ellipsis = run.contains("…") || run.contains("..");
    boolean fullStopOnly = !ellipsis && run.indexOf('!') < 0 && run.indexOf('?') < 0;
    if (end >= length) {
      return true;
    }
    char next = line.charAt(end);
    if (!Character.isWhitespace(next)) {
      // "했다.그러나": a Korean ending may be glued to the next sentence, and so may an English
      // sentence a page lost its space after ("physician.Police"); nothing else is.
      // After a closing quote a particle follows ("...관건이다."라고): the quote is part of the clause.
      return (koreanEnding
              && !ellipsis
              && run.chars().allMatch(ch -> isTerminator((char) ch))
              && !Character.isDigit(next)
              && (isHangul(next) || OPENERS.indexOf(next) >= 0))
          || gluedEnglishSentence(line, start, runStart, end);
    }
    int nextStart = end;
    while (nextStart < length && Character.isWhitespace(line.charAt(nextStart))) {
      nextStart++;
    }
    if (nextStart >= length) {
      return true;
    }
    char first = line.charAt(nextStart);
    if (koreanEnding) {
      return true;
    }
    if (Character.isLowerCase(first)) {
      return false; // "e.g. the", "approx. five", "... and then"
    }
    if (ellipsis) {
      // "나왔지만... 미중 경쟁": an ellipsis inside a Korean clause continues it.
      return !isHangul(before) && (Character.isUpperCase(first) || OPENERS.indexOf(first) >= 0);
    }
    if (!fullStopOnly) {
      return true;
    }
    String word = wordBefore(line, start, runStart);
    String lower = word.toLowerCase(Locale.ROOT);
    if (lower.isEmpty()) {
      return true;
    }
    if (Character.isDigit(before) && runStart - start <= 3) {
      return false; // "1. " list number at the start of a line
    }
    if (word.length() <= 2
        && Character.isDigit(word.charAt(0))
        && Character.isDigit(word.charAt(word.length() - 1))
        && AFTER_A_GERMAN_ORDINAL.contains(nextWord(line, nextStart))) {
      return false; // "am 5. Februar", "des 19. Jahrhunderts": German writes ordinals with a dot
    }
    boolean capitalized = Character.isUpperCase(word.charAt(0));
    boolean title =
        TITLES.contains(lower) && (capitalized || LOWER_CASE_ABBREVIATIONS.contains(lower));
    if (lower.equals("no")) {
      // "No. 1" is an abbreviation; "The answer was no." ends a sentence.
      title = capitalized && Character.isDigit(line.charAt(nextStart));
    }
    if (word.equals("등") || title) {
      return false;
    }
    if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
      return false; // an initial: "J. K. Rowling", "Derek E. Mix"
    }
    if (FINAL_ABBREVIATIONS.contains(lower)) {
      return SENTENCE_STARTERS.contains(nextWord(line, nextStart).toLowerCase(Locale.ROOT))
          || isHangul(first);
    }
    return true;
  }

  /**
   * "…as a chief physician.Police arrested…": a page that lost the space between two English
   * sentences. A lower-case word of three letters or more, one full stop, then a capitalized word.
   * An address ("example.com") has no capital after its dot, an abbreviation no three lower-case
   * letters before it.
   */
  private static boolean gluedEnglishSentence(String line, int start, int runStart, int end) {
    if (end != runStart + 1
        || line.charAt(runStart) != '.'
        || end + 1 >= line.length()
        || !isAsciiUpper(line.charAt(end))
        || !isAsciiLower(line.charAt(end + 1))) {
      return false;
    }
    int letters = 0;
    for (int i = runStart - 1; i >= start && isAsciiLower(line.charAt(i)); i--) {
      letters++;
    }
    int wordStart = runStart - letters;
    boolean wholeWord =
        wordStart == start || !Character.isLetterOrDigit(line.charAt(wordStart - 1));
    return letters >= 3 && wholeWord && !TITLES.contains(line.substring(wordStart, runStart));
  }

  private static boolean isAsciiUpper(char c) {
    return c >= 'A' && c <= 'Z';
  }

  private static boolean isAsciiLower(char c) {
    return c >= 'a' && c <= 'z';
  }

  /** The word (letters and inner dots) right before position {@code end}. */
  private static String wordBefore(String line, int start, int end) {
    int i = end;
    while (i > start
        && (Character.isLetterOrDigit(line.charAt(i - 1)) || line.charAt(i - 1) == '.')) {
      i--;
    }
    String word = line.substring(i, end);
    while (word.startsWith(".")) {
      word = word.substring(1);
    }
    return word;
  }

  private static String nextWord(String line, int from) {
    int i = from;
    while (i < line.length() && Character.isLetter(line.charAt(i))) {
      i++;
    }
    return line.substring(from, i);
  }

  static boolean isHangul(char c) {
    return (c >= '가' && c <= '힣') || (c >= 'ㄱ' && c <= 'ㅣ');
  }

  /**
   * Marks positions inside matched quotes and brackets. Unmatched openers protect nothing, so one
   * stray quote cannot glue a whole paragraph together.
   */
  private static boolean[] protectedPositions(String line) {
    boolean[] inside = new boolean[line.length() + 1];
    Deque<int[]> open = new ArrayDeque<>(); // {position, opener char}
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (isPlain(c)) {
        continue; // most characters: no quote or bracket to look up
      }
      if (c == '"') {
        if (!open.isEmpty() && open.peek()[1] == '"') {
          mark(inside, open.pop()[0], i);
        } else {
          open.push(new int[] {i, c});
        }
        continue;
      }
      if (c == '’' && (open.isEmpty() || open.peek()[1] != '‘')) {
        continue; // an apostrophe: Britain’s
      }
      int closer = CLOSERS.indexOf(c);
      if (closer >= 0) {
        char opener = OPENERS.charAt(closer);
        // Pop to the matching opener among the nearest few, dropping unmatched ones in between;
        // looking no deeper keeps hostile input like 100k "(" then 100k "]" linear.
        int depth = 0;
        int[] match = null;
        for (int[] candidate : open) {
          if (candidate[1] == opener) {
            match = candidate;
            break;
          }
          if (++depth >= MAX_QUOTE_SCAN) {
            break;
          }
        }
        if (match != null) {
          while (!open.isEmpty() && open.pop() != match) {
            // drop unmatched openers nested inside
          }
          mark(inside, match[0], i);
        }
        continue;
      }
      if (OPENERS.indexOf(c) >= 0) {
        open.push(new int[] {i, c});
      }
    }
    return inside;
  }

  /** A letter, digit, space or Hangul syllable: neither a quote nor a bracket. */
  private static boolean isPlain(char c) {
    return (c >= 'a' && c <= 'z')
        || (c >= 'A' && c <= 'Z')
        || (c >= '0' && c <= '9')
        || c == ' '
        || (c >= '가' && c <= '힣');
  }

  private static void mark(boolean[] inside, int from, int to) {
    for (int i = from + 1; i < to; i++) {
      inside[i] = true;
    }
  }
}
