package io.gloss.core.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds {@link Parenthetical} pairs in a sentence. Stateless and thread-safe. */
public final class Parentheticals {
  private Parentheticals() {}

  private static final Pattern PARENS = Pattern.compile("\\(([^()]{1,60})\\)");
  private static final Pattern ACRONYM = Pattern.compile("[A-Z][A-Za-z0-9&\\-]{1,9}");
  private static final Pattern LATIN_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9 .&\\-]{1,50}");

  /** Final syllables that are usually particles: "정부의 AI" is not one name. */
  private static final String PARTICLES = "의은는이가을를에와과도로서";

  private static final Set<String> ENGLISH_GLUE =
      Set.of("of", "and", "the", "for", "on", "in", "&");

  /** Nouns that say what kind of thing a code names, never its name: "2세대 공정(SF2P)". */
  private static final Set<String> GENERIC_NOUNS =
      Set.of("공정", "제품", "모델", "버전", "장비", "사업", "계획", "시리즈", "프로젝트");

  private static final List<String> NOT_AN_EXPANSION =
      List.of("제공", "사진", "기자", "촬영", "자료", "그래픽", "현지시간", "종합", "가칭", "옛");

  public static List<Parenthetical> find(String sentence) {
    List<Parenthetical> out = new ArrayList<>();
    if (sentence.indexOf('(') < 0) {
      return out; // most sentences: no scan by the pattern
    }
    Matcher matcher = PARENS.matcher(sentence);
    while (matcher.find()) {
      String inner = matcher.group(1).strip();
      int open = matcher.start();
      Parenthetical pair = classify(sentence, open, inner);
      if (pair != null) {
        out.add(pair);
      }
    }
    return out;
  }

  private static @org.jspecify.annotations.Nullable Parenthetical classify(
      String sentence, int open, String inner) {
    String outer = wordBefore(sentence, open);
    if (inner.isEmpty() || hasAny(inner, NOT_AN_EXPANSION)) {
      return null;
    }
    boolean innerAcronym = isAcronym(inner);
    if (innerAcronym && Words.hasHangul(outer) && outer.length() >= 2) {
      // "2나노 1세대(SF2)", "2세대 공정(SF2P)": a number or a bare "process" describes the thing the
      // code names; it is not its name.
      if (Character.isDigit(outer.charAt(0)) || GENERIC_NOUNS.contains(outer)) {
        return null;
      }
      return new Parenthetical(
          inner, koreanName(sentence, open, outer, inner), Parenthetical.Kind.ACRONYM);
    }
    if (innerAcronym) {
      String expansion = englishExpansion(sentence, open, inner);
      return expansion == null
          ? null
          : new Parenthetical(inner, expansion, Parenthetical.Kind.ACRONYM);
    }
    if (isAcronym(outer) && Words.hasHangul(inner) && !hasDigit(inner) && inner.length() <= 30) {
      return new Parenthetical(outer, inner, Parenthetical.Kind.ACRONYM);
    }
    if (isHangulWord(outer) && isHangulWord(inner)) {
      if (isAbbreviationOf(inner, outer)) {
        return new Parenthetical(inner, outer, Parenthetical.Kind.ABBREVIATION);
      }
      if (isAbbreviationOf(outer, inner)) {
        return new Parenthetical(outer, inner, Parenthetical.Kind.ABBREVIATION);
      }
      return null;
    }
    boolean latinName =
        LATIN_NAME.matcher(inner).matches() && !inner.equals(inner.toUpperCase(Locale.ROOT));
    if (isHangulWord(outer) && outer.length() >= 2 && latinName) {
      return new Parenthetical(outer, inner, Parenthetical.Kind.TRANSLATION);
    }
    if (latinName && isAcronym(outer)) {
      // "소버린 AI(Sovereign AI)": a Hangul word and an acronym name the thing together.
      int outerStart = sentence.lastIndexOf(outer, open);
      String previous = outerStart > 0 ? wordBefore(sentence, outerStart) : "";
      boolean particle =
          !previous.isEmpty() && PARTICLES.indexOf(previous.charAt(previous.length() - 1)) >= 0;
      if (isHangulWord(previous) && previous.length() >= 2 && !particle) {
        return new Parenthetical(previous + " " + outer, inner, Parenthetical.Kind.TRANSLATION);
      }
    }
    return null;
  }

  /** Endings that close a word before a name: particles, verb endings ("정부는", "발표된"). */
  private static final String ALWAYS_ENDS = "은는을를에며던된될할란께와";

  /** Endings of particles that are also the last syllable of many two-syllable nouns (제도, 결과). */
  private static final String LONG_WORD_ENDS = "이가한인적만의로도고서과면엔";

  /** Words that precede a name without belonging to it. */
  private static final Set<String> NOT_IN_A_NAME =
      Set.of(
          "이번", "지난", "올해", "내년", "작년", "최근", "새", "또", "및", "등", "이른바", "일명", "소위", "그", "이", "해당",
          "각", "전", "현", "신규", "국내", "해외", "세계", "미국", "한국", "중국", "일본", "유럽", "북한", "러시아", "정부",
          "당국", "우리", "첫", "모든", "주요", "특히", "바로", "일부", "다른", "같은", "이런", "그런", "차세대", "새로운");

  /**
   * More words outside a name: adverbs that open a clause ("반면 인공지능(AI) 예산은"), and words that say
   * where a thing comes from or which one ("국산 신경망처리장치(NPU)", "경남", "기존").
   */
  private static final Set<String> BEFORE_A_NAME =
      Set.of(
          "반면", "한편", "다만", "역시", "국산", "토종", "자체", "독자", "기존", "현행", "최신", "신형", "구형", "고부가가치",
          "경남", "경북", "전남", "전북", "충남", "충북", "강원", "제주", "수도권");

  /**
   * Cities and counties that say where a thing is ("경남 사천 한국항공우주산업(KAI) 본사"), not what it is
   * called: an institution named after its city writes it as one word (광주과학기술원). Left out: names
   * that are also common nouns before a technical term (구리 "copper", 진도 "progress", 동해 "the East
   * Sea" of a gas field's name).
   */
  private static final Set<String> PLACES =
      Set.of(
          "서울", "부산", "대구", "인천", "광주", "대전", "울산", "세종", "수원", "성남", "고양", "용인", "부천", "안산", "안양",
          "남양주", "화성", "평택", "의정부", "시흥", "파주", "김포", "광명", "군포", "하남", "오산", "이천", "안성", "의왕",
          "양주", "포천", "동두천", "과천", "여주", "양평", "가평", "춘천", "원주", "강릉", "태백", "속초", "삼척", "홍천", "평창",
          "정선", "청주", "충주", "제천", "단양", "음성", "진천", "천안", "공주", "보령", "아산", "서산", "논산", "계룡", "당진",
          "태안", "서천", "전주", "군산", "익산", "정읍", "남원", "김제", "부안", "목포", "여수", "순천", "나주", "광양", "고흥",
          "영광", "해남", "완도", "포항", "경주", "김천", "안동", "구미", "영주", "영천", "상주", "문경", "경산", "칠곡", "성주",
          "울진", "울릉", "창원", "진주", "통영", "사천", "김해", "밀양", "거제", "양산", "거창", "합천", "하동", "남해", "기장",
          "서귀포");

  /**
   * The Korean name of an acronym may be several words: "비지상 네트워크(NTN)", "아시아태평양 경제협력체(APEC)".
   * Words before the last one join while they are Hangul nouns: no particle or verb ending, not a
   * time or place word, and no more words than the acronym has letters.
   */
  private static String koreanName(String sentence, int open, String last, String acronym) {
    int letters = (int) acronym.chars().filter(Character::isLetter).count();
    int end = sentence.lastIndexOf(last, open);
    if (end < 0) {
      return last;
    }
    String name = last;
    int words = 1;
    int cursor = end;
    while (words < Math.min(4, letters) && cursor > 1 && sentence.charAt(cursor - 1) == ' ') {
      int start = cursor - 1;
      while (start > 0 && isNameChar(sentence.charAt(start - 1))) {
        start--;
      }
      String word = sentence.substring(start, cursor - 1);
      if (word.isEmpty()
          || !isHangulWord(word.replace("·", "").replace("-", ""))
          || word.startsWith("-")
          || word.endsWith("-")
          || NOT_IN_A_NAME.contains(word)
          || BEFORE_A_NAME.contains(word)
          || PLACES.contains(word)
          || ALWAYS_ENDS.indexOf(word.charAt(word.length() - 1)) >= 0
          || (word.length() >= 3 && LONG_WORD_ENDS.indexOf(word.charAt(word.length() - 1)) >= 0)
          || joinsClauses(word)
          // "서버용", "차량용" say what a thing is for; two-syllable nouns end in 용 (비용, 신용)
          || (word.length() >= 3 && word.endsWith("용"))
          || (start > 0 && !isBoundary(sentence.charAt(start - 1)))) {
        break;
      }
      name = word + " " + name;
      words++;
      cursor = start;
    }
    return name;
  }

  /**
   * A two-syllable verb or adjective joining clauses with 고 ("칩을 쌓고 실리콘관통전극(TSV)으로", "있고", "맺고"),
   * where two-syllable nouns ending in 고 (창고, 광고, 사고, 재고) are common: told apart by the stem's
   * final consonant, which for these verbs is one nouns rarely end a syllable with (ㅎ, ㅆ and the
   * double ones: 쌓, 있, 없, 않, 많, 읽, 앉), or by being one of the verbs news joins clauses with most.
   */
  private static boolean joinsClauses(String word) {
    if (word.length() != 2 || word.charAt(1) != '고') {
      return false;
    }
    int finalConsonant = (word.charAt(0) - '가') % 28;
    return VERB_STEM_FINALS.contains(finalConsonant) || CLAUSE_JOINING_VERBS.contains(word);
  }

  /**
   * Final consonants (Unicode's order: 3 ㄳ, 5 ㄵ, 6 ㄶ, 9 ㄺ, 10 ㄻ, 11 ㄼ, 15 ㅀ, 18 ㅄ, 20 ㅆ, 27 ㅎ) of
   * verb stems that nouns rarely end a syllable with.
   */
  private static final Set<Integer> VERB_STEM_FINALS = Set.of(3, 5, 6, 9, 10, 11, 15, 18, 20, 27);

  /** Two-syllable verbs with 고 that news uses most to join clauses and no noun spells. */
  private static final Set<String> CLAUSE_JOINING_VERBS =
      Set.of(
          "하고", "되고", "받고", "맺고", "갖고", "두고", "넣고", "잇고", "찾고", "들고", "내고", "열고", "밀고", "걸고", "팔고",
          "살고", "알고", "먹고", "묻고", "믿고", "늘고", "줄고", "오고", "가고", "주고", "쓰고", "크고", "높고", "낮고", "좋고",
          "같고", "짓고", "닫고", "잡고", "막고", "뽑고", "꼽고", "밝고", "넘고", "남고", "품고", "안고");

  private static boolean isNameChar(char c) {
    return (c >= '가' && c <= '힣') || c == '·' || c == '-';
  }

  private static boolean isBoundary(char c) {
    return c == ' ' || c == '\'' || c == '"' || c == '‘' || c == '“' || c == '(' || c == ',';
  }

  /** The run of letters, digits and {@code ·-} right before {@code open}, one space allowed. */
  private static String wordBefore(String sentence, int open) {
    int end = open;
    if (end > 0 && sentence.charAt(end - 1) == ' ') {
      end--;
    }
    int start = end;
    while (start > 0) {
      char c = sentence.charAt(start - 1);
      if (Character.isLetterOrDigit(c) || c == '·' || c == '-') {
        start--;
      } else {
        break;
      }
    }
    return sentence.substring(start, end);
  }

  /** "Congressional Research Service (CRS)": the preceding words whose initials spell it. */
  private static @org.jspecify.annotations.Nullable String englishExpansion(
      String sentence, int open, String acronym) {
    String letters = acronym.replaceAll("[^A-Za-z]", "").toLowerCase(Locale.ROOT);
    // The words an expansion can span (an initial each, and "of", "and", "the" between them): a
    // sentence of thousands of brackets costs no split of all that comes before each.
    int from = open;
    for (int spaces = 0; from > 0 && spaces <= 3 * letters.length() + 3; from--) {
      if (Character.isWhitespace(sentence.charAt(from - 1))) {
        spaces++;
      }
    }
    String[] words = sentence.substring(from, open).strip().split("\\s+");
    int first = firstWord(words, words.length - 1, letters, letters.length());
    if (first < 0 || first >= words.length) {
      return null;
    }
    StringBuilder expansion = new StringBuilder();
    for (int k = first; k < words.length; k++) {
      if (expansion.length() > 0) {
        expansion.append(' ');
      }
      String word = words[k].replaceAll("^[^A-Za-z]+|[^A-Za-z]+$", "");
      // "Bank of Canada's (BoC) decision": the possessive is not part of the name.
      expansion.append(k == words.length - 1 ? word.replaceFirst("['’]s$", "") : word);
    }
    return expansion.toString();
  }

  /** "tt" for "Tehrik-e-Taliban", "" for a word without two capitalized parts. */
  private static String capitalizedPartInitials(String word) {
    if (word.indexOf('-') < 0) {
      return "";
    }
    StringBuilder initials = new StringBuilder();
    for (String part : word.split("-")) {
      if (!part.isEmpty() && Character.isUpperCase(part.charAt(0))) {
        initials.append(Character.toLowerCase(part.charAt(0)));
      }
    }
    return initials.length() >= 2 ? initials.toString() : "";
  }

  /**
   * Matches the acronym's letters {@code [0, remaining)} backwards against words ending at {@code
   * i}; glue words ("of", "and") may or may not give a letter ("Bank of Korea" = BOK, "Department
   * of Energy" = DOE or DE). Returns the index of the first word, or -1.
   */
  private static int firstWord(String[] words, int i, String letters, int remaining) {
    if (remaining == 0) {
      return i + 1;
    }
    if (i < 0 || words.length - i > letters.length() + 3) {
      return -1;
    }
    String word = words[i].replaceAll("[^A-Za-z\\-]", "");
    if (word.isEmpty()) {
      return -1;
    }
    String lower = word.toLowerCase(Locale.ROOT);
    // "Tehrik-e-Taliban Pakistan (TTP)": a hyphenated name gives the initials of its capitalized
    // parts.
    String parts = capitalizedPartInitials(word);
    if (parts.length() >= 2
        && remaining >= parts.length()
        && letters.startsWith(parts, remaining - parts.length())) {
      int found = firstWord(words, i - 1, letters, remaining - parts.length());
      if (found >= 0) {
        return found;
      }
    }
    boolean glue = ENGLISH_GLUE.contains(lower);
    if (!glue && !Character.isUpperCase(word.charAt(0))) {
      return -1; // expansions of acronyms are capitalized
    }
    // An expansion never opens with a lower-case glue word: "Air and Marine Operations (AMO)", not
    // "and …"; "The Energy and Resources Institute (TERI)" names itself with its "The".
    boolean lowerGlue = glue && Character.isLowerCase(word.charAt(0));
    if (lower.charAt(0) == letters.charAt(remaining - 1) && !(lowerGlue && remaining == 1)) {
      int found = firstWord(words, i - 1, letters, remaining - 1);
      if (found >= 0) {
        return found;
      }
    }
    return glue ? firstWord(words, i - 1, letters, remaining) : -1;
  }

  public static boolean isAcronym(String s) {
    if (!ACRONYM.matcher(s).matches()) {
      return false;
    }
    long upper = s.chars().filter(Character::isUpperCase).count();
    return upper >= 2 && upper * 2 >= s.chars().filter(Character::isLetter).count();
  }

  private static boolean isHangulWord(String s) {
    return !s.isEmpty() && s.chars().allMatch(c -> c >= '가' && c <= '힣');
  }

  /** Every syllable of the short form appears in the long form, in order, starting together. */
  private static boolean isAbbreviationOf(String shortForm, String longForm) {
    if (shortForm.length() < 2 || shortForm.length() >= longForm.length()) {
      return false;
    }
    if (shortForm.charAt(0) != longForm.charAt(0)) {
      return false;
    }
    int j = 0;
    for (int i = 0; i < longForm.length() && j < shortForm.length(); i++) {
      if (longForm.charAt(i) == shortForm.charAt(j)) {
        j++;
      }
    }
    return j == shortForm.length();
  }

  private static boolean hasAny(String s, List<String> marks) {
    for (String mark : marks) {
      if (s.contains(mark)) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasDigit(String s) {
    return s.chars().anyMatch(Character::isDigit);
  }
}
