package io.gloss.core.summary;

import io.gloss.core.text.WireCopy;
import io.gloss.core.text.Words;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a sentence can stand alone as a bullet, and the words a bullet may lose (a leading
 * dateline, a trailing wire attribution). A bullet never gains words the article does not have.
 * Stateless and thread-safe.
 */
final class BulletRules {
  private BulletRules() {}

  /**
   * Openings that point back to a sentence the reader has not seen: pronouns and connectives. "This
   * year" and its kin name a time, not an antecedent, and stay.
   */
  private static final Pattern ENGLISH_DANGLING =
      Pattern.compile(
          "^(?:He|She|It|They|Them|His|Her|Its|Their|Theirs|But|And|Or|Also|However|Meanwhile"
              + "|Still|Yet|So|Then|Moreover|Furthermore|Instead|Similarly|Likewise|Besides"
              + "|Otherwise|Nevertheless|Nonetheless|Thus|Therefore|Hence|Indeed|Such|Both"
              + "|In addition|In contrast|On the other hand|As a result"
              + "|(?:This|That|These|Those)(?! (?:year|week|month|morning|afternoon|evening|night"
              + "|summer|winter|spring|fall|autumn|season|time|weekend|decade)))"
              + "\\b(?:[ ,]|['’](?:s|re|d|ll|ve)\\b)");

  private static final Pattern KOREAN_DANGLING =
      Pattern.compile(
          "^(?:이어|이어서|또|또한|그는|그녀는|그가|그녀가|그들은|이들은|이들이|그러나|하지만|그러면서|그런데|그래서"
              + "|따라서|그리고|아울러|이에|이는|이를|이와|이에 대해|이 같은|이같은|이런|그런|이처럼|그럼에도"
              + "|이 때문에|이때문에|반면|반면에|특히|다만|물론|게다가|더구나|결국|즉|앞서 그는|그의|이 밖에|이밖에"
              + "|답은|정답은|그 결과|그러자|이후 그는|그건|그게|그것은|그것이|이건|이게|이것은|이것이|그"
              + "|당시|그 당시|그때|이때)"
              + "(?:\\s|,)");

  /** {@code BOTTOM LINE:}, {@code WHAT'S NEXT:}, {@code 결론:}, {@code Q.}, {@code ■ 쟁점}. */
  private static final Pattern LABEL =
      Pattern.compile(
          "^(?:\\p{Lu}[\\p{Lu}0-9&'’ -]{2,30}:|[가-힣A-Za-z ]{1,10}\\s?[:：]\\s|(?:Q|A|문|답)\\s?[.:)]"
              + "|[■□◆◇●○▶▷►☞※\\-–—―·*]|\\[[^\\]]{1,12}\\])");

  /**
   * A transcript's speaker before a colon, in any alphabet: "Tareq Salem:", "Eugênio:", "Prof.
   * Carlos:", "Dr. Ana Lima:" (capitalized names, with a title's abbreviation). What follows is the
   * speaker's "I" and "we", with no one named: no bullet. A sentence that explains with a colon
   * ("The reason was simple: money") has lower-case words before it and stays; so does a title
   * whose subtitle goes on in capitals ("Star Wars Jedi: Fallen Order is …"), where a speaker's
   * sentence goes on in lower case.
   */
  private static final Pattern SPEAKER =
      Pattern.compile(
          "(?:\\p{Lu}\\p{Ll}{0,5}\\.\\s)?\\p{Lu}[\\p{L}'’-]*(?:\\s\\p{Lu}[\\p{L}'’-]*){0,2}\\s?:\\s\\S+\\s(?!\\p{Lu})");

  /**
   * The anchor's hand-off and other sentences that announce instead of telling, by their ending.
   * Every alternative is at most {@value #ANNOUNCEMENT_TAIL} characters long, so only the tail of a
   * sentence is searched.
   */
  private static final Pattern ANNOUNCEMENT_END =
      Pattern.compile(
          "(?:기자(?:가|입니다|의 보도입니다)|보도합니다|알아보겠습니다|살펴보겠습니다|전해드립니다|짚어봤습니다|짚어보겠습니다"
              + "|연결해\\s?보겠습니다|만나보겠습니다|정리했습니다|정리했다|알아봤다|짚어봤다|살펴봤다|실시간으로 전한다"
              + "|명시해\\s?주시기 바랍니다)\\.?$");

