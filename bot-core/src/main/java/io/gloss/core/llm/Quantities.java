package io.gloss.core.llm;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The numbers of a text as values, so that the same quantity written differently compares equal:
 * {@code 1,000} = {@code 1000} = {@code 1천}, {@code 10%} = {@code 10퍼센트}, {@code 3조 원} = {@code
 * 3조원} = {@code 3 trillion won}, {@code 2024.3.5} = {@code 2024년 3월 5일}.
 */
final class Quantities {
  private Quantities() {}

  /** One number with its scale applied; {@code percent} keeps 10% apart from 10. */
  record Quantity(BigDecimal value, boolean percent, int start, int end, boolean koreanScale) {
    String key() {
      return value.stripTrailingZeros().toPlainString() + (percent ? "%" : "");
    }
  }

  private static final Pattern THOUSANDS = Pattern.compile("(?<=\\d),(?=\\d{3}(?!\\d))");
  private static final Pattern DOTTED_DATE =
      Pattern.compile("(?<![\\d.])(\\d{4})[./-](\\d{1,2})[./-](\\d{1,2})(?![\\d])");
  private static final Pattern PERCENT_WORD =
      Pattern.compile("(\\d)\\s*(?:퍼센트|프로|percent|per cent|pct)", Pattern.CASE_INSENSITIVE);
  private static final Pattern QUANTITY =
      Pattern.compile(
          "(?<![\\d.])(\\d+(?:\\.\\d+)?)(?![\\d])"
              + "(?:\\s?([십백천만억조]+)|\\s*(trillion|billion|million|thousand|tn|bn|mn)\\b)?"
              + "(\\s*%)?",
          Pattern.CASE_INSENSITIVE);

  /** Unicode-normalized text with thousands separators removed and percent words as {@code %}. */
  static String normalize(String text) {
    String s = Normalizer.normalize(text, Normalizer.Form.NFKC);
    s = THOUSANDS.matcher(s).replaceAll("");
    s = DOTTED_DATE.matcher(s).replaceAll("$1 $2 $3");
    s = PERCENT_WORD.matcher(s).replaceAll("$1%");
    return s;
  }

  /** The quantities of a text, in order. */
  static List<Quantity> of(String text) {
    String s = normalize(text);
    List<Quantity> found = new ArrayList<>();
    Matcher m = QUANTITY.matcher(s);
    while (m.find()) {
      BigDecimal value = new BigDecimal(m.group(1));
      boolean korean = m.group(2) != null;
      if (korean) {
        value = value.multiply(koreanScale(m.group(2)));
      } else if (m.group(3) != null) {
        value = value.multiply(englishScale(m.group(3)));
      }
      found.add(new Quantity(value, m.group(4) != null, m.start(), m.end(), korean));
    }
    return found;
  }

  /**
   * Keys of every quantity plus the sums of Korean chains such as {@code 3조5000억} (3.5 trillion),
   * which English writes as one number.
   */
  static Set<String> keys(String text) {
    Set<String> keys = new LinkedHashSet<>();
    for (List<Quantity> chain : chains(of(text), normalize(text))) {
      chain.forEach(q -> keys.add(q.key()));
      keys.add(sum(chain).key());
    }
    return keys;
  }

  /**
   * The quantities of {@code text} that do not occur in the article whose keys are given. A Korean
   * chain passes as a whole when its sum occurs, else part by part.
   */
  static List<String> missing(String text, Set<String> articleKeys) {
    List<String> missing = new ArrayList<>();
    String normalized = normalize(text);
    for (List<Quantity> chain : chains(of(text), normalized)) {
      if (articleKeys.contains(sum(chain).key())) {
        continue;
      }
      for (Quantity q : chain) {
        if (!articleKeys.contains(q.key())) {
          missing.add(normalized.substring(q.start(), q.end()).trim());
        }
      }
    }
    return missing;
  }

  private static List<List<Quantity>> chains(List<Quantity> quantities, String normalized) {
    List<List<Quantity>> chains = new ArrayList<>();
    List<Quantity> current = new ArrayList<>();
    for (Quantity q : quantities) {
      if (!current.isEmpty()) {
        Quantity last = current.get(current.size() - 1);
        boolean adjacent = normalized.substring(last.end(), q.start()).isBlank();
        boolean continues =
            adjacent
                && last.koreanScale()
                && !last.percent()
                && !q.percent()
                && last.value().compareTo(q.value()) > 0;
        if (!continues) {
          chains.add(current);
          current = new ArrayList<>();
        }
      }
      current.add(q);
    }
    if (!current.isEmpty()) {
      chains.add(current);
    }
    return chains;
  }

  private static Quantity sum(List<Quantity> chain) {
    if (chain.size() == 1) {
      return chain.get(0);
    }
    BigDecimal total = BigDecimal.ZERO;
    for (Quantity q : chain) {
      total = total.add(q.value());
    }
    Quantity first = chain.get(0);
    return new Quantity(total, false, first.start(), chain.get(chain.size() - 1).end(), true);
  }

  private static BigDecimal koreanScale(String units) {
    BigDecimal scale = BigDecimal.ONE;
    for (char unit : units.toCharArray()) {
      long factor =
          switch (unit) {
            case '십' -> 10L;
            case '백' -> 100L;
            case '천' -> 1_000L;
            case '만' -> 10_000L;
            case '억' -> 100_000_000L;
            case '조' -> 1_000_000_000_000L;
            default -> 1L;
          };
      scale = scale.multiply(BigDecimal.valueOf(factor));
    }
    return scale;
  }

  private static BigDecimal englishScale(String word) {
    return switch (word.toLowerCase(Locale.ROOT)) {
      case "trillion", "tn" -> BigDecimal.valueOf(1_000_000_000_000L);
      case "billion", "bn" -> BigDecimal.valueOf(1_000_000_000L);
      case "million", "mn" -> BigDecimal.valueOf(1_000_000L);
      default -> BigDecimal.valueOf(1_000L);
    };
  }
}
