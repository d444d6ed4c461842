package io.gloss.core.glossary;

import io.gloss.core.domain.GlossaryEntry;
import io.gloss.core.domain.Provenance;
import io.gloss.core.domain.TermKey;
import io.gloss.core.text.EnglishWords;
import io.gloss.core.text.Parenthetical;
import io.gloss.core.text.Parentheticals;
import io.gloss.core.text.PrintedTerm;
import io.gloss.core.text.Words;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * What an article's own text teaches: short forms with their expansion ({@code 국내총생산(GDP)}, {@code
 * lithium iron phosphate, or LFP}), definitions ({@code X란 …을 말한다}, {@code X(…)는 …하는 제도다}, {@code
 * …사이의 공백, 이른바 'X'}, {@code …하는 'X'}, {@code A passkey is a …}, {@code so-called X, which …},
 * {@code the X, the idea that …}, {@code …, known as X}, {@code X, or Y}) and names in two
 * languages ({@code 풀스택(Full Stack)}), which become aliases but never explanations. Stateless.
 */
final class ArticleDefinitions {
  private ArticleDefinitions() {}

  private static final String Q = "'‘’\"“”";

  /** Nouns that end a Korean definition: "…하는 제도다", "…을 말한다". */
  private static final String HEAD =
      "(?:제도|현상|기술|방식|장치|상품|전략|절차|지표|비율|개념|용어|물질|기구|단체|기관|질환|병|질병|항체|원전|원자로"
          + "|계약|거래|단위|구조|시설|자금|기준|금리|세금|권리|상태|규칙|정책|법|서비스|지수|가격|모델|반도체|칩|백신"
          + "|치료제|무기|전투기|미사일|발사체|위성|궤도|연료|방법|과정|수단|조치|프로그램|시스템|시장|상황|뜻|의미)";

  private static final String TERM = "[^,." + Q + "()]{1,30}?(?:\\([^()]{1,40}\\))?";

  /** "X란 …을 말한다", "X란 …하는 항체로, …": 란/이란 with a defining ending. */
  private static final Pattern KOREAN_RAN =
      Pattern.compile(
          "^["
              + Q
              + "]?(?<term>[^,"
              + Q
              + "]{1,30}?)["
              + Q
              + "]?(?:이란|란|이라 함은|라 함은)\\s+"
              + "(?<def>.{6,240})$");

  private static final Pattern DEFINING_END =
      Pattern.compile("\\s*(?:을|를)\\s*(?:말한다|말합니다|뜻한다|뜻합니다|의미한다|의미합니다|가리킨다|일컫는다)\\.?$");

  private static final Pattern HEAD_IN_DEF =
      Pattern.compile(
          HEAD
              + "(?:이)?(?:다|며|고|로|으로|를 말|을 말|입니다)[,.\\s]|"
              + HEAD
              + "(?:이)?다\\.?$|[가-힣]{1,6}(?:로|으로), ");

  /** "X(…)는 …하는 제도다", "X는 …하는 원전을 말한다": 은/는 only with a defining noun at the end. */
  private static final Pattern KOREAN_NEUN =
      Pattern.compile(
          "^["
              + Q
              + "]?(?<term>"
              + TERM
              + ")["
              + Q
              + "]?(?:은|는)\\s+"
              + "(?<def>.{6,240}?"
              + HEAD
              + ")(?:이다|다|입니다|(?:을|를)\\s*(?:말한다|말합니다|뜻한다|의미한다))\\.?$");

  /**
   * What {@link #KOREAN_NEUN} needs at the end of the sentence: a defining noun and its ending.
   * Searched in the last {@value #NEUN_TAIL} characters only; the full pattern, which tries every
   * length of the definition against every defining noun, runs only where this finds one.
   */
  private static final Pattern NEUN_END =
      Pattern.compile(HEAD + "(?:이다|다|입니다|(?:을|를)\\s*(?:말한다|말합니다|뜻한다|의미한다))\\.?$");

  private static final int NEUN_TAIL = 32;

  /**
   * "…에 합의한 상태다", "…이 이어지는 상황이다": where a subject stands now, news narrative rather than a
   * definition ("인도네시아는 분담금을 줄이는 데 합의한 상태다"). "…한 상태를 말한다" still defines.
   */
  private static final Pattern NARRATIVE_END = Pattern.compile("(?:상태|상황)(?:이다|다|입니다)\\.?$");

  /** "X는 …를 뜻한다": 은/는 with verbs that cannot be reported speech. */
  private static final Pattern KOREAN_NEUN_VERB =
      Pattern.compile(
          "^["
              + Q
              + "]?(?<term>"
              + TERM
              + ")["
              + Q
              + "]?(?:은|는)\\s+"
              + "(?<def>.{4,200}?)\\s*(?:을|를)\\s*(?:뜻한다|의미한다|일컫는다|가리킨다)\\.?$");

