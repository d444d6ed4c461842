package io.gloss.core.conversation;

import io.gloss.core.domain.Bullet;
import io.gloss.core.domain.GlossaryEntry;
import io.gloss.core.domain.Summary;
import io.gloss.core.domain.TermKey;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Lays a workspace's team glossary over a shared reply: a team explanation replaces the article's
 * explanation of the same term (or alias), and a team term the reply's headline or bullets use is
 * added while there is room. Pure: the shared, cached summary is never changed.
 */
final class TeamLayer {
  /** As many entries as the article glossary shows. */
  static final int MAX_ENTRIES = 8;

  private TeamLayer() {}

  static Summary apply(Summary summary, List<GlossaryEntry> team) {
    if (team.isEmpty()) {
      return summary;
    }
    Map<String, GlossaryEntry> byKey = new HashMap<>();
    for (GlossaryEntry entry : team) {
      for (String key : keys(entry)) {
        byKey.putIfAbsent(key, entry);
      }
    }
    List<GlossaryEntry> glossary = new ArrayList<>();
    Set<GlossaryEntry> used = new HashSet<>();
    for (GlossaryEntry entry : summary.glossary()) {
      GlossaryEntry override = null;
      for (String key : keys(entry)) {
        override = byKey.get(key);
        if (override != null) {
          break;
        }
      }
      if (override == null) {
        glossary.add(entry);
      } else if (used.add(override)) {
        glossary.add(override);
      }
    }
    String visible = visibleText(summary);
    for (GlossaryEntry entry : team) {
      if (glossary.size() >= MAX_ENTRIES) {
        break;
      }
      if (!used.contains(entry) && mentions(visible, entry)) {
        used.add(entry);
        glossary.add(entry);
      }
    }
    if (glossary.equals(summary.glossary())) {
      return summary;
    }
    return new Summary(
        summary.url(),
        summary.title(),
        summary.site(),
        summary.published(),
        summary.authors(),
        summary.readingMinutes(),
        summary.language(),
        summary.style(),
        summary.mode(),
        summary.model(),
        summary.bullets(),
        glossary,
        summary.notes(),
        summary.contentHash());
  }

  private static Set<String> keys(GlossaryEntry entry) {
    Set<String> keys = new HashSet<>();
    keys.add(TermKey.of(entry.term()));
    for (String alias : entry.aliases()) {
      keys.add(TermKey.of(alias));
    }
    keys.remove("");
    return keys;
  }

  private static String visibleText(Summary summary) {
    StringBuilder text = new StringBuilder(summary.title());
    for (Bullet bullet : summary.bullets()) {
      text.append('\n').append(bullet.text());
    }
    return normalize(text.toString());
  }

  /**
   * Whether the text uses the term: Hangul terms anywhere (particles attach to them: 소버린AI가), other
   * terms as whole words ({@code AI} is not in {@code said}); spacing between words is free.
   */
  static boolean mentions(String normalizedText, GlossaryEntry entry) {
    String term = normalize(entry.term()).strip();
    if (term.isEmpty()) {
      return false;
    }
    String[] words = term.split("[\\s\\p{Punct}]+");
    StringBuilder pattern = new StringBuilder();
    for (String word : words) {
      if (word.isEmpty()) {
        continue;
      }
      if (pattern.length() > 0) {
        pattern.append("[\\s\\p{Punct}]*");
      }
      pattern.append(Pattern.quote(word));
    }
    if (pattern.length() == 0) {
      return false;
    }
    boolean hangulEnd = term.codePoints().anyMatch(TeamLayer::isHangul);
    String regex =
        "(?<![\\p{L}\\p{N}])" + pattern + (hangulEnd ? "" : "(?![\\p{L}\\p{N}&&[^가-힣]])");
    return Pattern.compile(regex, Pattern.UNICODE_CHARACTER_CLASS).matcher(normalizedText).find();
  }

  private static boolean isHangul(int codePoint) {
    return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HANGUL;
  }

  private static String normalize(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
  }
}
