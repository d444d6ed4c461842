package io.gloss.core.digest;

import io.gloss.core.text.KoreanWords;
import io.gloss.core.text.Word;
import io.gloss.core.text.WordKind;
import io.gloss.core.text.Words;
import java.text.Normalizer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Groups articles that report the same event, offline and in Korean. Same canonical URL is the same
 * story. Otherwise the character trigrams of title and lead must be similar, and the pair must be
 * confirmed by shared names (Nori proper and common nouns for Korean, capitalized words for
 * English) or numbers; a number with the same unit but a different value (3분기 vs 2분기, Q3 vs Q2) or
 * publication more than a day and a half apart rules the pair out. Two articles of the same outlet
 * are grouped only when they are the same article (an update under a new URL: near-equal
 * headlines).
 */
public final class StoryGrouper {
  /** Trigram similarity (Dice) that alone says "same story" (with no conflict). */
  static final double STRONG = 0.55;

  /** Trigram similarity that says "same story" when names or numbers confirm it. */
  static final double WEAK = 0.22;

  /** Shared names/numbers needed to confirm a weak similarity. */
  static final int CONFIRMING_KEYS = 2;

  /** Below {@link #WEAK}, this much shared (names and numbers) still says "same story"... */
  static final int MANY_KEYS = 5;

  /** ...as long as the texts are at least this similar (rewritten headlines share little). */
  static final double FLOOR = 0.08;

  /** Same outlet, different URL: only an update of the same article, with a near-equal title. */
  static final double SAME_OUTLET = 0.8;

  private static final Duration APART = Duration.ofHours(36);
  private static final Pattern NUMBER =
      Pattern.compile(
          "(?<![\\p{L}\\d])(?:[qQ](?=\\d))?(\\d+(?:[.,]\\d+)*)\\s?([가-힣%]{1,2}|[a-zA-Z]{1,3}\\b)?");
  private static final Pattern QUARTER = Pattern.compile("(?<![\\p{L}\\d])[qQ]([1-4])(?!\\d)");
  private static final Pattern LATIN_NAME = Pattern.compile("\\b[A-Z][A-Za-z0-9&.-]+");
  private static final Set<String> ENGLISH_CAPITALIZED_STOP =
      Set.of(
          "The", "A", "An", "In", "On", "At", "For", "And", "But", "Of", "To", "With", "By", "As",
          "It", "Its", "This", "That", "After", "Before", "Over", "New", "Says", "Said");

  private final KoreanWords korean;

  public StoryGrouper(KoreanWords korean) {
    this.korean = Objects.requireNonNull(korean, "korean");
  }

  /** Features of one article, computed once. */
  record Features(
      StoryCandidate candidate,
      String outletKey,
      Set<String> titleGrams,
      Set<String> grams,
      Set<String> names,
      Map<String, Set<String>> numbersByUnit) {}

  /** The stories: lists of indexes into {@code candidates}, each in input order. */
  public List<List<Integer>> group(List<StoryCandidate> candidates) {
    List<Features> features = new ArrayList<>(candidates.size());
    for (StoryCandidate candidate : candidates) {
      features.add(features(candidate));
    }
    List<List<Integer>> stories = new ArrayList<>();
    for (int i = 0; i < features.size(); i++) {
      List<Integer> home = null;
      for (List<Integer> story : stories) {
        if (joins(features, story, features.get(i))) {
          home = story;
          break;
        }
      }
      if (home == null) {
        home = new ArrayList<>();
        stories.add(home);
      }
      home.add(i);
    }
    return stories;
  }

  /** An article joins a story when it matches one member and contradicts none. */
  private static boolean joins(List<Features> all, List<Integer> story, Features candidate) {
    boolean matched = false;
    for (int member : story) {
      Features other = all.get(member);
      if (contradicts(other, candidate)) {
        return false;
      }
      matched |= sameStory(other, candidate);
    }
    return matched;
  }

  /**
   * Why two articles are or are not grouped (for the evaluation's error list).
   *
   * @param similarity trigram Dice similarity of title and lead
   * @param sharedKeys names and numbers both mention
   * @param contradiction whether a date or an identifying number rules the pair out
   */
  public record Explanation(double similarity, int sharedKeys, boolean contradiction) {}

  public Explanation explain(StoryCandidate a, StoryCandidate b) {
    Features fa = features(a);
    Features fb = features(b);
    return new Explanation(dice(fa.grams, fb.grams), sharedKeys(fa, fb), contradicts(fa, fb));
  }

  /** Whether two articles report the same event. */
  public boolean sameStory(StoryCandidate a, StoryCandidate b) {
    Features fa = features(a);
    Features fb = features(b);
    return !contradicts(fa, fb) && sameStory(fa, fb);
  }

  private static boolean sameStory(Features a, Features b) {
    if (a.candidate.url().equals(b.candidate.url())) {
      return true;
    }
    if (a.outletKey.equals(b.outletKey)) {
      return dice(a.titleGrams, b.titleGrams) >= SAME_OUTLET;
    }
    double similarity = dice(a.grams, b.grams);
    if (similarity >= STRONG) {
      return true;
    }
    int shared = sharedKeys(a, b);
    return (similarity >= WEAK && shared >= CONFIRMING_KEYS)
        || (similarity >= FLOOR && shared >= MANY_KEYS);
  }

