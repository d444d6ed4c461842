package io.gloss.core.glossary;

import io.gloss.core.domain.GlossaryEntry;
import io.gloss.core.domain.Provenance;
import io.gloss.core.domain.TermKey;
import io.gloss.core.text.Parenthetical;
import io.gloss.core.text.Parentheticals;
import io.gloss.core.text.Words;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an article's own text teaches: short forms with their expansion ({@code 국내총생산(GDP)}),
 * definitions ({@code X란 …을 말한다}, {@code X는 …를 뜻한다}, {@code X refers to …}) and names in two
 * languages ({@code 풀스택(Full Stack)}), which become aliases but never explanations. Stateless.
 */
final class ArticleDefinitions {
  private ArticleDefinitions() {}

  private static final String QUOTES = "'‘’\"“”";

  /** "X란 …을 말한다": 란/이란 with any defining verb. */
  private static final Pattern KOREAN_RAN =
      Pattern.compile(
          "^["
              + QUOTES
              + "]?(?<term>[^,."
              + QUOTES
              + "]{1,25}?)["
              + QUOTES
              + "]?(?:이란|란|이라 함은|라 함은)\\s+"
              + "(?<def>.{4,200}?)\\s*(?:을|를)\\s*(?:말한다|뜻한다|의미한다|가리킨다|일컫는다)\\.?$");

  /** "X는 …를 뜻한다": 은/는 only with verbs that cannot be reported speech. */
  private static final Pattern KOREAN_NEUN =
      Pattern.compile(
          "^["
              + QUOTES
              + "]?(?<term>[^,."
              + QUOTES
              + "]{1,25}?)["
              + QUOTES
              + "]?(?:은|는)\\s+"
              + "(?<def>.{4,200}?)\\s*(?:을|를)\\s*(?:뜻한다|의미한다|일컫는다|가리킨다)\\.?$");

  private static final Pattern ENGLISH =
      Pattern.compile(
          "^(?:The term |An? )?["
              + QUOTES
              + "]?(?<term>[A-Za-z][\\w\\- ]{1,40}?)["
              + QUOTES
              + "]?"
              + " (?:refers to|is defined as|stands for) (?<def>.{4,200}?)\\.?$");

  private static final Set<String> NOT_A_TERM =
      Set.of("이", "그", "이는", "이것", "그것", "이번", "그는", "그녀", "이들", "it", "this", "that", "he", "she");

  /** The entries and alias links found in the sentences. */
  record Found(List<GlossaryEntry> entries, Map<String, Set<String>> aliases) {}

  static Found find(List<String> sentences, Provenance source, String language) {
    Map<String, GlossaryEntry> entries = new LinkedHashMap<>();
    Map<String, Set<String>> aliases = new LinkedHashMap<>();
    for (String sentence : sentences) {
      for (Parenthetical pair : Parentheticals.find(sentence)) {
        if (pair.explains()) {
          put(entries, pair.term(), List.of(pair.expansion()), pair.expansion(), source, language);
        } else {
          aliases
              .computeIfAbsent(TermKey.of(pair.term()), k -> new LinkedHashSet<>())
              .add(pair.expansion());
        }
      }
      Matcher matcher = definitionMatcher(sentence.strip());
      if (matcher != null) {
        String term = matcher.group("term").strip();
        String definition = matcher.group("def").strip();
        if (!NOT_A_TERM.contains(term.toLowerCase(java.util.Locale.ROOT))
            && term.split("\\s+").length <= 4) {
          put(entries, term, List.of(), definition, source, language);
        }
      }
    }
    return new Found(new ArrayList<>(entries.values()), aliases);
  }

  private static @org.jspecify.annotations.Nullable Matcher definitionMatcher(String sentence) {
    for (Pattern pattern : List.of(KOREAN_RAN, KOREAN_NEUN, ENGLISH)) {
      Matcher matcher = pattern.matcher(sentence);
      if (matcher.matches()) {
        return matcher;
      }
    }
    return null;
  }

  private static void put(
      Map<String, GlossaryEntry> entries,
      String term,
      List<String> aliases,
      String definition,
      Provenance source,
      String articleLanguage) {
    String key = TermKey.of(term);
    if (key.length() < 2 || entries.containsKey(key)) {
      return; // the first definition in the article wins
    }
    String language = Words.hasHangul(definition) ? "ko" : articleLanguage;
    entries.put(key, new GlossaryEntry(term, aliases, definition, language, source));
  }
}
