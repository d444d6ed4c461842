package io.gloss.core.glossary;

import io.gloss.core.domain.GlossaryEntry;
import io.gloss.core.domain.SourceKind;
import io.gloss.core.domain.TermKey;
import io.gloss.core.text.EnglishWords;
import io.gloss.core.text.HardTermFinder;
import io.gloss.core.text.Parentheticals;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How much a term deserves a place in a reply: how hard it is for a general reader (acronyms,
 * loanwords, technical compounds, terms the article itself flags or defines; not words every reader
 * knows) and how much it matters to this article (how often, how early, in the headline).
 * Stateless.
 */
final class TermRanking {
  private TermRanking() {}

  /** Below this a candidate is not worth a line: it would be noise. */
  static final double THRESHOLD = 1.85;

  /** How much more a term needs when the article has its own box. */
  static final double BOX_MARGIN = 1.0;

  /**
   * A reply with fewer entries than this, on an article without a box, also takes candidates down
   * to {@link #SPARSE_FLOOR} that readers do not know as everyday words: an article with one or two
   * hard terms still uses moderately hard ones ("median forecast", "무역수지", "적설량") that a reader is
   * glad to have explained, where a crowded reply would only add noise.
   */
  static final int SPARSE_REPLY = 3;

  static final double SPARSE_FLOOR = 1.65;

  /**
   * What a term gains or loses by how well readers know it ({@link Familiarity}). An everyday term
   * is not excluded outright: one the article leans on (in the headline, flagged, used again and
   * again) can still clear the threshold; a specialist term needs less to get there.
   */
  static final double SPECIALIST_BONUS = 0.6;

  static final double FAMILIAR_PENALTY = 0.2;

  static final double EVERYDAY_PENALTY = 1.2;

  /** A bracketed part and what follows it: "DSR(총부채원리금상환비율)" is judged by "DSR". */
  private static final Pattern BRACKETED_TAIL = Pattern.compile("\\s*[(（].*$");

  private static final Pattern ACRONYM = Pattern.compile("[A-Z][A-Z0-9&\\-]{1,9}s?");

  private static final Pattern WORD_BREAK = Pattern.compile("[\\s\\-]+");

  /** Acronyms every reader knows; their expansion is no explanation. */
  private static final Set<String> COMMON_ACRONYMS =
      Set.of(
          "ai",
          "it",
          "tv",
          "pc",
          "ceo",
          "cfo",
          "sns",
          "usa",
          "us",
          "uk",
          "eu",
          "un",
          "gdp",
          "cctv",
          "dna",
          "id",
          "nasa",
          "fbi",
          "cia",
          "who",
          "imf",
          "nato",
          "kbo",
          "nba",
          "nfl",
          "mlb",
          "ok",
          "vip",
          "app",
          "km",
          "kg",
          "ktx",
          "lte",
          "atm",
          "sms",
          "pdf",
          "url",
          "gps",
          "usb",
          // news agencies, named in every credit line
          "ap",
          "afp",
          "upi",
          "dpa");

  /** Words every news reader knows, though a glossary may explain them. */
  private static final Set<String> COMMON_WORDS =
      Set.of(
          "환율",
          "관세",
          "전세",
          "서버",
          "기소",
          "고소",
          "고발",
          "공천",
          "경선",
          "내수",
          "수출",
          "수입",
          "물가",
          "금리",
          "주가",
          "주식",
          "예산",
          "세금",
          "투자",
          "대출",
          "예금",
          "적자",
          "흑자",
          "매출",
          "인플레이션",
          "경기",
          "선거",
          "탄핵",
          "동맹",
          "제재",
          "휴전",
          "백신",
          "감염",
          "원전",
          "반도체",
          "스마트폰",
          "인공지능",
          "챗봇",
          "드론",
          "개미",
          "부동산",
          "아파트",
          "실업률",
          "연금",
          "보험",
          "국회",
          "정상회담",
          "코로나",
          "클라우드",
          "국민연금",
          "기준금리",
          "artificial intelligence",
          "data center",
          "fiscal year",
          "mvp",
          "inflation",
          "recession",
          "tariff",
          "tariffs",
          "sanctions",
          "revenue",
          "layoffs",
          "pandemic",
          "ceasefire",
          "summit",
          "ambassador",
          "refugee",
          "drone",
          "bankruptcy",
          "semiconductor",
          "playoffs",
          "rookie",
          "touchdown",
          "vaccine",
          "election",
          "budget",
          "interest rate",
          "stock market",
          "unemployment",
          "chatbot",
          "cybersecurity",
          "monopoly",
          "bailout",
          "inequality",
          "pardon",
          "veto",
          "bail",
          "prosecutor",
          "defendant",
          "plaintiff");

