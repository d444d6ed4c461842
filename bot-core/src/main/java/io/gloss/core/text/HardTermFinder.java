package io.gloss.core.text;

import io.gloss.core.domain.TermKey;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Finds the terms of an article a reader may not know, ranked: short forms with a parenthetical
 * expansion, glossary terms, loanwords with a Latin part ({@code 소버린 AI}), acronyms, loanwords
 * ({@code 풀스택}) and long compound nouns. Thread-safe.
 */
public final class HardTermFinder {

  /** Acronyms every reader knows; explaining them is noise. */
  private static final Set<String> COMMON_ACRONYMS =
      Set.of(
          "ai", "it", "tv", "pc", "ceo", "sns", "ok", "usa", "us", "uk", "pd", "cctv", "dj", "mc",
          "vip", "la", "ny", "am", "pm", "cnn", "bbc", "nba", "nfl", "fbi", "cia", "dna", "id",
          "ii", "iii", "iv", "mr", "dr", "q", "km", "kg", "cm", "mm");

  /** Loanwords every reader knows. */
  private static final Set<String> COMMON_LOANWORDS =
      Set.of(
          "비즈니스", "디지털", "플랫폼", "데이터", "서비스", "프로그램", "시스템", "컴퓨터", "인터넷", "스마트폰", "온라인", "오프라인",
          "미디어", "콘텐츠", "마케팅", "브랜드", "트렌드", "이벤트", "프로젝트", "글로벌", "네트워크", "소프트웨어", "하드웨어", "모바일",
          "스마트", "텔레비전", "카메라", "에너지", "스포츠", "테스트", "센터", "컨퍼런스", "포럼", "파트너", "리더", "스타트업",
          "클라우드", "로봇", "메타", "유튜브", "페이스북", "트위터", "카카오", "네이버", "코로나", "달러", "유로", "퍼센트", "포인트");

  /** Nouns that follow a person's name. */
  private static final Set<String> TITLES =
      Set.of(
          "실장", "장관", "차관", "대표", "회장", "대통령", "총리", "의원", "교수", "기자", "씨", "사장", "위원장", "부장", "국장",
          "대사", "총장", "원장", "청장", "이사", "감독", "선수", "박사", "특파원");

  /**
   * Syllables that are frequent in Korean spellings of foreign words and rare in native words; two
   * of them in a noun of three syllables or more suggest a loanword ({@code 소버린}, {@code 풀스택}).
   */
  private static final String LOANWORD_SYLLABLES =
      "스트크프플즈츠택린컴퓨팅렉쿼퀀텀챗젠픽핀펀폼웨워윈웹앱엑셔슈벤뷰빅블록롬칩넷데디털테티토키쿠캐코카케버파페포푸피"
          + "렌랩링컨섹센샷솔슬쇼쉐즘콘쿨큐클탈탭톤툴튜트팀팟팬펀펙펫폰퓨허헤퍼러";

  /** Hard terms come from the first sentences; this bounds the work on huge bodies. */
  static final int MAX_SENTENCES = 300;

  /** Syllables of an unknown word's head that Nori may leave out of its pieces. */
  private static final int MAX_LEFT_OUT_HEAD = 4;

  /** Longest glued compound read as one term: a longer run is no term a reader looks up. */
  private static final int MAX_TERM_CHARS = 40;

  private final KoreanWords korean;

  public HardTermFinder(KoreanWords korean) {
    this.korean = Objects.requireNonNull(korean, "korean");
  }