  /** "정년과 연금 수급 사이의 공백, 이른바 '소득 크레바스'". */
  private static final Pattern SO_CALLED_KO =
      Pattern.compile(
          "(?:^|[,\"“]\\s*)(?<def>[^,\"“”]{6,80}),\\s*이른바\\s*["
              + Q
              + "](?<term>[^"
              + Q
              + "]{2,20})["
              + Q
              + "]");

  /** "…한꺼번에 몰리는 '코인런'", "…써내는 이른바 '뻥튀기 청약'": a relative clause names the term. */
  private static final Pattern CLAUSE_KO =
      Pattern.compile(
          "(?:^|[,\"“]\\s*)(?<def>[^,\"“”'‘’]{6,120}?[는은던된한운인진른낸온할될])\\s+(?:이른바\\s+)?['‘](?<term>[^'‘’]{2,20})['’]");

  /**
   * What may follow the quoted term when it is a judgment on this case, not a name the clause
   * explains: "…를 방어하기 위한 '생존형 출마'란 지적이 나왔다" (a criticism), "…라는 평가다", "…란 분석이다".
   */
  private static final Pattern JUDGED =
      Pattern.compile(
          "\\s*(?:이?란|이?라는|이?라고)\\s*(?:지적|비판|비난|평가|분석|관측|우려|목소리|얘기|이야기|말|주장|의견"
              + "|해석|전망|반응|논란|의혹|지적도|비판도|평가도|말도)");

  /** "A passkey is a login credential that …". */
  private static final Pattern ENGLISH_IS =
      Pattern.compile(
          "^(?:(?:A|An|The) (?<t1>[a-z][a-z\\-]+(?: [a-z\\-]+){0,3})|(?<t2>[a-z][a-z\\-]+(?: [a-z\\-]+){0,2}))"
              + " (?:is|are) (?<def>(?:a|an|the) .{10,220}?)\\.?$");

  /** "The name refers to …", "This refers to …": a word of this text, not a term. */
  private static final Pattern DETERMINER_START =
      Pattern.compile("(?i)(?:the|this|that|these|those|it|its|his|her|their|our|my|your)\\b");

  /** "The term X refers to …", "X is defined as …", "X stands for …". */
  private static final Pattern ENGLISH_REFERS =
      Pattern.compile(
          "^(?:The term |An? )?["
              + Q
              + "]?(?<term>[A-Za-z][\\w\\- ]{1,40}?)["
              + Q
              + "]?"
              + " (?:refers to|is defined as|stands for) (?<def>.{4,200}?)\\.?$");

  /**
   * A character of a definition that runs to the end of its sentence: a decimal point ($6.5) too.
   */
  private static final String IN_SENTENCE = "(?:[^.;]|(?<=\\d)\\.(?=\\d))";

  /** What may stand before "so-called" when the term is the subject of its sentence. */
  private static final Pattern SENTENCE_OPENING = Pattern.compile("\\s*(?:The|A|An|This)?\\s*");

  /** "the so-called geofence warrant, which asks …". */
  private static final Pattern SO_CALLED_EN =
      Pattern.compile(
          "so-called (?<term>[A-Za-z][\\w\\- ]{2,50}?)(?: \\([A-Z.]{2,10}\\))?,? (?:which|that) (?<def>"
              + IN_SENTENCE
              + "{10,220})");

  /** "the third-party doctrine, the idea that …". */
  private static final Pattern APPOSITIVE_EN =
      Pattern.compile(
          "\\b(?:the|a|an) (?<term>[a-z][\\w\\-]+(?: [a-z][\\w\\-]+){0,3}), (?<def>(?:the|a|an)"
              + " (?:idea|practice|process|term|measure|rule|principle|system|policy|tool|method|type"
              + "|kind|form|technique|chemistry|benchmark|index|fee|tax|price|rate|ratio|programme"
              + "|program|agreement|contract|doctrine|strategy|mechanism|scheme|device|drug|condition)"
              + " (?:that|of|which|in which|where|used|for|to|whereby) "
              + IN_SENTENCE
              + "{5,200})");

  /** "fragments of DNA shed by tumours into the bloodstream, known as circulating tumour DNA". */
  private static final Pattern KNOWN_AS =
      Pattern.compile(
          "(?<def>[^,;]{8,160}), known as (?:the )?(?<term>[A-Za-z][\\w\\- ]{1,40}?)[,.;]");

  /**
   * "One strand of this software, known as Red Wolf": what "this" points at is in the story, not in
   * the glossary line, which would tell the reader nothing.
   */
  private static final Pattern DEICTIC = Pattern.compile("\\b(?:this|these|those)\\b");