  /**
   * The score of a candidate.
   *
   * @param entry the explanation that would be shown
   * @param term the term as it is shown
   * @param count how often the article uses it
   * @param firstShare where it first appears, 0 (start) to 1 (end)
   * @param inTitle whether the headline uses it
   * @param hardRank its place among the analyzer's hard-term candidates, 0 = best, or -1
   * @param flagged whether the article flags it ("이른바", "so-called", quotes, a definition)
   * @param familiarity how well a general reader knows it, as the built-in glossary rates it
   */
  static double score(
      GlossaryEntry entry,
      String term,
      int count,
      double firstShare,
      boolean inTitle,
      int hardRank,
      boolean flagged,
      Familiarity familiarity) {
    boolean team = entry.provenance().kind() == SourceKind.TEAM;
    if (isCommon(entry)) {
      return 0;
    }
    double shape = shape(term);
    SourceKind kind = entry.provenance().kind();
    if ((kind == SourceKind.DICTIONARY || kind == SourceKind.LEARNED)
        && shape < 0.4
        && hardRank < 0
        && !flagged) {
      // A dictionary holds every word, and another article may have defined a plain one
      // ("crystal" in a science story): a short plain word needs evidence from this article.
      return 0;
    }
    double score = base(entry) + shape;
    if (hardRank >= 0) {
      score += 0.8 - Math.min(0.6, hardRank * 0.08);
    }
    if (flagged) {
      score += 0.8;
    }
    score += 0.5 * Math.log(1 + Math.max(1, count)) - 0.35;
    score += 0.3 * (1 - Math.min(1, firstShare));
    if (inTitle) {
      score += 0.5;
    }
    if (!team) {
      score += familiarityWeight(familiarity);
    }
    return score;
  }

  /** Whether every reader knows the term (or any of its names). */
  static boolean isCommon(GlossaryEntry entry) {
    String key = TermKey.of(entry.term());
    if (COMMON_ACRONYMS.contains(key)
        || COMMON_WORDS.contains(entry.term().toLowerCase(Locale.ROOT))
        || EnglishWords.onlyFunctionWords(entry.term())) {
      return true; // function words too: a store may hold "where" learned by an older version
    }
    // "artificial intelligence" is also "AI": a thing every reader knows by one of its names.
    if (entry.provenance().kind() == SourceKind.BUILTIN
        && entry.aliases().stream().anyMatch(a -> COMMON_ACRONYMS.contains(TermKey.of(a)))) {
      return true;
    }
    // "AI — 인공지능": an expansion of a common acronym.
    return ArticleDefinitions.isExpansion(entry)
        && entry.aliases().stream().anyMatch(a -> COMMON_ACRONYMS.contains(TermKey.of(a)));
  }

  /**
   * A term most readers need explained gains a place; one news readers know roughly gives one up.
   */
  static double familiarityWeight(Familiarity familiarity) {
    return switch (familiarity) {
      case SPECIALIST -> SPECIALIST_BONUS;
      case FAMILIAR -> -FAMILIAR_PENALTY;
      case EVERYDAY -> -EVERYDAY_PENALTY;
      case UNRATED -> 0;
    };
  }

  private static double base(GlossaryEntry entry) {
    SourceKind kind = entry.provenance().kind();
    boolean expansion = ArticleDefinitions.isExpansion(entry);
    return switch (kind) {
      case TEAM -> 2.5;
      case ARTICLE_BOX -> 3.0;
      case ARTICLE_TEXT -> expansion ? 0.6 : 1.6;
      case LEARNED -> expansion ? 0.3 : 1.4;
      case DICTIONARY -> 1.0;
      case BUILTIN -> 1.4;
      case AI -> 1.4;
    };
  }

  /**
   * {@code shape(key) >= 0.4} for a {@link io.gloss.core.domain.TermKey} (lower case, no spaces or
   * brackets: never an acronym or several words), without the patterns: asked of every stretch of
   * an article that could spell an imported dictionary's word, thousands per article.
   */
  static boolean hardShapedKey(String key) {
    boolean hangul = false;
    boolean otherLetter = false;
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      if (c >= '가' && c <= '힣') {
        hangul = true;
      } else if (c < 0x3000 && Character.isLetter(c)) {
        otherLetter = true;
      }
    }
    if (!hangul) {
      return key.length() >= 8;
    }
    return otherLetter || key.length() >= 4 || HardTermFinder.looksLoanword(key);
  }

  /** Acronyms, loanwords and long or multi-word compounds are hard; a short native word less so. */
  static double shape(String term) {
    String t = term.strip();
    String head = BRACKETED_TAIL.matcher(t).replaceAll("");
    if (Parentheticals.isAcronym(head.replace(" ", "")) || ACRONYM.matcher(head).matches()) {
      return 0.6;
    }
    boolean hangul = head.chars().anyMatch(c -> c >= '가' && c <= '힣');
    if (hangul) {
      String bare = head.replace(" ", "");
      if (HardTermFinder.looksLoanword(bare)) {
        return 0.6;
      }
      if (bare.chars().anyMatch(c -> c < 0x3000 && Character.isLetter(c))) {
        return 0.5; // "스트레스 DSR", "1c D램"
      }
      return bare.length() >= 4 ? 0.4 : bare.length() == 3 ? 0.2 : 0.0;
    }
    int words = WORD_BREAK.split(head).length;
    // A long single word is usually a technical one ("tiebreaker", "arbitrage"); a short one
    // common.
    return words >= 3 ? 0.5 : words == 2 ? 0.4 : head.length() >= 8 ? 0.4 : 0.0;
  }
}