  private static final int ANNOUNCEMENT_TAIL = 24;

  /**
   * The last letters of a word carrying a subject (이, 가, 께서, 에서) or topic (은, 는, 도, 만) particle; a
   * noun that happens to end in one only makes a sentence look complete.
   */
  private static final String PARTICLE_ENDS = "은는이가도만서";

  /**
   * The letter before a 는 that makes a verb describe a noun ("착공한다는 목표", "하는", "있는", "되는"), not a
   * topic.
   */
  private static final String ADNOMINAL_STEMS = "다라하있없되않";

  /** Nouns that stand for a clause, not a person or thing: 것, 수, 데, 바. */
  private static final String DEPENDENT_NOUNS = "것수데바";

  /** Sentences that announce by their opening: calls to act. */
  private static final Pattern ANNOUNCEMENT_START =
      Pattern.compile(
          "(?:Here's|Here is|Here are|Read on|Read more|Watch|Click|Sign up|Subscribe|Follow"
              + "|Listen (?:to|live|again|back|now))\\b");

  /** Dates, update stamps and other dateline furniture as a whole sentence. */
  private static final Pattern STAMP =
      Pattern.compile(
          "^(?:입력|수정|기사입력|최종수정|승인|등록|Updated|Published|Posted|Last updated)(?=[\\s:：]|$)"
              + "|^\\d{4}[./-]\\d{1,2}[./-]\\d{1,2}");

  /** A clock time ("0:13", "12.00") and a year (Thai pages count from 543 BC: "2561"). */
  private static final Pattern CLOCK = Pattern.compile("(?<!\\d)\\d{1,2}[:.][0-5]\\d(?!\\d)");

  private static final Pattern YEAR = Pattern.compile("(?<!\\d)(?:19|20|25)\\d{2}(?!\\d)");

  /** Words around a date and time in a stamp: a weekday, a month, "de", "às", "เวลาประมาณ". */
  private static final int MAX_STAMP_WORDS = 5;

  private static final int MAX_STAMP_TOKENS = 10;

  /**
   * A date with a clock time and a few words around it, in any language: "segunda-feira, 22 de
   * janeiro de 2018 às 0:13", "21 ม.ค.2561 เวลาประมาณ 12.00 น.". A page's stamp, not a sentence: a
   * sentence that gives a time has more words than a weekday and a month ("The vote starts at 10:00
   * on 5 May 2025 in the town hall").
   */
  private static boolean isTimeStamp(String s) {
    if (!Words.hasDigit(s) || !CLOCK.matcher(s).find() || !YEAR.matcher(s).find()) {
      return false;
    }
    int tokens = 0;
    int words = 0;
    for (String token : s.split("\\s+")) {
      if (token.isEmpty()) {
        continue;
      }
      tokens++;
      if (token.chars().anyMatch(Character::isLetter)
          && token.chars().noneMatch(Character::isDigit)) {
        words++;
      }
    }
    return words <= MAX_STAMP_WORDS && tokens <= MAX_STAMP_TOKENS;
  }

  /** Photo credits written the English way; each form needs "(", "/", "photo" or "pictured". */
  private static final Pattern ENGLISH_CAPTION =
      Pattern.compile(
          "\\((?:AP|AFP|Reuters|Getty|EPA|Bloomberg)[^)]{0,40}\\)\\s*$|\\b(?:AP|AFP|EPA) Photo\\b"
              + "|/\\s*(?:Reuters|AFP|AP|Getty Images|Bloomberg)\\s*$|\\(Photo(?:graph)?"
              + " (?:by|courtesy)|\\bpictured\\b|\\(pictured|\\(left\\)|\\(right\\)|\\(center\\)"
              // "In this photo dated Tuesday, …", "This undated image shows …"
              + "|^(?:In )?(?:this|these|an?) (?:(?:undated|handout|file|aerial|archive|satellite|composite|family|drone|combination"
              + "|black-and-white|recent|provided|released) ){0,2}(?:photos?|photographs?|pictures?"
              + "|images?|screenshots?|video still)\\b",
          Pattern.CASE_INSENSITIVE);