  private static final Pattern KNOWN_AS_LEAD =
      Pattern.compile(
          "^.*\\b(?:looks? for|searches for|measures?|tracks?|uses?|sets?|called|named|is|are|was|were|has|have"
              + "|contains?|includes?|such as|like)\\s+");

  /**
   * A gloss after "X, or" names the thing: an adverb or preposition there opens another alternative
   * ("found at high elevations, or only near water, or …").
   */
  private static final Pattern NOT_A_GLOSS_START =
      Pattern.compile(
          "(?:only|near|in|at|on|with|by|to|from|for|even|just|also|not|perhaps|maybe|if|when|as"
              + "|so|more|less|rather|simply|else|otherwise)\\b");

  /**
   * A gloss that is a verb and its object: "expand their House majority, or christen a new Senate
   * one" offers another action, not another name. A gerund may gloss ("quantitative tightening, or
   * shrinking the balance sheet"); "bring", "sing" and "string" are no gerunds (no vowel before
   * their "ing").
   */
  private static final Pattern VERB_AND_OBJECT =
      Pattern.compile(
          "(?![a-z]*[aeiouy][a-z]*ing\\s)[a-z]+\\s+(?:(?!of|in|on|for|to|from|with|by|at|per)[a-z]+\\s+)?"
              + "(?:a|an|the|their|its|his|her|our|your|them|it|this|that)\\s");

  /**
   * A gloss that is a name ("the de facto border, or the Line of Control,"): the word before it
   * describes the name, it is not defined by it.
   */
  private static final Pattern NAMED_GLOSS = Pattern.compile("(?:the |a |an )?\\p{Lu}");

  /**
   * A gloss that opens with a verb, a participle or a quantifier, or speaks to or of people, is
   * another alternative: "…camping trip, or are trekking the Camino", "…in requests, or received in
   * responses", "…working incorrectly, or some event used to work", "…the IP address, or operating
   * system you use".
   */
  private static final Pattern NOT_A_GLOSS =
      Pattern.compile(
          "^(?:are|is|was|were|be|been|has|have|had|do|does|did|can|could|will|would|should|may"
              + "|might|must|some|any|every|each|no|all|many|much|several|[a-z]+ed)\\b"
              + "|\\b(?:you|your|we|our|us|I|my|me|he|she|they|them|someone|something|anyone"
              + "|anything|everyone|everything)\\b");

  /**
   * "The first thing is the change …", "The main problem is the cost …": a sentence about the
   * article's own points, not a term and its definition.
   */
  private static final Pattern VAGUE_SUBJECT =
      Pattern.compile(
          "^(?:first|second|third|last|next|main|only|big|biggest|real|other|same|whole|best"
              + "|worst|key|good|bad|entire|current|latest|simplest|full|overall|original)\\b|\\b(?:thing|things|problem|question|issue|point|reason|goal"
              + "|aim|idea|plan|result|answer|difference|truth|fact|challenge|hope|worry|concern"
              + "|catch|trick|upshot|irony|lesson|news|part|step|priority)$"
              // "The method presented above is …": this text's own method, not a term
              + "|\\b(?:above|below|presented|described|mentioned|discussed|shown)\\b");

  /**
   * "X is a consequence of …", "X is a complex dance between …": a claim or a figure of speech
   * about X, not the kind of thing it is.
   */
  private static final Pattern NOT_A_CLASS =
      Pattern.compile(
          "(?:a|an|the)\\s+(?:\\S+\\s+){0,2}?(?:consequence|result|dance|problem|sign|reminder"
              + "|question|challenge|example|way|reason|part|issue|story|mix|symptom|testament|thing"
              + "|lot|bit|matter|victim|product|reflection|function)\\b");

  /**
   * "the reporting itself, the process …", "a place to aspire to, the kind of …": a phrase of this
   * story, not a term.
   */
  private static final Pattern NOT_AN_APPOSITIVE_TERM =
      Pattern.compile("\\b(?:to|itself|himself|herself|themselves|this|that|these|those)\\b");

  /**
   * "…to a minimum, the idea of where to put everything can quickly become overwhelming": the noun
   * phrase after the comma is the subject of the sentence, not a description of the word before it.
   * A modal or a form of "be" before any relative word says so ("the idea that officers may seize
   * …" describes).
   */
  private static final Pattern SUBJECT_OF_A_CLAUSE =
      Pattern.compile(
          "^(?:(?!\\b(?:that|which|who|whom|whose)\\b).)*?\\b(?:can|could|will|would|should|may|might"
              + "|must|is|are|was|were)\\b");

