package io.gloss.core.extract;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The outlet named in the page's head title around the headline: {@code Headline | News | Jamaica
 * Gleaner}, {@code Headline – Jamaica Information Service}, {@code Daily Planet | Headline}. Read
 * only when the page names its site nowhere else, and only when the headline can be found in the
 * head title, so the part left over is known to be the site's and not the story's.
 */
final class TitleSuffix {
  private TitleSuffix() {}

  private static final Pattern SEPARATOR = Pattern.compile("\\s+[|\\-–—·»:]\\s+|\\s*[|ㅣ_]\\s*");

  /** Separators and brackets left at either end of the part: "– Jamaica Observer", "[LWN.net]". */
  private static final Pattern EDGES =
      Pattern.compile("^[\\s|\\-–—·»:\\[\\]_ㅣ]+|[\\s|\\-–—·»:\\[\\]_ㅣ]+$");

  /** Section and page-type words that sit in a head title beside the site's name. */
  private static final Set<String> NOT_A_SITE =
      Set.of(
          "news",
          "home",
          "blog",
          "article",
          "articles",
          "opinion",
          "sports",
          "sport",
          "business",
          "world",
          "local",
          "politics",
          "video",
          "videos",
          "photos",
          "story",
          "latest",
          "breaking");

  /** The site's name from the head title, or null when it cannot be told apart from the story. */
  static @Nullable String site(@Nullable String headTitle, String title) {
    if (headTitle == null || title.isBlank()) {
      return null;
    }
    String head = headTitle.strip();
    String headline = title.strip();
    if (headline.length() < 15) {
      return null; // a short "headline" may itself be the site's name or a section's
    }
    String rest;
    boolean headlineFirst;
    if (head.startsWith(headline)) {
      rest = head.substring(headline.length());
      headlineFirst = true;
    } else if (head.endsWith(headline)) {
      rest = head.substring(0, head.length() - headline.length());
      headlineFirst = false;
    } else {
      return null;
    }
    String[] parts = SEPARATOR.split(EDGES.matcher(rest).replaceAll(""));
    // The part furthest from the headline: "Headline | Section | Site".
    String part = EDGES.matcher(parts[headlineFirst ? parts.length - 1 : 0]).replaceAll("");
    return plausible(part, headline) ? part : null;
  }

  /**
   * A name: short, with a capital or a script without case ("Jamaica Observer", "LWN.net", "광명일보"),
   * without the commas, slashes and brackets of a place or a description ("privacy policy", "Nassau
   * / Paradise Island, Bahamas").
   */
  private static boolean plausible(String name, String headline) {
    if (name.length() < 2
        || name.length() > 40
        || name.length() >= headline.length()
        || name.split("\\s+").length > 5) {
      return false;
    }
    if (name.chars().anyMatch(c -> ",/()?!".indexOf(c) >= 0)
        || name.codePoints().noneMatch(c -> Character.isLetter(c) && !Character.isLowerCase(c))) {
      return false;
    }
    String lower = name.toLowerCase(Locale.ROOT);
    return !NOT_A_SITE.contains(lower) && !lower.startsWith("by "); // "Headline - By jdoe"
  }

  /** "Headline - La Stampa": the last part after a separator. */
  private static final Pattern LAST_PART =
      Pattern.compile("^(?<headline>.{5,}?)\\s+[|\\-–—·]\\s+(?<name>[^|\\-–—·]{2,40})$");

  /**
   * The outlet's name at the end of a headline when it spells a label of the page's host ("La
   * Stampa" on www.lastampa.it, "Jamaica Gleaner" on jamaica-gleaner.com), or null.
   */
  static @Nullable String hostNamed(String title, @Nullable String host) {
    if (host == null) {
      return null;
    }
    Matcher m = LAST_PART.matcher(title.strip());
    if (!m.matches()) {
      return null;
    }
    String name = m.group("name").strip();
    String letters = name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    for (String label : host.toLowerCase(Locale.ROOT).split("\\.")) {
      if (label.length() >= 4 && label.replace("-", "").equals(letters)) {
        return name;
      }
    }
    return null;
  }
}
