package io.gloss.core.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Where the article stops: a "Most popular", "Related stories", "관련기사" or comments heading after
 * the article text has begun means the rest of the container is teasers. Lines that are only a date
 * are dropped as well: in a body they are teaser stamps or the page's own dateline.
 */
final class ArticleEnd {
  private static final Pattern END_HEADING =
      Pattern.compile(
          "(most (popular|read|viewed|shared|emailed)( (stories|articles|news))?"
              + "|related (articles|stories|posts|content|news|coverage)"
              + "|more (stories|news) (from|on|in)\\b.{0,40}|recommended (for you|stories|articles)"
              + "|you (may|might) (also )?(like|enjoy)|what to read next|editors'? picks"
              + "|around the web|sponsored (content|stories|links)|leave a (comment|reply)"
              + "|\\d+ (comments?|responses?)|join the conversation|about the author"
              + "|something to consider|recent posts|you may have missed"
              + "|관련\\s*기사|많이\\s*본\\s*(뉴스|기사)|추천\\s*기사|인기\\s*기사|이\\s*시각\\s*주요\\s*뉴스"
              + "|많이\\s*본\\s*기사|함께\\s*볼\\s*만한\\s*기사)\\s*:?",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern DATE_ONLY =
      Pattern.compile(
          "((updated|published|posted|posted on)\\s*:?\\s*)?"
              + "((mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\\s+)?"
              + "((jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?\\s+\\d{1,2},?\\s+\\d{4}"
              + "|\\d{1,2}\\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?,?\\s+\\d{4}"
              + "|\\d{4}[-./]\\d{1,2}[-./]\\d{1,2}\\.?)"
              + "(\\s*(at|,|-|\\|)?\\s*\\d{1,2}:\\d{2}(:\\d{2})?\\s*([ap]\\.?m\\.?)?\\s*([a-z]{2,4})?)?",
          Pattern.CASE_INSENSITIVE);

  private ArticleEnd() {}

  static List<TextBlock> cut(List<TextBlock> blocks) {
    int total = 0;
    for (TextBlock block : blocks) {
      total += block.weight();
    }
    List<TextBlock> kept = new ArrayList<>();
    int seen = 0;
    for (TextBlock block : blocks) {
      String text = block.text().strip();
      if (text.length() <= 60 && DATE_ONLY.matcher(text).matches()) {
        continue;
      }
      // An inline "Related articles" box mid-article is followed by more article than teasers.
      if (seen * 2 >= total
          && text.length() <= 60
          && block.linkDensity() < 0.5
          && END_HEADING.matcher(text).matches()
          && (total - seen) * 3 < seen) {
        break;
      }
      seen += block.weight();
      kept.add(block);
    }
    return kept;
  }
}