  /** A subject with a relative word in it is a clause, not a term: "context which is a …". */
  private static final Pattern RELATIVE_WORD =
      Pattern.compile("\\b(?:which|that|who|whom|whose|where|when)\\b");

  /**
   * "The X is …" is a sentence about this story's X ("The investigation is the first action taken
   * by …", "The event is a target for protest"), unless it says what kind of thing X is and what it
   * does: "The yield curve is a graph that plots …".
   */
  private static final Pattern DEFINING_LINK =
      Pattern.compile(
          "^an?\\s.*\\b(?:that|which|who|whose|where|in which|used to|designed to|meant to|made of)\\b");

  /** A definition that runs on into a clause of its own: ", and many economies face …". */
  private static final Pattern SECOND_CLAUSE = Pattern.compile(",\\s+(?:and|but|so|while)\\s|;");

  /** A full stop and a capital inside a gloss: two sentences ("…, or teach. Maybe in …"). */
  private static final Pattern SENTENCE_BREAK = Pattern.compile("\\.\\s+\\p{Lu}");

  /** "productivity, or output per hour worked,", "lithium iron phosphate, or LFP,". */
  private static final Pattern OR_EN =
      Pattern.compile(
          "(?<a>(?:[A-Za-z][\\w\\-']*\\s){0,5}[A-Za-z][\\w\\-']*), or (?<b>[A-Za-z][\\w\\-. ]{1,40}?)[,;]");

  private static final Pattern CLAUSE_AFTER =
      Pattern.compile("^\\s*((?:in which|under which|which|where) [^.;]{10,200}?)\\s*(?:[.;]|$)");

  private static final Set<String> NOT_A_TERM =
      Set.of(
          "이",
          "그",
          "이는",
          "이것",
          "그것",
          "이번",
          "그는",
          "그녀",
          "이들",
          "핵심",
          "문제",
          "결과",
          "목표",
          "이유",
          "배경",
          "취지",
          "내용",
          "관건",
          "요지",
          "쟁점",
          "it",
          "this",
          "that",
          "he",
          "she",
          "they",
          "we",
          "there",
          "what",
          "which",
          "one",
          "day off",
          "case",
          "point",
          "answer",
          "result",
          "reason",
          "goal",
          "problem",
          "question",
          "idea");

  private static final Pattern NOT_A_CLAUSE =
      Pattern.compile(
          "\\d|이런|그런|이러한|그러한|해당|라는|이라는"
              // "만일 그가 했던 '가택침입'", "최근 들어 민감해진 '성폭력'": a condition or a mood, not a kind
              + "|^(?:만일|만약|최근 들어)");

  /**
   * A clause that says who looks at or speaks of the term, not what it is: "시장 참여자들이 보는 '공급 시계'" is
   * the clock market players watch, and "보는 것" defines nothing.
   */
  private static final Pattern BEHOLDER_CLAUSE =
      Pattern.compile("(?:보는|바라보는|지켜보는|말하는|생각하는|느끼는|아는|부르는|주목하는|꼽는|언급한|말한)$");

  private static final Pattern ANAPHORIC_START = Pattern.compile("^(?:이|그|이런|그런|저) ");

  /** The entries and alias links found in the sentences. */
  record Found(List<GlossaryEntry> entries, Map<String, Set<String>> aliases) {}

  static Found find(List<String> sentences, Provenance source, String language) {
    Map<String, GlossaryEntry> entries = new LinkedHashMap<>();
    Map<String, Set<String>> aliases = new LinkedHashMap<>();
    List<Definition> expansions = new ArrayList<>();
    for (String raw : sentences) {
      String sentence = raw.strip();
      // Definitions first: a sentence that defines a term beats the bare expansion in it.
      for (Definition d : definitions(sentence)) {
        put(entries, d.term(), d.aliases(), d.definition(), source, language);
      }
      for (Parenthetical pair : Parentheticals.find(sentence)) {
        if (pair.explains()) {
          expansions.add(new Definition(pair.term(), List.of(pair.expansion()), pair.expansion()));
        } else {
          link(aliases, pair.term(), pair.expansion());
        }
      }
      for (Definition d : orPairs(sentence)) {
        if (d.aliases().isEmpty()) {
          put(entries, d.term(), List.of(), d.definition(), source, language);
        } else {
          expansions.add(d);
        }
      }
    }
    for (Definition d : expansions) {
      link(aliases, d.term(), d.definition());
      put(entries, d.term(), d.aliases(), d.definition(), source, language);
    }
    // A defined printed term "소형모듈원전(SMR)" and the bare expansion "SMR" are one term.
    List<GlossaryEntry> out = new ArrayList<>();
    Set<String> covered = new LinkedHashSet<>();
    for (GlossaryEntry entry : entries.values()) {
      if (!isExpansion(entry)) {
        entry.aliases().forEach(a -> covered.add(TermKey.of(a)));
      }
    }
    for (GlossaryEntry entry : entries.values()) {
      if (!(isExpansion(entry) && covered.contains(TermKey.of(entry.term())))
          && out.size() < MAX_LEARNED) {
        out.add(entry);
      }
    }
    return new Found(out, aliases);
  }

