package io.gloss.core.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A term as the article prints it, and the other names it carries: {@code DSR(총부채원리금상환비율)} is shown
 * whole and found by {@code DSR} and by {@code 총부채원리금상환비율}; {@code 큐비트(Qubit·양자비트)} by each of its
 * three names.
 *
 * @param term the term exactly as printed (surrounding quotes and bullets trimmed)
 * @param aliases the halves of a bracketed term, in order; empty for a plain term
 */
public record PrintedTerm(String term, List<String> aliases) {
  private static final Pattern BRACKETED = Pattern.compile("^(.+?)\\s*[(（]([^()（）]+)[)）]$");

  public PrintedTerm {
    aliases = List.copyOf(aliases);
  }

  public static PrintedTerm of(String printed) {
    String term =
        printed
            .strip()
            .replaceAll("^[■□▣▲△●○◆◇▶▷•※\\s]+", "")
            .replaceAll("^[\\[<〈《【'\"“‘]+|[\\]>〉》】'\"”’:：,]+$", "")
            .strip();
    List<String> aliases = new ArrayList<>();
    Matcher bracketed = BRACKETED.matcher(term);
    if (bracketed.matches()) {
      String outer = bracketed.group(1).strip();
      aliases.add(outer);
      for (String inner : bracketed.group(2).split("[·,/]")) {
        String alias = inner.strip();
        if (!alias.isEmpty()
            && !alias.toLowerCase(Locale.ROOT).equals(outer.toLowerCase(Locale.ROOT))) {
          aliases.add(alias);
        }
      }
    }
    return new PrintedTerm(term, aliases);
  }
}