  /**
   * A wire photo's caption ends with where and when it was taken: "… watch results on TV screens in
   * Islamabad, Pakistan, February 8, 2024." Prose puts "on" before a date.
   */
  private static final Pattern CAPTION_DATE =
      Pattern.compile(
          ", (?:January|February|March|April|May|June|July|August|September|October|November"
              + "|December) \\d{1,2}, \\d{4}\\.?$");

  /** {@code (Reporting by …; Editing by …)} and similar trailing credits of wire copy. */
  private static final Pattern TRAILING_CREDIT =
      Pattern.compile(
          "\\s*\\((?:Reporting|Additional reporting|Writing|Editing|Compiled) by [^)]*\\)\\s*$",
          Pattern.CASE_INSENSITIVE);

  /**
   * Reuters' instrument codes after a name: "the S&P 500 .SPX lost", "Brent LCOc1 was", "the euro
   * EUR= rose" (".NET" is a name, not a code).
   */
  private static final Pattern INSTRUMENT_CODE =
      Pattern.compile(
          " (?:\\.(?!NET\\b)[A-Z][A-Za-z0-9]{1,7}|[A-Z]{2,4}c\\d|[A-Z]{3}=)(?=[\\s,;])");

  /** Why a sentence cannot be a bullet; {@link Reject#NONE} when it can. */
  static Reject reject(String text) {
    String s = text.strip();
    if (s.isEmpty()) {
      return Reject.FRAGMENT;
    }
    // Patterns that start with "^" are tried at the start only (lookingAt), and an unanchored one
    // only when the text has what it needs: this runs on every sentence of every article.
    if (WireCopy.isCaption(s)
        || (mayBeEnglishCaption(s) && ENGLISH_CAPTION.matcher(s).find())
        || (Words.hasDigit(s) && CAPTION_DATE.matcher(s).find())) {
      return Reject.CAPTION;
    }
    if (WireCopy.isBylineOrBoilerplate(s) || STAMP.matcher(s).lookingAt() || isTimeStamp(s)) {
      return Reject.DATELINE;
    }
    if (mayBeLabel(s) && (LABEL.matcher(s).lookingAt() || SPEAKER.matcher(s).lookingAt())) {
      return Reject.LABEL;
    }
    if (isQuestion(s) || announces(s)) {
      return Reject.TEASER;
    }
    if (WireCopy.isQuoteOnly(s)
        || isTableRow(s)
        || isAside(s)
        || unbalancedQuotes(s)
        || startsMidSentence(s)
        || cutOff(s)
        || (hangulEnding(s) && !endsWithKoreanPredicate(s))) {
      return Reject.FRAGMENT;
    }
    char first = s.charAt(0);
    // Every English opening starts with a capital, every Korean one with a syllable.
    if ((first >= 'A' && first <= 'Z' && ENGLISH_DANGLING.matcher(s).lookingAt())
        || (first >= '가' && first <= '힣' && KOREAN_DANGLING.matcher(s).lookingAt())
        || namesNothing(s)
        || givesAReason(s)
        || pointsAtAQuote(s)) {
      return Reject.DANGLING;
    }
    return Reject.NONE;
  }

  /**
   * A Korean sentence none of whose words carries a subject or topic particle: what it is about is
   * in the sentence before it ("대구 수성구의 12층짜리 오피스텔입니다.", "2009년 금융위기 이후 최고 수준인데요.", "정규시간 90분을 2-2로
   * 마친 뒤 … 결승 골로 승부를 갈랐다.").
   */
  private static boolean namesNothing(String s) {
    if (!hangulEnding(s)) {
      return false;
    }
    int wordEnd = s.lastIndexOf(' '); // the last word, the predicate, is not looked at
    while (wordEnd > 0) {
      int end = wordEnd;
      while (end > 0 && !isHangul(s.charAt(end - 1)) && s.charAt(end - 1) != ' ') {
        end--; // commas, quotes and brackets after a particle
      }
      if (end > 0 && carriesSubject(s, end)) {
        return false;
      }
      wordEnd = s.lastIndexOf(' ', end - 1);
    }
    return true;
  }

