package io.gloss.core.glossary;

import io.gloss.core.domain.TermKey;
import java.text.Normalizer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * Finds known terms in a text, however they are spaced ({@code 기준금리} = {@code 기준 금리}) or cased: one
 * pass over the text's letters and digits, walking a trie of the terms' keys from each position (so
 * the cost per position is the length of the longest known prefix there, not the number of terms
 * sharing its first letters), longest term first, matches not overlapping. A match must start and
 * end at a word edge: a Korean term may be followed by a particle ({@code 수율이}), a short Korean
 * term only by a particle ({@code 전세} is not in {@code 전 세계}), and a term of fewer than four
 * letters may not span a space. Immutable and thread-safe.
 *
 * @param <V> what a term stands for
 */
public final class TermMatcher<V> {
  /** Syllables that may follow a two-syllable Korean term: particles and copulas. */
  private static final String PARTICLES = "은는이가을를의에와과도로만서며으께처보까라란랑나엔든";

  /** A term occurring in a text. */
  public record Match<V>(V value, String key, int count, int first) {}

  /**
   * @param capitals whether every spelling of the term is in capitals ("PILOT", "WHO"): such a term
   *     is not found in all-lowercase text ("pilots", "who"), where it is another word
   * @param apostrophe whether every spelling has an apostrophe between letters ("Chang'e"): such a
   *     term is found only where the text has one too, not in the word its letters spell ("change")
   * @param lowerCase whether every spelling is a common noun in lower case ("fission"): such a term
   *     written with a capital inside a sentence is a name ("test Fission by enabling it")
   * @param spaced whether some spelling has a space ("S&P 500"): an acronym without one is never
   *     read across a space ("And a" is not ANDA)
   */
  private record Known<V>(
      String key,
      V value,
      boolean capitals,
      boolean apostrophe,
      boolean lowerCase,
      boolean spaced) {}

  private final Node<V> root = new Node<>();
  private final int size;
  private final int maxKeyLength;

  /**
   * @param spellings every spelling (term or alias) and what it stands for; first one wins
   */
  public TermMatcher(Map<String, V> spellings) {
    Map<String, V> byKey = new LinkedHashMap<>(spellings.size() * 2);
    Map<String, Boolean> capitals = new HashMap<>(spellings.size() * 2);
    Map<String, Boolean> apostrophes = new HashMap<>();
    Map<String, Boolean> lowerCase = new HashMap<>(spellings.size() * 2);
    Map<String, Boolean> spaced = new HashMap<>();
    spellings.forEach(
        (spelling, value) -> {
          String key = TermKey.of(spelling);
          if (key.length() >= 2) {
            byKey.putIfAbsent(key, value);
            capitals.merge(key, inCapitals(spelling), Boolean::logicalAnd);
            apostrophes.merge(key, innerApostrophe(spelling), Boolean::logicalAnd);
            lowerCase.merge(key, inLowerCase(spelling), Boolean::logicalAnd);
            spaced.merge(key, spelling.strip().indexOf(' ') > 0, Boolean::logicalOr);
          }
        });
    byKey.forEach(
        (key, value) -> {
          Node<V> node = root;
          for (int c = 0; c < key.length(); c++) {
            node = node.childOrAdd(key.charAt(c));
          }
          node.known =
              new Known<>(
                  key,
                  value,
                  capitals.getOrDefault(key, false),
                  apostrophes.getOrDefault(key, false),
                  lowerCase.getOrDefault(key, false),
                  spaced.getOrDefault(key, false));
        });
    size = byKey.size();
    // A walk from one position meets at most one term per letter of the longest key.
    maxKeyLength = byKey.keySet().stream().mapToInt(String::length).max().orElse(0);
    root.indexAll();
  }

  public int size() {
    return size;
  }

  /** The terms in the text, in order of first appearance, each once with its count. */
  public List<Match<V>> find(String text) {
    return find(Text.of(text));
  }