  /**
   * Terms one article may teach the shared glossary. A real article defines or spells out a few
   * dozen at most; a page of 20,000 "가나다(ABC1)" pairs must not write 20,000 entries (it took two
   * minutes and filled every later reply's candidates).
   */
  static final int MAX_LEARNED = 60;

  /** An entry whose "definition" is only another name of the term (an acronym's expansion). */
  static boolean isExpansion(GlossaryEntry entry) {
    String definition = TermKey.of(entry.definition());
    return entry.aliases().stream().anyMatch(a -> TermKey.of(a).equals(definition));
  }

  private static void link(Map<String, Set<String>> aliases, String term, String name) {
    String key = TermKey.of(term);
    if (aliases.size() < 4 * MAX_LEARNED || aliases.containsKey(key)) {
      aliases.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(name);
    }
  }

  /** A term the text defines, with the names it carries. */
  record Definition(String term, List<String> aliases, String definition) {}

  static List<Definition> definitions(String sentence) {
    List<Definition> out = new ArrayList<>();
    if (!Words.hasHangul(sentence)) {
      english(sentence, out);
      return out;
    }
    // Each Korean pattern runs only on a sentence that has the words it needs: they are tried on
    // every sentence of every article, and a failed match costs as much as the sentence is long.
    Matcher m = KOREAN_RAN.matcher(sentence);
    if ((sentence.contains("란") || sentence.contains("함은")) && m.matches()) {
      String def = m.group("def").strip();
      Matcher end = DEFINING_END.matcher(def);
      if (end.find()) {
        add(out, m.group("term"), def.substring(0, end.start()));
      } else if (HEAD_IN_DEF.matcher(def).find()) {
        add(out, m.group("term"), def);
      }
    }
    Matcher neunEnd = NEUN_END.matcher(sentence);
    neunEnd.region(Math.max(0, sentence.length() - NEUN_TAIL), sentence.length());
    m = KOREAN_NEUN.matcher(sentence);
    if (out.isEmpty()
        && neunEnd.find()
        && !NARRATIVE_END.matcher(sentence).find()
        && m.matches()
        && !ANAPHORIC_START.matcher(m.group("def")).find()) {
      add(out, m.group("term"), m.group("def"));
    }
    m = KOREAN_NEUN_VERB.matcher(sentence);
    if (out.isEmpty() && endsWithDefiningVerb(sentence) && m.matches()) {
      add(out, m.group("term"), m.group("def"));
    }
    // The unanchored patterns below try every position of the sentence: only where they can match.
    if (sentence.contains("이른바")) {
      m = SO_CALLED_KO.matcher(sentence);
      while (m.find()) {
        add(out, m.group("term"), m.group("def"));
      }
    }
    m = CLAUSE_KO.matcher(sentence);
    boolean quoted = sentence.indexOf('\'') >= 0 || sentence.indexOf('‘') >= 0;
    while (quoted && m.find()) {
      String clause = withoutLeadingTopic(m.group("def").replaceFirst("\\s*이른바$", ""));
      String term = m.group("term");
      // A name in quotes after "이런 내용을 담은" is a title, not a term the clause explains.
      boolean named =
          term.contains("(")
              || term.split("\\s+").length > 3
              || NOT_A_CLAUSE.matcher(clause).find()
              || JUDGED.matcher(sentence).region(m.end(), sentence.length()).lookingAt();
      if (!named
          && clause.split("\\s+").length >= 3
          && !topicOnly(clause)
          && !BEHOLDER_CLAUSE.matcher(clause).find()) {
        add(out, m.group("term"), clause + " 것");
      }
    }
    return out;
  }

  /** The verbs {@link #KOREAN_NEUN_VERB} ends with, before an optional full stop. */
  private static boolean endsWithDefiningVerb(String sentence) {
    String s = sentence.endsWith(".") ? sentence.substring(0, sentence.length() - 1) : sentence;
    return s.endsWith("뜻한다") || s.endsWith("의미한다") || s.endsWith("일컫는다") || s.endsWith("가리킨다");
  }

