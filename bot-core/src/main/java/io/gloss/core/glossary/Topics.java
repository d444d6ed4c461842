package io.gloss.core.glossary;

import io.gloss.core.domain.GlossaryEntry;
import io.gloss.core.domain.TermKey;
import io.gloss.core.text.Parentheticals;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The broad field of a built-in entry's category, and the entries whose sense depends on it. Some
 * English words have a built-in entry for one of their senses ("guidance" as a company's forecast,
 * "whip" as a party official): in a story from another field the word means something else, and the
 * entry would explain the wrong thing. Such a word is explained only when the article has other
 * terms from the entry's field, or leans on the word itself. A short acronym ("SEC", "PB") is in
 * the same doubt unless the article spells it out.
 */
final class Topics {
  private Topics() {}

  private static final Map<String, String> FIELD =
      Map.ofEntries(
          Map.entry("economy", "money"),
          Map.entry("markets", "money"),
          Map.entry("finance", "money"),
          Map.entry("business", "money"),
          Map.entry("realestate", "money"),
          Map.entry("labor", "money"),
          Map.entry("trade", "money"),
          Map.entry("politics", "public"),
          Map.entry("law", "public"),
          Map.entry("diplomacy", "public"),
          Map.entry("defense", "public"),
          Map.entry("society", "public"),
          Map.entry("it", "tech"),
          Map.entry("semiconductor", "tech"),
          Map.entry("ai", "tech"),
          Map.entry("telecom", "tech"),
          Map.entry("mobility", "tech"),
          Map.entry("bio", "science"),
          Map.entry("health", "science"),
          Map.entry("science", "science"),
          Map.entry("space", "science"),
          Map.entry("energy", "energy"),
          Map.entry("climate", "energy"),
          Map.entry("sports", "sports"));

  /** The field of a category, or null when there is none. */
  static @Nullable String field(@Nullable String category) {
    return category == null ? null : FIELD.get(category);
  }

  /**
   * Spellings of built-in English entries (terms or aliases) that are also everyday words or
   * phrases, or terms of another field, each with a sense the entry does not explain: "guidance"
   * (advice), "token" (a gift, a game piece), "wafer" (a biscuit), "hawkish" (in foreign policy),
   * "play-in" ("play in 4K"), "knock-on" (a knock-on effect), "the hundred", "bottom line",
   * "deficit" (a team's 24-point deficit), "omnibus" (a horse-drawn bus), "impairment" (of
   * hearing), "microchip" (a dog's), "euthanasia" (of a shelter animal), "enrichment" (a school's).
   */
  static final Set<String> OTHER_SENSES =
      Set.of(
          "guidance",
          "whip",
          "token",
          "upstream",
          "headwinds",
          "trifecta",
          "wafer",
          "etching",
          "distillation",
          "inference",
          "hallucination",
          "foundry",
          "fab",
          "bandwidth",
          "churn",
          "haircut",
          "hardening",
          "scrum",
          "deuce",
          "caddie",
          "moot",
          "remand",
          "seeding",
          "payload",
          "hedging",
          "derivative",
          "portfolio",
          "unicorn",
          "summit",
          "drone",
          "bail",
          "pardon",
          "whiteout",
          "blackout",
          "solicitor",
          "loonie",
          "dividend",
          "volatility",
          "liquidity",
          "redundancy",
          "lockout",
          "deflation",
          "hawkish",
          "dovish",
          "birdie",
          "wicket",
          "ruck",
          "vesting",
          "collateral",
          "tranche",
          "productivity",
          "commodity",
          "mobilization",
          "clawback",
          "therm",
          "restructuring",
          "valuation",
          "precedent",
          "quota",
          "envoy",
          "latency",
          "recount",
          "retrofit",
          "correlation",
          "prevalence",
          "play-in",
          "opt-out",
          "bottom line",
          "top line",
          "futures",
          "pass-through",
          "safe haven",
          "safe havens",
          "graphite",
          "second stage",
          "knock-on",
          "The Hundred",
          "battle royale",
          "Series A",
          "go-around",
          "cash settlement",
          "humidity",
          "COBRA",
          "fine-tuning",
          "deficit",
          "omnibus",
          "impairment",
          "microchip",
          "euthanasia",
          "enrichment");

  /**
   * Spellings that name one place's institution in the shipped glossary and another's elsewhere:
   * the "Metropolitan Police" of a Washington story is the District's, not London's Scotland Yard.
   * Each is read in the entry's sense only when the article names the place.
   */
  private static final List<String> LONDON =
      List.of("London", "Britain", "British", "UK", "U.K.", "England", "Scotland Yard");

  private static final Map<String, List<String>> PLACE_OF_SENSE =
      Map.of(TermKey.of("Metropolitan Police"), LONDON, TermKey.of("Met Police"), LONDON);

  /**
   * Whether the article's spelling of an entry is another place's institution: the article never
   * names the place the entry is about.
   */
  static boolean elsewhere(String spellingKey, String body) {
    List<String> places = PLACE_OF_SENSE.get(spellingKey);
    return places != null && places.stream().noneMatch(body::contains);
  }

  private static final Set<String> OTHER_SENSE_KEYS =
      OTHER_SENSES.stream().map(TermKey::of).collect(Collectors.toUnmodifiableSet());

  /**
   * Whether the article's spelling (its key) of an English entry has other senses than the one the
   * entry explains ({@link #OTHER_SENSES}): the spelling itself, or a one-word form of a term that
   * has them ("commodities", "tokens"); a longer name ("earnings guidance") names one thing.
   */
  static boolean hasOtherSenses(GlossaryEntry entry, String spellingKey) {
    if (!"en".equals(entry.language())) {
      return false;
    }
    if (OTHER_SENSE_KEYS.contains(spellingKey)) {
      return true;
    }
    return OTHER_SENSE_KEYS.contains(TermKey.of(entry.term()))
        && entry.aliases().stream()
            .anyMatch(a -> a.indexOf(' ') < 0 && TermKey.of(a).equals(spellingKey));
  }

  /**
   * Whether the article's spelling (its key) is a name of the entry written as an acronym of two or
   * three letters: "SEC", "PB", "ARM" stand for many things in many fields.
   */
  static boolean isShortAcronym(GlossaryEntry entry, String spellingKey) {
    return spellingKey.length() <= 3 && namedByAcronym(entry, spellingKey);
  }

  /** Whether the article's spelling (its key) is a name of the entry written as an acronym. */
  static boolean namedByAcronym(GlossaryEntry entry, String spellingKey) {
    List<String> names = new ArrayList<>(entry.aliases());
    names.add(entry.term());
    for (String name : names) {
      if (TermKey.of(name).equals(spellingKey) && Parentheticals.isAcronym(name)) {
        return true;
      }
    }
    return false;
  }
}