  private static boolean contradicts(Features a, Features b) {
    if (a.candidate.url().equals(b.candidate.url())) {
      return false;
    }
    if (a.candidate.published() != null && b.candidate.published() != null) {
      Duration apart = Duration.between(a.candidate.published(), b.candidate.published()).abs();
      if (apart.compareTo(APART) > 0) {
        return true;
      }
    }
    for (Map.Entry<String, Set<String>> unit : a.numbersByUnit.entrySet()) {
      if (unit.getKey().isEmpty()) {
        continue; // a bare number says too little to contradict
      }
      Set<String> others = b.numbersByUnit.get(unit.getKey());
      if (others != null && !roughlyIntersects(unit.getValue(), others)) {
        return true;
      }
    }
    return false;
  }

  private static int sharedKeys(Features a, Features b) {
    int shared = 0;
    for (String name : a.names) {
      if (b.names.contains(name)) {
        shared++;
      }
    }
    for (Map.Entry<String, Set<String>> unit : a.numbersByUnit.entrySet()) {
      Set<String> others = b.numbersByUnit.get(unit.getKey());
      if (others != null) {
        for (String value : unit.getValue()) {
          if (others.contains(value)) {
            shared++;
          }
        }
      }
    }
    return shared;
  }

  Features features(StoryCandidate candidate) {
    String text = candidate.title() + " " + candidate.lead();
    return new Features(
        candidate,
        candidate.outlet().toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "").strip(),
        trigrams(candidate.title()),
        trigrams(text),
        names(text),
        numbers(text));
  }

  /** Character trigrams of the letters and digits (spaces removed: Korean spacing varies). */
  static Set<String> trigrams(String text) {
    String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    StringBuilder letters = new StringBuilder(folded.length());
    folded.codePoints().filter(Character::isLetterOrDigit).forEach(letters::appendCodePoint);
    Set<String> grams = new HashSet<>();
    for (int i = 0; i + 3 <= letters.length(); i++) {
      grams.add(letters.substring(i, i + 3));
    }
    return grams;
  }

  private Set<String> names(String text) {
    Set<String> names = new HashSet<>();
    if (Words.hasHangul(text)) {
      for (Word word : korean.words(text)) {
        boolean name =
            word.kind() == WordKind.PROPER_NOUN
                || word.kind() == WordKind.FOREIGN
                || word.kind() == WordKind.USER_TERM
                || (word.kind() == WordKind.NOUN && word.text().length() >= 2);
        if (name) {
          names.add(word.text().toLowerCase(Locale.ROOT));
        }
      }
    } else {
      Matcher matcher = LATIN_NAME.matcher(text);
      while (matcher.find()) {
        String word = matcher.group();
        if (!ENGLISH_CAPITALIZED_STOP.contains(word) && !word.matches("Q[1-4]")) {
          names.add(word.toLowerCase(Locale.ROOT));
        }
      }
    }
    return names;
  }

  /** Numbers by unit ("분기", "%", "조", "" for none); Q3 counts as 3 of unit "분기". */
  static Map<String, Set<String>> numbers(String text) {
    Map<String, Set<String>> byUnit = new HashMap<>();
    Matcher quarter = QUARTER.matcher(text);
    while (quarter.find()) {
      byUnit.computeIfAbsent("분기", unit -> new HashSet<>()).add(quarter.group(1));
    }
    String withoutQuarters = QUARTER.matcher(text).replaceAll(" ");
    Matcher number = NUMBER.matcher(withoutQuarters);
    while (number.find()) {
      String value = number.group(1).replace(",", "");
      String unit = number.group(2) == null ? "" : unit(number.group(2));
      byUnit.computeIfAbsent(unit, key -> new HashSet<>()).add(value);
    }
    return byUnit;
  }

  private static String unit(String raw) {
    String lower = raw.toLowerCase(Locale.ROOT);
    return switch (lower) {
      case "quarter", "qtr" -> "분기";
      case "pct", "percent" -> "%";
      default -> lower;
    };
  }

  /**
   * Whether some value of one set matches one of the other with the same whole part: outlets round
   * differently ("2%대" and "2.3%", "9조" and "9.1조") but 3분기 is not 2분기.
   */
  private static boolean roughlyIntersects(Set<String> a, Set<String> b) {
    for (String value : a) {
      for (String other : b) {
        if (value.equals(other) || wholePart(value).equals(wholePart(other))) {
          return true;
        }
      }
    }
    return false;
  }

  private static String wholePart(String number) {
    int dot = number.indexOf('.');
    return dot < 0 ? number : number.substring(0, dot);
  }

  static double dice(Set<String> a, Set<String> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return 0;
    }
    Set<String> small = a.size() <= b.size() ? a : b;
    Set<String> large = small == a ? b : a;
    int common = 0;
    for (String gram : small) {
      if (large.contains(gram)) {
        common++;
      }
    }
    return 2.0 * common / (a.size() + b.size());
  }
}