  private static void english(String sentence, List<Definition> out) {
    Matcher m = ENGLISH_IS.matcher(sentence);
    if ((sentence.contains(" is ") || sentence.contains(" are ")) && m.matches()) {
      String term = m.group("t1") != null ? m.group("t1") : m.group("t2");
      // "A step beyond illustration are the flowers …": the subject follows the verb.
      boolean inverted =
          (sentence.startsWith("A ") || sentence.startsWith("An "))
              && sentence.startsWith(" are ", m.end(m.group("t1") != null ? "t1" : "t2"));
      if (!inverted
          && m.group("def").split("\\s+").length >= 6
          && (!sentence.startsWith("The ") || DEFINING_LINK.matcher(m.group("def")).find())
          && !RELATIVE_WORD.matcher(term).find()
          && !sentence.endsWith(":")
          && !VAGUE_SUBJECT.matcher(term).find()
          && !NOT_A_CLASS.matcher(m.group("def")).lookingAt()
          && !SECOND_CLAUSE.matcher(m.group("def")).find()) {
        add(out, term, capitalized(m.group("def")));
      }
    }
    m = ENGLISH_REFERS.matcher(sentence);
    if ((sentence.contains(" refers to ")
            || sentence.contains(" is defined as ")
            || sentence.contains(" stands for "))
        && m.matches()
        && !DETERMINER_START.matcher(m.group("term")).lookingAt()) {
      add(out, m.group("term"), m.group("def"));
    }
    m = SO_CALLED_EN.matcher(sentence);
    while (sentence.contains("so-called ") && m.find()) {
      String def = m.group("def");
      // "The so-called X, which …, climbed to 0.92%": the subject's clause ends at its comma, where
      // the sentence's own verb comes; later in a sentence, it runs to the end.
      int comma = def.indexOf(", ");
      if (comma > 0 && SENTENCE_OPENING.matcher(sentence.substring(0, m.start())).matches()) {
        def = def.substring(0, comma);
      }
      if (def.split("\\s+").length >= 4) {
        // "so-called term premium on 10-year Treasuries": the term ends before its complement.
        String term = m.group("term").split(" (?:on|in|at|for|to|from|with|by) ")[0];
        add(out, term, capitalized(def.strip()));
      }
    }
    m = APPOSITIVE_EN.matcher(sentence);
    boolean appositive =
        sentence.contains(", the ") || sentence.contains(", a ") || sentence.contains(", an ");
    while (appositive && m.find()) {
      // "the end of quantitative tightening, the process of …": the term is after "of".
      String term = m.group("term");
      int of = term.lastIndexOf(" of ");
      if (!NOT_AN_APPOSITIVE_TERM.matcher(term).find()
          && !SUBJECT_OF_A_CLAUSE.matcher(m.group("def")).find()) {
        add(out, of >= 0 ? term.substring(of + 4) : term, capitalized(m.group("def").strip()));
      }
    }
    // The pattern tries 160 characters back from every position: only when it can match at all.
    m = KNOWN_AS.matcher(sentence);
    while (sentence.contains(", known as ") && m.find()) {
      String def = KNOWN_AS_LEAD.matcher(m.group("def")).replaceFirst("");
      def = def.replaceFirst("^(?:its|their|his|her|the|a|an) ", "").strip();
      if (def.split("\\s+").length >= 3
          && def.split("\\s+").length <= 14
          && !DEICTIC.matcher(def).find()) {
        add(out, m.group("term"), capitalized(def));
      }
    }
  }

  /**
   * "X, or Y,": an acronym and its expansion when the initials agree (then aliases), or a one-word
   * term glossed by a phrase ("productivity, or output per hour worked").
   */
  static List<Definition> orPairs(String sentence) {
    List<Definition> out = new ArrayList<>();
    if (Words.hasHangul(sentence)) {
      return out;
    }
    Matcher m = OR_EN.matcher(sentence);
    while (sentence.contains(", or ") && m.find()) {
      String a = m.group("a").strip();
      String b = m.group("b").strip();
      String acronymB = acronym(b);
      String lastA = a.substring(a.lastIndexOf(' ') + 1);
      String acronymA = acronym(lastA);
      if (acronymB != null) {
        String expansion = expansionOf(a, acronymB);
        if (expansion != null) {
          // "… Services program, or CLPS, in which NASA buys …": the clause defines it, read
          // after the name it is about ("Commercial Lunar Payload Services, in which …").
          Matcher clause = CLAUSE_AFTER.matcher(sentence.substring(m.end()));
          String definition =
              clause.find() ? capitalized(expansion) + ", " + clause.group(1) : expansion;
          out.add(new Definition(b, List.of(expansion), definition));
        }
      } else if (acronymA != null && initialsMatch(b, acronymA)) {
        out.add(new Definition(lastA, List.of(b), b));
      } else {
        String[] words = a.split("\\s+");
        String term = words[words.length - 1].replaceAll("^.*'s$", "");
        if (!term.isEmpty()
            && Character.isLowerCase(term.charAt(0))
            && !predicative(words)
            && !activity(words)
            && b.split("\\s+").length >= 3
            && Character.isLowerCase(b.charAt(0))
            && !NOT_A_TERM.contains(term)
            && !EnglishWords.onlyFunctionWords(term)
            && !inList(sentence, m.start("a"))
            && !term.endsWith("ed")
            && !SENTENCE_BREAK.matcher(b).find()
            && !NOT_A_GLOSS_START.matcher(b).lookingAt()
            && !VERB_AND_OBJECT.matcher(b).lookingAt()
            && !NOT_A_GLOSS.matcher(b).find()
            && !NAMED_GLOSS.matcher(b).lookingAt()
            && !term.endsWith("ly")
            && !sentence.startsWith(" or ", m.end())) {
          out.add(new Definition(term, List.of(), capitalized(b)));
        }
      }
    }
    return out;
  }