  /**
   * The best candidates, best first.
   *
   * @param sentences the article's sentences
   * @param limit at most this many
   */
  public List<String> find(List<String> sentences, int limit) {
    Map<String, Candidate> byKey = new LinkedHashMap<>();
    Set<String> expansions = new HashSet<>();
    int position = 0;
    for (String sentence : sentences.subList(0, Math.min(sentences.size(), MAX_SENTENCES))) {
      for (Parenthetical pair : Parentheticals.find(sentence)) {
        add(byKey, pair.term(), pair.explains() ? 3.0 : 2.5, position);
        expansions.add(TermKey.of(pair.expansion()));
      }
      if (Words.hasHangul(sentence)) {
        koreanCandidates(sentence, byKey, position);
      } else {
        englishCandidates(sentence, byKey, position);
      }
      position++;
    }
    List<Candidate> ranked = new ArrayList<>();
    for (Candidate candidate : byKey.values()) {
      if (!expansions.contains(candidate.key) || candidate.weight >= 3.0) {
        ranked.add(candidate);
      }
    }
    ranked.sort(Comparator.comparingDouble(Candidate::score).reversed());
    List<String> out = new ArrayList<>();
    List<String> keys = new ArrayList<>();
    for (Candidate candidate : ranked) {
      int covering = -1;
      int covered = -1;
      for (int k = 0; k < keys.size(); k++) {
        if (keys.get(k).contains(candidate.key)) {
          covering = k;
        } else if (candidate.key.contains(keys.get(k))) {
          covered = k;
        }
      }
      if (covering >= 0) {
        continue; // "소버린" inside "소버린 AI"
      }
      if (covered >= 0) {
        // "국가AI컴퓨팅센터" is more specific than "컴퓨팅": take its place.
        out.set(covered, candidate.text);
        keys.set(covered, candidate.key);
        continue;
      }
      if (out.size() < limit) {
        out.add(candidate.text);
        keys.add(candidate.key);
      }
    }
    return out;
  }

  private void koreanCandidates(String sentence, Map<String, Candidate> byKey, int position) {
    List<Word> words = korean.words(sentence);
    for (int i = 0; i < words.size(); i++) {
      Word word = words.get(i);
      switch (word.kind()) {
        case USER_TERM -> add(byKey, word.text(), 2.2, position);
        case FOREIGN -> {
          if (Parentheticals.isAcronym(word.text())) {
            add(byKey, word.text(), 1.6, position);
          }
        }
        case NOUN, PROPER_NOUN -> {
          if (looksLoanword(word.text())) {
            add(byKey, word.text(), 1.4, position);
          }
        }
        default -> {}
      }
      // A loanword and a Latin word with one space between: "소버린 AI".
      if (i + 1 < words.size()) {
        Word next = words.get(i + 1);
        boolean spaced = next.start() == word.end() + 1 && sentence.charAt(word.end()) == ' ';
        if (spaced
            && next.kind() == WordKind.FOREIGN
            && (word.kind() == WordKind.NOUN || word.kind() == WordKind.PROPER_NOUN)
            && (korean.userTerms().contains(word.text() + next.text())
                || (looksLoanword(word.text()) && word.kind() != WordKind.USER_TERM))) {
          add(byKey, sentence.substring(word.start(), next.end()), 2.4, position);
        }
      }
    }
    // Glued compounds: adjacent nouns and Latin words with no space, e.g. 국가AI컴퓨팅센터.
    int runStart = 0;
    for (int i = 1; i <= words.size(); i++) {
      boolean glued =
          i < words.size()
              && words.get(i).start() == words.get(i - 1).end()
              && words.get(i).kind() != WordKind.NUMBER
              && words.get(i - 1).kind() != WordKind.NUMBER;
      if (!glued) {
        int parts = i - runStart;
        int start = words.get(runStart).start();
        // Nori may leave the head of an unknown word out (하이|퍼스|케일러): a few syllables, never
        // the word before, so that a page-long run of syllables costs no walk back per piece.
        int floor =
            Math.max(runStart > 0 ? words.get(runStart - 1).end() : 0, start - MAX_LEFT_OUT_HEAD);
        while (start > floor && SentenceSplitter.isHangul(sentence.charAt(start - 1))) {
          start--;
        }
        boolean extended = start < words.get(runStart).start();
        if ((parts >= 2 || extended)
            && words.get(i - 1).end() - start <= MAX_TERM_CHARS
            && !isPersonName(sentence, words, runStart, i)) {
          String text = sentence.substring(start, words.get(i - 1).end());
          boolean hasLatin =
              words.subList(runStart, i).stream().anyMatch(w -> w.kind() == WordKind.FOREIGN);
          if (looksLoanword(text)) {
            // Nori splits unknown loanwords into pieces: 풀/스택, 스테이/블/코인.
            add(byKey, text, 1.4, position);
          } else if ((parts >= 3 || hasLatin) && text.length() >= 4) {
            add(byKey, text, hasLatin ? 1.3 : 1.0, position);
          }
        }
        runStart = i;
      }
    }
  }