  /**
   * A text read once for any number of matchers: in NFKC, its letters and digits alone and lower
   * case, where each one is in the text, and where a term may start. Immutable.
   */
  public static final class Text {
    private final String cased;
    private final char[] letters;
    private final int[] positions;

    /** Whether a term may start at each letter: not right after a Latin (non-Hangul) letter. */
    private final boolean[] startable;

    private final int length;

    private Text(String cased, char[] letters, int[] positions, boolean[] startable, int length) {
      this.cased = cased;
      this.letters = letters;
      this.positions = positions;
      this.startable = startable;
      this.length = length;
    }

    /** Reads the text. */
    public static Text of(String text) {
      // Most texts are already in NFKC: checking is cheaper than normalizing again.
      String cased =
          Normalizer.isNormalized(text, Normalizer.Form.NFKC)
              ? text
              : Normalizer.normalize(text, Normalizer.Form.NFKC);
      // Letters are lower-cased one by one, so positions stay those of the text ("İ" lower-cased
      // as a string is two characters).
      char[] letters = new char[cased.length()];
      int[] positions = new int[cased.length()];
      boolean[] startable = new boolean[cased.length()];
      int length = 0;
      boolean afterWordLetter = false;
      for (int i = 0; i < cased.length(); i++) {
        char c = cased.charAt(i);
        boolean wordLetter;
        if (c < 128) {
          boolean upper = c >= 'A' && c <= 'Z';
          wordLetter = upper || (c >= 'a' && c <= 'z');
          if (wordLetter || (c >= '0' && c <= '9')) {
            startable[length] = !afterWordLetter;
            positions[length] = i;
            letters[length++] = upper ? (char) (c + ('a' - 'A')) : c;
          }
        } else {
          wordLetter = isWordLetter(c);
          if (Character.isLetterOrDigit(c)) {
            startable[length] = !afterWordLetter;
            positions[length] = i;
            letters[length++] = Character.toLowerCase(c);
          }
        }
        afterWordLetter = wordLetter;
      }
      return new Text(cased, letters, positions, startable, length);
    }
  }

  /** The terms in a text read by {@link Text#of}. */
  public List<Match<V>> find(Text text) {
    String cased = text.cased;
    char[] s = text.letters;
    int[] positions = text.positions;
    int length = text.length;
    Map<String, int[]> found = new LinkedHashMap<>();
    Map<String, Known<V>> values = new HashMap<>();
    Set<String> surnames = new HashSet<>();
    @SuppressWarnings("unchecked")
    Known<V>[] prefixes = new Known[maxKeyLength];
    int i = 0;
    while (i + 1 < length) {
      // No term starts right after a Latin (or other non-Hangul) letter (see fits): most
      // positions of an English text are skipped before any lookup.
      if (!text.startable[i]) {
        i++;
        continue;
      }
      int advance = 1;
      for (int p = prefixesAt(s, length, i, prefixes) - 1; p >= 0; p--) {
        Known<V> known = prefixes[p];
        String key = known.key();
        // Letter, digit, Hangul and joiner tests do not depend on case: the text as written.
        if (!fits(cased, positions, i, key)) {
          continue;
        }
        boolean asWord = known.capitals() && !writtenInCapitals(cased, positions, i, key);
        if (asWord
            && key.length() >= 4
            && (afterAName(cased, positions[i])
                || possessiveOfAName(cased, positions[i + key.length() - 1] + 1))) {
          // "Taylor Swift", "Anda's Game": the word is a name all through the text
          surnames.add(key);
        }
        if ((!known.capitals()
                || (hasCapital(cased, positions, i, key)
                    && (known.spaced() || !hasSpace(cased, positions, i, key))
                    && !nameWord(cased, positions, i, key)))
            && (!known.apostrophe() || hasApostrophe(cased, positions, i, key))
            && !startsALongerName(cased, positions, i, key)
            && !(known.lowerCase() && capitalizedInsideASentence(cased, positions[i]))) {
          int[] stats = found.computeIfAbsent(key, k -> new int[] {0, positions[0], 0});
          if (stats[0] == 0) {
            stats[1] = positions[i];
          }
          stats[0]++;
          if (asWord) {
            stats[2]++;
          }
          values.put(key, known);
          advance = key.length();
          break;
        }
      }
      i += advance;
    }
    List<Match<V>> out = new ArrayList<>();
    values.forEach(
        (key, known) -> {
          int[] stats = found.get(key);
          // A name's surname is not the acronym, "Swift's new album" included; "SWIFT" still is.
          if (stats != null) {
            int count = stats[0] - (surnames.contains(key) ? stats[2] : 0);
            if (count > 0) {
              out.add(new Match<>(known.value(), key, count, stats[1]));
            }
          }
        });
    out.sort(Comparator.comparingInt(Match::first));
    return out;
  }