  private static final Set<String> COPULAS =
      Set.of("is", "was", "are", "were", "be", "been", "being", "seems", "seemed", "became");

  /**
   * "he was absolutely idle, or averse to business then": a word said of someone after a form of
   * "be" and an adverb describes, it is no term the gloss defines. ("The worry is stagflation, or
   * slow growth with rising prices" has no adverb and still defines.)
   */
  private static boolean predicative(String[] words) {
    int adverb = words.length - 2;
    return adverb >= 1
        && (words[adverb].endsWith("ly") || INTENSIFIERS.contains(words[adverb]))
        && COPULAS.contains(words[adverb - 1].toLowerCase(Locale.ROOT));
  }

  /**
   * "money to keep playing, or access parts of the game": an "-ing" word after a verb such as
   * "keep" or "stop" is something someone does in the story, and what follows ", or" is another
   * thing to do, not its gloss.
   */
  private static boolean activity(String[] words) {
    int verb = words.length - 2;
    return verb >= 0
        && words[verb + 1].endsWith("ing")
        && CATENATIVE_VERBS.contains(words[verb].toLowerCase(Locale.ROOT));
  }

  private static final Set<String> CATENATIVE_VERBS =
      Set.of(
          "keep",
          "keeps",
          "kept",
          "keeping",
          "stop",
          "stops",
          "stopped",
          "start",
          "starts",
          "started",
          "begin",
          "began",
          "begins",
          "continue",
          "continues",
          "continued",
          "avoid",
          "avoided",
          "enjoy",
          "enjoyed",
          "finish",
          "finished",
          "quit",
          "try",
          "tried",
          "mind",
          "go",
          "went",
          "love",
          "like",
          "hate",
          "risk",
          "consider",
          "considered");

  private static final Set<String> INTENSIFIERS = Set.of("very", "so", "too", "quite", "rather");

  /**
   * Whether the word at {@code start} is an item of a list ("scrubbed, sloughed, or acid-burned"):
   * the last items of a list are no term and its gloss.
   */
  private static boolean inList(String sentence, int start) {
    String before = sentence.substring(0, start).stripTrailing();
    return before.endsWith(",");
  }

  /** "CLPS", "P.P.A.s", "C.O.P." as letters, or null when not an acronym. */
  private static @Nullable String acronym(String s) {
    String letters = s.replace(".", "").replaceAll("s$", "");
    if (!letters.matches("[A-Z][A-Z0-9&\\-]{1,9}")) {
      return null;
    }
    return letters.replaceAll("[^A-Z]", "").toLowerCase(Locale.ROOT);
  }

  private static final Set<String> GLUE = Set.of("of", "and", "the", "for", "on", "in", "&", "to");
  private static final Set<String> TRAILING =
      Set.of("program", "programme", "index", "test", "system", "act", "scheme", "batteries");

  /** The last words of {@code phrase} whose initials spell the acronym, glue words optional. */
  private static @Nullable String expansionOf(String phrase, String letters) {
    List<String> words = new ArrayList<>(List.of(phrase.split("[\\s]+")));
    if (!words.isEmpty()
        && TRAILING.contains(words.get(words.size() - 1).toLowerCase(Locale.ROOT))) {
      words.remove(words.size() - 1);
    }
    for (int start = words.size() - 1; start >= 0; start--) {
      String candidate = String.join(" ", words.subList(start, words.size()));
      // "Animal and Plant Health Inspection Service, or APHIS": never "and Plant …" (a "The" that
      // opens the name may stay).
      if (initialsMatch(candidate, letters) && !(GLUE.contains(words.get(start)))) {
        return candidate;
      }
    }
    return null;
  }

