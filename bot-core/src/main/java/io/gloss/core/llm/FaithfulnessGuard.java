package io.gloss.core.llm;

import io.gloss.core.domain.Bullet;
import io.gloss.core.domain.Sentence;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks that a model's bullet rests on the article: it cites sentences that exist, and every
 * number, date, percentage and money amount in it occurs in the article. Names are checked too when
 * the bullet is in the article's language (a translation may spell them differently): Latin names
 * and acronyms, and Korean names written before a title such as {@code 대표} or {@code 장관}.
 */
public final class FaithfulnessGuard {
  private static final Pattern LATIN_WORD = Pattern.compile("\\p{IsLatin}[\\p{IsLatin}\\d&'’.-]*");

  /**
   * A Korean name before a title, the title followed by a particle or the end of a word: {@code 김하늘
   * 대표는}. Titles that are also common nouns ({@code 시장} market, {@code 지사} branch) are left out,
   * and {@code 대표적} is not a title.
   */
  private static final Pattern KOREAN_TITLED_NAME =
      Pattern.compile(
          "([가-힣]{2,4})\\s*(?:전\\s*|현\\s*)?"
              + "(?:대통령|부총리|총리|장관|차관|대표|의원|위원장|회장|부회장|사장|교수|청장|원장|총재|"
              + "국장|판사|검사|변호사|감독|선수|씨)"
              + "(?=$|[\\s,.!?\"'”’)·]|께서|에게|으로|은|는|이|가|을|를|에|의|와|과|도|로|측)");

  private static final Set<String> KOREAN_NOT_NAMES =
      Set.of("이번", "지난", "당시", "신임", "전임", "후임", "해당", "관계", "정부", "국회");

  private final Set<String> articleQuantities;
  private final String articleFolded;
  private final Set<Integer> sentenceIds;

  /**
   * @param sentences the sentences the model was shown (citations must be among them)
   * @param title the article title, which the model also saw
   */
  public FaithfulnessGuard(List<Sentence> sentences, String title) {
    StringBuilder text = new StringBuilder(title);
    Set<Integer> ids = new LinkedHashSet<>();
    for (Sentence sentence : sentences) {
      text.append('\n').append(sentence.text());
      ids.add(sentence.id());
    }
    this.articleQuantities = Quantities.keys(text.toString());
    this.articleFolded = fold(text.toString());
    this.sentenceIds = Set.copyOf(ids);
  }

  /** The article's quantity keys (see {@link Quantities#keys}). */
  Set<String> quantities() {
    return articleQuantities;
  }

  /**
   * Why the bullet cannot be shown, or empty when it passes.
   *
   * @param checkNames false when the bullet is a translation
   */
  public Optional<String> problem(Bullet bullet, boolean checkNames) {
    if (bullet.sentenceIds().isEmpty()) {
      return Optional.of("cites no sentence");
    }
    for (int id : bullet.sentenceIds()) {
      if (!sentenceIds.contains(id)) {
        return Optional.of("cites unknown sentence " + id);
      }
    }
    List<String> missing = Quantities.missing(bullet.text(), articleQuantities);
    if (!missing.isEmpty()) {
      return Optional.of("numbers not in the article: " + missing);
    }
    if (checkNames) {
      List<String> names = missingNames(bullet.text());
      if (!names.isEmpty()) {
        return Optional.of("names not in the article: " + names);
      }
    }
    return Optional.empty();
  }

  private List<String> missingNames(String text) {
    List<String> missing = new ArrayList<>();
    for (String name : names(text)) {
      if (!articleFolded.contains(fold(name))) {
        missing.add(name);
      }
    }
    return missing;
  }

  /** Candidate names: capitalized Latin words not starting a sentence, and titled Korean names. */
  static List<String> names(String text) {
    List<String> names = new ArrayList<>();
    String s = Normalizer.normalize(text, Normalizer.Form.NFKC);
    boolean latinText = latinShare(s) > 0.5;
    Matcher latin = LATIN_WORD.matcher(s);
    while (latin.find()) {
      String word = trimPunctuation(latin.group());
      if (word.length() < 2 || word.chars().noneMatch(Character::isUpperCase)) {
        continue;
      }
      boolean acronym = word.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
      if (latinText && !acronym && startsSentence(s, latin.start())) {
        continue;
      }
      names.add(word);
    }
    Matcher korean = KOREAN_TITLED_NAME.matcher(s);
    while (korean.find()) {
      String name = korean.group(1);
      if (!KOREAN_NOT_NAMES.contains(name)) {
        names.add(name);
      }
    }
    return names;
  }

  private static boolean startsSentence(String s, int index) {
    int i = index - 1;
    while (i >= 0 && (Character.isWhitespace(s.charAt(i)) || "\"'“‘(".indexOf(s.charAt(i)) >= 0)) {
      i--;
    }
    return i < 0 || ".!?:;-–—•·".indexOf(s.charAt(i)) >= 0;
  }

  private static String trimPunctuation(String word) {
    int end = word.length();
    while (end > 0 && ".-'’&".indexOf(word.charAt(end - 1)) >= 0) {
      end--;
    }
    return word.substring(0, end);
  }

  private static double latinShare(String s) {
    long letters = s.codePoints().filter(Character::isLetter).count();
    if (letters == 0) {
      return 0;
    }
    long latin =
        s.codePoints()
            .filter(Character::isLetter)
            .filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN)
            .count();
    return (double) latin / letters;
  }

  /** Case- and space-insensitive form for "does the article contain this name". */
  private static String fold(String text) {
    String s = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    StringBuilder out = new StringBuilder(s.length());
    s.codePoints().filter(Character::isLetterOrDigit).forEach(out::appendCodePoint);
    return out.toString();
  }
}