  /**
   * The keys of every stretch of the text where {@link #find} could find a term of 2 to {@code
   * maxLength} letters (it starts and ends at a word edge), kept when {@code wanted}: the text's
   * side of a lookup in a glossary too large to hold as a matcher. A matcher made of the entries
   * those keys find then finds them in the text exactly as one made of the whole glossary would. At
   * most {@code limit} keys, from the start of the text.
   */
  static Set<String> spans(Text text, int maxLength, Predicate<String> wanted, int limit) {
    Set<String> keys = new LinkedHashSet<>();
    char[] s = text.letters;
    for (int i = 0; i + 1 < text.length; i++) {
      if (!text.startable[i]) {
        continue;
      }
      int longest = Math.min(maxLength, text.length - i);
      for (int n = 2; n <= longest; n++) {
        if (breaksBetween(text, i + n - 2)) {
          break; // no term spans a comma, a quote or a bracket, so no longer stretch fits either
        }
        if (fits(text.cased, text.positions, i, n, s[i], s[i + n - 1])) {
          String key = new String(s, i, n);
          if (wanted.test(key) && keys.add(key) && keys.size() == limit) {
            return keys;
          }
        }
      }
    }
    return keys;
  }

  /**
   * Whether the text has, between its letter {@code k} and the next, a character no term may span
   * (see {@link #fits}: anything but a space, hyphen, middle dot, full stop, ampersand or
   * apostrophe).
   */
  private static boolean breaksBetween(Text text, int k) {
    for (int c = text.positions[k] + 1; c < text.positions[k + 1]; c++) {
      if (!isJoiner(text.cased.charAt(c))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isJoiner(char c) {
    return c == ' ' || c == '-' || c == '·' || c == '.' || c == '&' || isApostrophe(c);
  }

  /**
   * A spelling with Latin letters, all of them capitals but a plural "s" at the end: an acronym
   * ("CRO", "CROs", "P.P.A.s").
   */
  private static boolean inCapitals(String spelling) {
    int latin = 0;
    for (int k = 0; k < spelling.length(); k++) {
      char c = spelling.charAt(k);
      if (c < 0x250 && Character.isLetter(c)) {
        boolean plural = c == 's' && k == spelling.length() - 1 && latin >= 2;
        if (!Character.isUpperCase(c) && !plural) {
          return false;
        }
        latin++;
      }
    }
    return latin >= 2;
  }

  /** A spelling with Latin letters, none of them a capital: a common noun ("fission"). */
  private static boolean inLowerCase(String spelling) {
    boolean latin = false;
    for (int k = 0; k < spelling.length(); k++) {
      char c = spelling.charAt(k);
      if (c < 0x250 && Character.isLetter(c)) {
        if (Character.isUpperCase(c)) {
          return false;
        }
        latin = true;
      }
    }
    return latin;
  }

  /**
   * Whether the text writes a capital at {@code start} after a word of the same sentence: a name
   * ("test Fission by enabling it"), where "Fission splits atoms." opens a sentence.
   */
  private static boolean capitalizedInsideASentence(String original, int start) {
    char first = original.charAt(start);
    if (first < 'A' || first > 'Z' || start == 0 || original.charAt(start - 1) != ' ') {
      return false;
    }
    int k = start - 1;
    while (k >= 0 && original.charAt(k) == ' ') {
      k--;
    }
    return k >= 0 && (Character.isLetterOrDigit(original.charAt(k)) || original.charAt(k) == ',');
  }

  /** A spelling with an apostrophe between two letters: "Chang'e", "Xi'an". */
  private static boolean innerApostrophe(String spelling) {
    for (int k = 1; k + 1 < spelling.length(); k++) {
      char c = spelling.charAt(k);
      if (isApostrophe(c)
          && Character.isLetter(spelling.charAt(k - 1))
          && Character.isLetter(spelling.charAt(k + 1))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isApostrophe(char c) {
    return c == '\'' || c == '’';
  }

  /** Whether some character of the match, as the text writes it, passes the test. */
  private static boolean anyInMatch(
      String text, int[] positions, int i, String key, IntPredicate test) {
    for (int k = positions[i]; k <= positions[i + key.length() - 1]; k++) {
      if (test.test(text.charAt(k))) {
        return true;
      }
    }
    return false;
  }

  /** Whether the text has an apostrophe inside the match. */
  private static boolean hasApostrophe(String text, int[] positions, int i, String key) {
    return anyInMatch(text, positions, i, key, c -> isApostrophe((char) c));
  }

  /** Whether the match spans a space: an acronym never does ("And a" is not ANDA). */
  private static boolean hasSpace(String text, int[] positions, int i, String key) {
    return anyInMatch(text, positions, i, key, Character::isWhitespace);
  }

  /** Whether the text writes the match with a capital letter ("Covid" for COVID, not "pilots"). */
  private static boolean hasCapital(String original, int[] positions, int i, String key) {
    return anyInMatch(original, positions, i, key, Character::isUpperCase);
  }

  /**
   * Whether an acronym's letters, written as a word ("Swift", not "SWIFT"), are another word: the
   * second half of a name after a capitalized word inside a sentence ("Taylor Swift" is not the
   * SWIFT payment network), or the head of a hyphenated word ("Neo-bank" is no NEO), where "Nato"
   * or "Covid" after a lower-case word or at a sentence start is the acronym.
   */
  private static boolean nameWord(String original, int[] positions, int i, String key) {
    if (writtenInCapitals(original, positions, i, key)) {
      return false;
    }
    // Acronyms written as words are said as words, "Nato", "Opec", "Covid": four letters or more.
    // Three, "Neo" or "Gap", is a name or a word.
    if (key.length() < 4) {
      return true;
    }
    int end = positions[i + key.length() - 1];
    // "Neo-bank startups": a word with a hyphenated tail, where "Covid-19" takes a number.
    if (end + 2 < original.length()
        && original.charAt(end + 1) == '-'
        && Character.isLetter(original.charAt(end + 2))) {
      return true;
    }
    return afterAName(original, positions[i]);
  }

  private static boolean writtenInCapitals(String original, int[] positions, int i, String key) {
    for (int k = positions[i]; k <= positions[i + key.length() - 1]; k++) {
      char c = original.charAt(k);
      if (Character.isLetter(c) && !Character.isUpperCase(c)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a possessive and a capitalized word follow at {@code end}: "Anda's Game", a title or a
   * person's thing, where "Nato's" before a lower-case word ("Nato's summit") says nothing.
   */
  private static boolean possessiveOfAName(String original, int end) {
    if (end + 4 >= original.length()
        || !isApostrophe(original.charAt(end))
        || original.charAt(end + 1) != 's'
        || original.charAt(end + 2) != ' ') {
      return false;
    }
    char next = original.charAt(end + 3);
    return next >= 'A' && next <= 'Z' && Character.isLowerCase(original.charAt(end + 4));
  }

  /** Whether a capitalized word of the same sentence comes right before: "Taylor Swift". */
  private static boolean afterAName(String original, int start) {
    int k = start - 1;
    if (k < 0 || original.charAt(k) != ' ') {
      return false;
    }
    while (k >= 0 && original.charAt(k) == ' ') {
      k--;
    }
    int wordEnd = k;
    while (k >= 0 && Character.isLetter(original.charAt(k))) {
      k--;
    }
    if (k == wordEnd || !Character.isUpperCase(original.charAt(k + 1))) {
      return false; // no word before, or a lower-case one
    }
    while (k >= 0 && original.charAt(k) == ' ') {
      k--;
    }
    // A capitalized word that opens a sentence ("The Nato summit") says nothing about a name.
    return k >= 0 && ".!?\n\"“'‘(".indexOf(original.charAt(k)) < 0;
  }

  /**
   * Titles that follow a name without making a new one ("Fed Chair", "Bank of England Governor").
   */
  private static final Set<String> TITLES =
      Set.of(
          "Chair",
          "Chairman",
          "Chairwoman",
          "Governor",
          "Secretary",
          "Director",
          "President",
          "Commissioner",
          "Chief",
          "Spokesman",
          "Spokeswoman",
          "Spokesperson",
          "Justice",
          "Judge",
          "Minister",
          "Ambassador",
          "Member",
          "Members",
          "Official",
          "Officials",
          "Leader",
          "Leaders",
          "Head",
          "Board",
          "Summit",
          "Officer",
          "Officers",
          "Staff",
          "Deputy");

  /**
   * Whether a capitalized match runs on into another capitalized word, making a longer name that is
   * another thing: "Metropolitan Police Department" (Washington's, not London's), "TB Joshua",
   * "Argus Leader", "Inflation Reduction Act". A title after the name ("Fed Chair") keeps it.
   */
  private static boolean startsALongerName(String original, int[] positions, int i, String key) {
    char first = original.charAt(positions[i]);
    if (first < 'A' || first > 'Z') {
      return false;
    }
    int k = positions[i + key.length() - 1] + 1;
    if (k + 2 >= original.length() || original.charAt(k) != ' ') {
      return false;
    }
    char next = original.charAt(k + 1);
    if (next < 'A' || next > 'Z' || !Character.isLowerCase(original.charAt(k + 2))) {
      return false;
    }
    int end = k + 1;
    while (end < original.length() && Character.isLetter(original.charAt(end))) {
      end++;
    }
    return !TITLES.contains(original.substring(k + 1, end));
  }

  /**
   * Puts the known terms that start the text at position {@code i} into {@code out}, shortest
   * first, and returns how many there are. A walk down the trie: no list per position, which most
   * positions of a text would get for nothing.
   */
  private int prefixesAt(char[] s, int length, int i, Known<V>[] out) {
    int count = 0;
    Node<V> node = root;
    for (int k = i; k < length; k++) {
      node = node.child(s[k]);
      if (node == null) {
        break;
      }
      if (node.known != null) {
        out[count++] = node.known;
      }
    }
    return count;
  }

  /**
   * A trie node: its children in arrays sorted by character (compact: most nodes have one child or
   * none), and the term that ends here, if any. A node with several ASCII children (the Latin
   * letters under the root and the first levels) also gets a table indexed by character: every word
   * of a text starts a walk from the root, and a binary search per step was most of the matcher's
   * time.
   */
  private static final class Node<V> {
    private static final char[] NO_CHARS = new char[0];

    /** ASCII children a node needs before it gets a table. */
    private static final int TABLE_MIN_CHILDREN = 4;

    @SuppressWarnings("rawtypes")
    private static final Node[] NO_CHILDREN = new Node[0];

    private char[] chars = NO_CHARS;

    @SuppressWarnings("unchecked")
    private Node<V>[] children = NO_CHILDREN;

    private @Nullable Known<V> known;

    /** The children by ASCII character, or null. */
    private Node<V> @Nullable [] ascii;

    @Nullable Node<V> child(char c) {
      Node<V>[] table = ascii;
      if (table != null && c < 128) {
        return table[c];
      }
      char[] keys = chars;
      if (keys.length <= 4) {
        // Most nodes have one child: a look at each beats a binary search's call.
        for (int k = 0; k < keys.length; k++) {
          if (keys[k] == c) {
            return children[k];
          }
        }
        return null;
      }
      int at = Arrays.binarySearch(keys, c);
      return at < 0 ? null : children[at];
    }

    /** Gives this node and every node below it a table where it has several ASCII children. */
    @SuppressWarnings("unchecked")
    void indexAll() {
      Deque<Node<V>> pending = new ArrayDeque<>();
      pending.push(this);
      while (!pending.isEmpty()) {
        Node<V> node = pending.pop();
        int asciiChildren = 0;
        while (asciiChildren < node.chars.length && node.chars[asciiChildren] < 128) {
          asciiChildren++;
        }
        if (asciiChildren >= TABLE_MIN_CHILDREN) {
          Node<V>[] table = new Node[128];
          for (int k = 0; k < asciiChildren; k++) {
            table[node.chars[k]] = node.children[k];
          }
          node.ascii = table;
        }
        for (Node<V> child : node.children) {
          pending.push(child);
        }
      }
    }

    Node<V> childOrAdd(char c) {
      int at = Arrays.binarySearch(chars, c);
      if (at >= 0) {
        return children[at];
      }
      int insert = -at - 1;
      char[] moreChars = new char[chars.length + 1];
      System.arraycopy(chars, 0, moreChars, 0, insert);
      System.arraycopy(chars, insert, moreChars, insert + 1, chars.length - insert);
      moreChars[insert] = c;
      Node<V>[] moreChildren = Arrays.copyOf(children, children.length + 1);
      System.arraycopy(children, insert, moreChildren, insert + 1, children.length - insert);
      Node<V> child = new Node<>();
      moreChildren[insert] = child;
      chars = moreChars;
      children = moreChildren;
      return child;
    }
  }

  private static boolean fits(String text, int[] positions, int i, String key) {
    return fits(text, positions, i, key.length(), key.charAt(0), key.charAt(key.length() - 1));
  }

  /** {@link #fits(String, int[], int, String)} for a key of these length, first and last letter. */
  private static boolean fits(
      String text, int[] positions, int i, int keyLength, char firstLetter, char lastLetter) {
    int start = positions[i];
    int end = positions[i + keyLength - 1] + 1;
    boolean hangul = isHangul(firstLetter) || isHangul(lastLetter);
    char before = start > 0 ? text.charAt(start - 1) : ' ';
    char after = end < text.length() ? text.charAt(end) : ' ';
    // Inside the span: spaces only for longer terms, and no sentence punctuation.
    if (end - start > keyLength) {
      for (int k = start; k < end; k++) {
        char c = text.charAt(k);
        if (!Character.isLetterOrDigit(c)) {
          if (!isJoiner(c) || (c == ' ' && keyLength < 4) || (c == '.' && hangul)) {
            return false;
          }
          if (c == ' ' && k == start + 1 && !hangul) {
            return false; // "a level" is not "A-level", nor "a bill" a "T-bill"
          }
        }
      }
    }
    if (hangul) {
      if (isHangul(before) && keyLength < 3) {
        return false;
      }
      if (Character.isLetter(before) && !isHangul(before)) {
        return false;
      }
      if (keyLength <= 2 && isHangul(after) && PARTICLES.indexOf(after) < 0) {
        return false;
      }
      return !(Character.isLetter(after) && !isHangul(after));
    }
    if (Character.isLetterOrDigit(before)) {
      return false;
    }
    if (Character.isDigit(lastLetter) && Character.isDigit(after)) {
      return false; // another number: "M1" is not in "M16" ("HBM" stays in "HBM4")
    }
    if ((after == 's' || after == 'S')
        && lastLetter != 's' // "CROs" is not in "cross"
        && end + 1 < text.length()
        && !Character.isLetter(text.charAt(end + 1))) {
      return true; // plural: "ETFs", "TARIFFS"
    }
    return !(Character.isLetter(after) && !isHangul(after));
  }

  /** A letter after which no term may start: any letter but a Hangul syllable. */
  private static boolean isWordLetter(char c) {
    return Character.isLetter(c) && !isHangul(c);
  }

  private static boolean isHangul(char c) {
    return c >= '가' && c <= '힣';
  }
}