  private static boolean initialsMatch(String phrase, String letters) {
    StringBuilder initials = new StringBuilder();
    StringBuilder withGlue = new StringBuilder();
    for (String word : phrase.split("[\\s\\-]+")) {
      if (word.isEmpty()) {
        continue;
      }
      char c = Character.toLowerCase(word.charAt(0));
      withGlue.append(c);
      if (!GLUE.contains(word.toLowerCase(Locale.ROOT))) {
        initials.append(c);
      }
    }
    return letters.length() >= 2
        && (initials.toString().equals(letters) || withGlue.toString().equals(letters));
  }

  /** "일부 기관은 배정 물량을 …" → "배정 물량을 …": the clause without its topic. */
  /** Case particles and adverb endings that mark a word as an argument of a verb after it. */
  private static final Pattern ARGUMENT = Pattern.compile(".+(?:[을를이가에게히로와과서고도]|에서|까지|보다|처럼)");

  /** Words that can only be a verb or adjective before a noun ("고용하는", "높은"), never a topic. */
  private static final Pattern VERBAL =
      Pattern.compile(".*(?:하|되|있|없|시키|받|드|내)는|.*(?:받|좋|많|높|낮|작|같|짧|깊|넓|얻|넣|잃)은");

  /**
   * Whether a clause ending in 은/는 has no word that a verb would take as its argument ("이후 한
   * 직무대행은"): then 은/는 marks the sentence's topic, not a relative clause naming the quoted term
   * ("요청이 한꺼번에 밀려드는").
   */
  private static boolean topicOnly(String clause) {
    String[] words = clause.split("\\s+");
    String last = words[words.length - 1];
    if (!last.endsWith("은") && !last.endsWith("는") || VERBAL.matcher(last).matches()) {
      return false;
    }
    for (int k = 0; k < words.length - 1; k++) {
      if (ARGUMENT.matcher(words[k]).matches()) {
        return false;
      }
    }
    return true;
  }

  private static String withoutLeadingTopic(String clause) {
    String rest = LEADING_CONNECTIVE.matcher(clause.strip()).replaceFirst("");
    String[] words = rest.split("\\s+");
    // The sentence's own topic before the clause ("…확정한 울산은 정규리그와 컵대회를 모두 제패하는 '더블'"):
    // the clause starts after the last topic, as long as two words are left for it. A verb form
    // taken for a topic ("걸리는") only shortens the clause.
    for (int k = words.length - 3; k >= 0; k--) {
      if (words[k].matches(".+[은는]") && !VERBAL.matcher(words[k]).matches()) {
        return String.join(" ", List.of(words).subList(k + 1, words.length));
      }
    }
    return rest;
  }

  /** A link to the sentence before, not part of the clause: "이 때문에 칩 맨 아래에 깔리는 …". */
  private static final Pattern LEADING_CONNECTIVE =
      Pattern.compile("^(?:이 때문에|이에 따라|이를 위해|이를 통해|이처럼|특히|또한|또|하지만|그러나|이어|결국|따라서|다만)\\s+");

  /**
   * A Korean term is a noun phrase: no word inside it ends in a case particle or a verb ending
   * ("임금체계를 그대로 둔 정년 연장", "임상에서 실패하면 받지 못하" are clauses).
   */
  static boolean plausibleKorean(String term) {
    if (!Words.hasHangul(term)) {
      return true;
    }
    String[] words = term.replaceAll("\\([^()]*\\)", "").strip().split("\\s+");
    if (words.length > 4) {
      return false;
    }
    for (int i = 0; i < words.length; i++) {
      String w = words[i];
      if (w.isEmpty()) {
        continue;
      }
      char last = w.charAt(w.length() - 1);
      if ("을를에면고며와과".indexOf(last) >= 0 || w.endsWith("에서") || w.endsWith("으로")) {
        return false;
      }
      if (i < words.length - 1 && w.length() >= 2 && "은는의둔한된던할".indexOf(last) >= 0) {
        return false;
      }
      if (i == words.length - 1 && (w.endsWith("하") || w.endsWith("되") || w.endsWith("못하"))) {
        return false;
      }
    }
    return true;
  }

  private static String capitalized(String s) {
    String t = s.strip().replaceAll("[,;:]$", "");
    return t.isEmpty() ? t : Character.toUpperCase(t.charAt(0)) + t.substring(1);
  }

  private static void add(List<Definition> out, String rawTerm, String definition) {
    PrintedTerm printed = PrintedTerm.of(rawTerm.strip());
    String term = printed.term();
    String lower = term.toLowerCase(Locale.ROOT);
    if (NOT_A_TERM.contains(lower)
        || EnglishWords.onlyFunctionWords(lower)
        || !plausibleKorean(term)
        || term.split("\\s+").length > 5
        || ANAPHORIC_START.matcher(term).find()
        || definition.strip().length() < 4) {
      return;
    }
    out.add(new Definition(term, printed.aliases(), definition.strip()));
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