  /** Whether the word ending at {@code end} carries a subject or topic particle. */
  private static boolean carriesSubject(String s, int end) {
    char last = s.charAt(end - 1);
    if (PARTICLE_ENDS.indexOf(last) < 0) {
      return false;
    }
    if (end < 2) {
      return true;
    }
    char before = s.charAt(end - 2);
    if (last == '는' && ADNOMINAL_STEMS.indexOf(before) >= 0) {
      return false; // 착공한다는 목표
    }
    // 것이, 수가, 데는: a dependent noun ("납품하는 것이 목표다") names no one.
    boolean twoLetterWord = end == 2 || s.charAt(end - 3) == ' ';
    return !(twoLetterWord && DEPENDENT_NOUNS.indexOf(before) >= 0);
  }

  /**
   * "…기 때문이다": the reason for what the sentence before it says ("전력거래소가 '출력제어' 지시를 내렸기 때문입니다.").
   */
  private static boolean givesAReason(String s) {
    String body = s.substring(0, endOfWords(s));
    return body.endsWith("때문이다")
        || body.endsWith("때문입니다")
        || body.endsWith("때문이었다")
        || body.endsWith("때문이죠")
        || body.endsWith("때문인데요");
  }

  /**
   * A Korean sentence whose words are a quotation beside it: "… 원장은 지역의사제를 두고 이렇게 말했다.", "김 장관은
   * 기자간담회에서 이같이 밝혔다.", "… 다음과 같이 설명했다." Alone it says only who spoke.
   */
  private static boolean pointsAtAQuote(String s) {
    if (!hangulEnding(s)) {
      return false;
    }
    String body = s.substring(0, endOfWords(s));
    int predicate = body.lastIndexOf(' ');
    if (predicate <= 0) {
      return false;
    }
    String before = body.substring(0, predicate);
    return before.endsWith(" 이렇게")
        || before.endsWith(" 이같이")
        || before.endsWith(" 다음과 같이")
        || before.endsWith(" 아래와 같이")
        || before.endsWith(" 이와 같이");
  }

  private static boolean isHangul(char c) {
    return c >= '가' && c <= '힣';
  }

  /** The kinds of sentence that are never bullets. */
  enum Reject {
    NONE,
    CAPTION,
    DATELINE,
    LABEL,
    TEASER,
    FRAGMENT,
    DANGLING
  }

  /** A list item's mark before a sentence: "• It was an underwhelming first quarter …". */
  private static final String LIST_MARKS = "•·▪◦‣-";

  /**
   * A Korean conclusion's connective ("그래서 정년 연장은 …이어야 한다"): the claim stands without it, and a
   * column's thesis often opens with one. A sentence left with no subject still leans on the one
   * before it.
   */
  private static final Pattern CONCLUDING =
      Pattern.compile("^(?:그래서|따라서|그러므로|그러니|그렇기에|결국|즉)\\s*,?\\s+(?=[가-힣A-Za-z0-9'‘\"“])");

  private static final String CONCLUDING_FIRST = "그따결즉";

  private static final Pattern LEADING_LIST_MARK = Pattern.compile("^[•·▪◦‣-]\\s+");

  /**
   * The bullet text: the sentence without a leading dateline or list mark or a trailing wire
   * credit.
   */
  static String trim(String sentence) {
    String s = WireCopy.stripLead(sentence);
    if (!s.isEmpty() && LIST_MARKS.indexOf(s.charAt(0)) >= 0) {
      s = LEADING_LIST_MARK.matcher(s).replaceFirst(""); // the reply draws its own bullet
    }
    if (s.indexOf('(') >= 0) {
      s = TRAILING_CREDIT.matcher(s).replaceFirst("");
    }
    if (!s.isEmpty() && CONCLUDING_FIRST.indexOf(s.charAt(0)) >= 0) {
      s = CONCLUDING.matcher(s).replaceFirst("");
    }
    if (s.indexOf('.') >= 0 || s.indexOf('=') >= 0) {
      s = INSTRUMENT_CODE.matcher(s).replaceAll("");
    }
    return s.isBlank() ? sentence.strip() : s.strip();
  }

  /**
   * A table's row, its cells joined by " | " as the extractor renders them ("DL | Larry Ogunjobi |
   * 63 | 85%"): data to read in its table, not a sentence of the report.
   */
  private static boolean isTableRow(String s) {
    return s.contains(" | ") || s.startsWith("| ") || s.endsWith(" |");
  }