  /**
   * A run of proper-noun pieces after another proper noun ({@code 마이클 크라치오스}) or before a title
   * ({@code 크라치오스 실장}) is a person's name, not a term.
   */
  private static boolean isPersonName(String sentence, List<Word> words, int from, int to) {
    for (int k = from; k < to; k++) {
      if (words.get(k).kind() != WordKind.PROPER_NOUN) {
        return false;
      }
    }
    if (from > 0) {
      Word before = words.get(from - 1);
      if (before.kind() == WordKind.PROPER_NOUN && before.end() + 1 == words.get(from).start()) {
        return true;
      }
    }
    if (to < words.size()) {
      Word after = words.get(to);
      return after.start() == words.get(to - 1).end() + 1 && TITLES.contains(after.text());
    }
    return false;
  }

  private static void englishCandidates(
      String sentence, Map<String, Candidate> byKey, int position) {
    // The runs of [A-Za-z0-9&-] (what a split on the other characters gives), read without a
    // regex; only a run that can be an acronym (a capital first, 2-10 characters) is tested.
    int start = -1;
    for (int i = 0; i <= sentence.length(); i++) {
      boolean inToken = i < sentence.length() && isTokenChar(sentence.charAt(i));
      if (inToken && start < 0) {
        start = i;
      } else if (!inToken && start >= 0) {
        char first = sentence.charAt(start);
        int length = i - start;
        if (first >= 'A' && first <= 'Z' && length >= 2 && length <= 10) {
          String token = sentence.substring(start, i);
          if (Parentheticals.isAcronym(token)) {
            add(byKey, token, 1.6, position);
          }
        }
        start = -1;
      }
    }
  }

  private static boolean isTokenChar(char c) {
    return (c >= 'A' && c <= 'Z')
        || (c >= 'a' && c <= 'z')
        || (c >= '0' && c <= '9')
        || c == '&'
        || c == '-';
  }

  private static void add(Map<String, Candidate> byKey, String text, double weight, int position) {
    String key = TermKey.of(text);
    if (key.length() < 2 || COMMON_ACRONYMS.contains(key)) {
      return;
    }
    Candidate candidate = byKey.get(key);
    if (candidate == null) {
      byKey.put(key, new Candidate(key, text, weight, position));
    } else {
      candidate.count++;
      if (weight > candidate.weight) {
        candidate.weight = weight;
        candidate.text = text;
      }
    }
  }

  public static boolean looksLoanword(String noun) {
    if (noun.length() < 3
        || !noun.chars().allMatch(c -> c >= '가' && c <= '힣')
        || COMMON_LOANWORDS.contains(noun)) {
      return false;
    }
    int hits = 0;
    for (int i = 0; i < noun.length(); i++) {
      if (LOANWORD_SYLLABLES.indexOf(noun.charAt(i)) >= 0) {
        hits++;
      }
    }
    return hits >= 2 && hits * 2 >= noun.length();
  }

  /** A candidate with its evidence. */
  private static final class Candidate {
    final String key;
    final int firstPosition;
    String text;
    double weight;
    int count = 1;

    Candidate(String key, String text, double weight, int firstPosition) {
      this.key = key;
      this.text = text;
      this.weight = weight;
      this.firstPosition = firstPosition;
    }

    double score() {
      return weight + 0.4 * Math.log(count) + 0.3 / (1 + firstPosition);
    }
  }
}
