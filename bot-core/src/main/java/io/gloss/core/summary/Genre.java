package io.gloss.core.summary;

import io.gloss.core.domain.Article;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The kind of article, read from its title, URL, authors and paragraph shapes: it changes where the
 * point sits (a column argues towards its end, a broadcast script opens with the anchor's framing,
 * an interview alternates questions and answers).
 */
enum Genre {
  NEWS,
  OPINION,
  INTERVIEW,
  BROADCAST,
  LIST,
  LIVE;

  private static final Pattern OPINION_TITLE =
      Pattern.compile(
          "^\\s*[\\[【<〈(]\\s*(?:[가-힣A-Za-z ]{0,8})?(?:칼럼|사설|시론|기고|오피니언|데스크|기자수첩|취재수첩|논단|시평"
              + "|만물상|분수대|여적|횡설수설|춘추|특파원 리포트|세상읽기|아침을 열며|편집국에서|Opinion|Column"
              + "|Editorial)|^\\s*(?:Opinion|Editorial|Column)\\s*[:|]",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern OPINION_URL =
      Pattern.compile("/(?:opinion|opinions|column|columns|editorial|editorials|commentary)/");
  private static final Pattern OPINION_AUTHOR =
      Pattern.compile("칼럼|논설|주필|columnist|editorial board", Pattern.CASE_INSENSITIVE);
  private static final Pattern QA =
      Pattern.compile("^\\s*(?:Q|A|문|답)\\s?[.:)]|^\\s*[―—-]\\s?\\S.*\\?$");
  private static final Pattern ANCHOR_START = Pattern.compile("^\\s*\\[(?:앵커|리포트|기자)\\]");
  private static final Pattern ANCHOR_END = Pattern.compile("(?:기자입니다|기자가 보도합니다)\\.?$");

  /** Longer than any ANCHOR_END match and a final line break: where such a match can lie. */
  private static final int ANCHOR_END_TAIL = 16;

  private static final Pattern STAMP =
      Pattern.compile(
          "^\\s*(?:\\d{1,2}:\\d{2}\\s?(?:a\\.m\\.|p\\.m\\.|AM|PM|ET|GMT|BST)?|(?:오전|오후)\\s?\\d{1,2}시)",
          Pattern.CASE_INSENSITIVE);
  private static final List<String> BROADCASTERS =
      List.of("KBS", "MBC", "SBS", "YTN", "JTBC", "연합뉴스TV", "채널A", "TV조선", "MBN");

  private static boolean anchorEnd(String paragraph) {
    int from = Math.max(0, paragraph.length() - ANCHOR_END_TAIL);
    return ANCHOR_END.matcher(paragraph).region(from, paragraph.length()).find();
  }

  static Genre of(Article article) {
    List<String> paragraphs = article.paragraphs();
    String title = article.title();
    String url = article.url().toLowerCase(Locale.ROOT);
    if (OPINION_TITLE.matcher(title).find()
        || OPINION_URL.matcher(url).find()
        || article.authors().stream().anyMatch(a -> OPINION_AUTHOR.matcher(a).find())) {
      return OPINION;
    }
    int qa = 0;
    int anchor = 0;
    int stamps = 0;
    int rows = 0;
    // The patterns anchored at the start are tried there only (lookingAt), the one anchored at the
    // end on the paragraph's tail: find() would try every position of every paragraph.
    for (String paragraph : paragraphs) {
      if (QA.matcher(paragraph).lookingAt()) {
        qa++;
      }
      if (ANCHOR_START.matcher(paragraph).lookingAt() || anchorEnd(paragraph)) {
        anchor++;
      }
      if (STAMP.matcher(paragraph).lookingAt()) {
        stamps++;
      }
      if (paragraph.contains(" | ") || paragraph.length() < 40) {
        rows++;
      }
    }
    if (qa >= 3) {
      return INTERVIEW;
    }
    if (anchor >= 1 || (article.site() != null && BROADCASTERS.contains(article.site().strip()))) {
      return BROADCAST;
    }
    if (stamps >= 4 && stamps * 3 >= paragraphs.size()) {
      return LIVE;
    }
    if (paragraphs.size() >= 6 && rows * 2 > paragraphs.size()) {
      return LIST;
    }
    return NEWS;
  }
}