  /**
   * A sentence wholly in brackets, "(We never did settle on one.)", "(편집자 주)": the writer's aside
   * or a note, said beside the news rather than as it.
   */
  private static boolean isAside(String s) {
    char first = s.charAt(0);
    char last = s.charAt(s.length() - 1);
    if (!((first == '(' && last == ')') || (first == '[' && last == ']'))) {
      return false;
    }
    // One bracket pair around the whole: "(A) and (B)" opens and ends with brackets too.
    int depth = 0;
    for (int i = 0; i < s.length() - 1; i++) {
      char c = s.charAt(i);
      if (c == '(' || c == '[') {
        depth++;
      } else if ((c == ')' || c == ']') && --depth == 0) {
        return false;
      }
    }
    return true;
  }

  /** Opens with a quotation mark: a quote, usually less informative than the report around it. */
  static boolean quoteLed(String text) {
    String s = text.strip();
    return !s.isEmpty() && "\"“‘'「『".indexOf(s.charAt(0)) >= 0;
  }

  private static boolean mayBeEnglishCaption(String s) {
    if (s.indexOf('(') >= 0 || s.indexOf('/') >= 0) {
      return true;
    }
    String lower = s.toLowerCase(Locale.ROOT);
    return lower.contains("photo")
        || lower.contains("pictured")
        || lower.contains("image")
        || lower.contains("picture")
        || lower.contains("screenshot")
        || lower.contains("still");
  }

  /**
   * A question, or a Korean sentence that ends like one ("…까", "…는가", "…까요", a full stop allowed
   * after them), before any closing quotes: a teaser.
   */
  private static boolean isQuestion(String s) {
    int end = WireCopy.endBeforeClosers(s);
    if (end > 0 && (s.charAt(end - 1) == '?' || s.charAt(end - 1) == '？')) {
      return true;
    }
    if (end > 0 && s.charAt(end - 1) == '.') {
      end--;
    }
    String body = s.substring(0, end);
    return body.endsWith("까") || body.endsWith("는가") || body.endsWith("까요");
  }

  /** The Korean endings are tried on a Korean ending only, the English openings on a capital. */
  private static boolean announces(String s) {
    if (hangulEnding(s)) {
      Matcher end = ANNOUNCEMENT_END.matcher(s);
      end.region(Math.max(0, s.length() - ANNOUNCEMENT_TAIL), s.length());
      if (end.find()) {
        return true;
      }
    }
    return ("HRWCSFL".indexOf(s.charAt(0)) >= 0 && ANNOUNCEMENT_START.matcher(s).lookingAt())
        || appeals(s);
  }

  /** What the publisher asks of the reader: to pay, subscribe or give. */
  private static final List<String> APPEALS =
      List.of(
          "subscri",
          "donat",
          "membership",
          "newsletter",
          "sign up",
          "support our",
          "support us",
          "premium content",
          "your account");

  /**
   * A sign-up form's or a disclosure's own lines, left in the body: "Please enter a valid email
   * address.", "We may earn a commission when you buy through our links."
   */
  private static final List<String> FORM_LINES =
      List.of(
          "valid email",
          "enter your email",
          "already a subscriber",
          "already have an account",
          // an affiliate disclosure: "This compensation may impact how products appear …"
          "compensation may impact",
          "may earn a commission",
          "may receive a commission",
          "earn an affiliate commission",
          "our advertising policy",
          "via this form",
          "submit your letter",
          // the publisher's disclaimer under a contributed column
          "opinions expressed are",
          "views expressed are",
          "do not reflect the views",
          "not necessarily reflect",
          // a paywall's or a share bar's lines in Japanese and Chinese
          "会員限定",
          "続きをお読み",
          "続きを読む",
          "转播到",
          "分享到");

  private static final Pattern YOU = Pattern.compile("\\b(?:you|your)\\b");

  private static final Pattern KOREAN_APPEAL =
      Pattern.compile("(?:구독|후원|가입).*(?:주세요|바랍니다|하세요)\\.?$");

  /**
   * A sentence asking the reader to subscribe or give ("You can choose a $60 Annual Subscription
   * …", "구독과 후원 부탁드립니다" ending in 주세요): the publisher's appeal, left in the body by the page.
   */
  private static boolean appeals(String s) {
    if (hangulEnding(s)) {
      return KOREAN_APPEAL.matcher(s).find();
    }
    String lower = s.toLowerCase(Locale.ROOT);
    for (String line : FORM_LINES) {
      if (lower.contains(line)) {
        return true;
      }
    }
    for (String word : APPEALS) {
      if (lower.contains(word)) {
        return YOU.matcher(lower).find();
      }
    }
    return false;
  }

  /**
   * What every {@link #LABEL} needs: a colon within its first 32 characters, or a first character
   * that opens one (a bullet mark, a bracket, Q/A/문/답).
   */
  private static boolean mayBeLabel(String s) {
    if ("QA문답■□◆◇●○▶▷►☞※-–—―·*[".indexOf(s.charAt(0)) >= 0) {
      return true;
    }
    for (int i = 0, end = Math.min(s.length(), 32); i < end; i++) {
      char c = s.charAt(i);
      if (c == ':' || c == '：') {
        return true;
      }
    }
    return false;
  }

  /**
   * A Korean sentence ends with a predicate (…다, …요, …까), then any ".!?…" and closing marks; {@code
   * 세입자들의 보증금은 모두 합쳐 14억 원.} and {@code 전남 신안의 한 태양광 발전단지.} are a broadcast script's fragments.
   */
  private static boolean endsWithKoreanPredicate(String s) {
    int end = endOfWords(s);
    if (end > 1 && s.charAt(end - 1) == '지') {
      // "…하지", "…않지", "…겠지" end a spoken sentence; "발전단지", "부지" are nouns.
      return "하했않있없겠좋이았었되였렸졌같많".indexOf(s.charAt(end - 2)) >= 0;
    }
    return end > 0 && "다요죠음함임까네군라자오".indexOf(s.charAt(end - 1)) >= 0;
  }

  /** Where the sentence's words end: before its closing quotes and its ".!?…". */
  private static int endOfWords(String s) {
    int end = WireCopy.endBeforeClosers(s);
    while (end > 0 && ".!?…".indexOf(s.charAt(end - 1)) >= 0) {
      end--;
    }
    return end;
  }

  /** The sentence's last letter is Hangul: a Korean sentence, judged by its ending. */
  private static boolean hangulEnding(String s) {
    for (int i = s.length() - 1; i >= 0; i--) {
      char c = s.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        return c >= '가' && c <= '힣';
      }
    }
    return false;
  }

  private static boolean unbalancedQuotes(String s) {
    int straight = 0;
    int open = 0;
    int close = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"') {
        straight++;
      } else if (c == '“') {
        open++;
      } else if (c == '”') {
        close++;
      }
    }
    return straight % 2 != 0 || open != close;
  }

  /**
   * A sentence that stops in an ellipsis right after a word, a number or a comma ("bringing its
   * total raised to over…", "which rules the coastal enclave,…", "may soon..."): a teaser or a
   * paywall's preview cut mid-sentence, with the rest of the sentence on another page. A spaced
   * ellipsis ("hotel room ...") is some outlets' way to join two thoughts and stays; so do Korean,
   * Chinese and Japanese sentences, where a trailing ellipsis is a tone, not a cut.
   */
  private static boolean cutOff(String s) {
    int end = s.length();
    while (end > 0 && (s.charAt(end - 1) == '.' || s.charAt(end - 1) == '…')) {
      end--;
    }
    int dots = 0;
    for (int i = end; i < s.length(); i++) {
      dots += s.charAt(i) == '…' ? 3 : 1;
    }
    if (dots < 3 || end == 0 || Words.hasHangul(s) || Words.writtenWithoutSpaces(s)) {
      return false;
    }
    char before = s.charAt(end - 1);
    return Character.isLetterOrDigit(before) || before == ',';
  }

  /** A lower-case start, an ellipsis or a dash: the tail of a sentence cut elsewhere. */
  private static boolean startsMidSentence(String s) {
    char first = s.charAt(0);
    return Character.isLowerCase(first) || first == '…' || s.startsWith("...");
  }
}
