package io.gloss.core.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The article's authors: structured data first (JSON-LD, author meta), the page's byline only to
 * fill a gap, and every value only when it is a person's name. Dateline places, desks, job titles,
 * bios, e-mail addresses and "구독" buttons never become authors; an outside columnist is shown as
 * {@code 칼럼 · 이름 직함}.
 */
final class Bylines {
  private Bylines() {}

  private static final Pattern KOREAN_NAME = Pattern.compile("[가-힣]{2,4}");
  private static final Pattern ENGLISH_NAME =
      Pattern.compile(
          "\\p{Lu}[\\p{L}'’.-]*(?:\\s+(?:de|van|von|da|di|le|la|bin|al-)?\\s*\\p{Lu}[\\p{L}'’.-]*){1,3}");
  private static final Pattern REPORTER_TITLE =
      Pattern.compile("\\s*(?:선임기자|수석기자|객원기자|인턴기자|기자|특파원|통신원|논설위원|앵커|기상캐스터|에디터|리포터)\\s*$");
  private static final Pattern ENGLISH_NOISE =
      Pattern.compile(
          "^\\s*(?:By|BY|by|Written by|Reporting by|Story by)\\s+|\\s*[|,]?\\s*(?:Reporter|Correspondent|"
              + "Staff Writer|Staff writer|Senior Writer|Editor|Columnist|Contributor)\\s*$");
  private static final Pattern EMAIL = Pattern.compile("\\(?[\\w.+-]+@[\\w.-]+\\)?");

  /** A desk, team or bureau: {@code 사회부}, {@code 기후변화팀}, {@code 온라인뉴스팀}. */
  private static final Pattern DESK = Pattern.compile("[가-힣A-Za-z]{1,10}(?:부|팀|국|센터|데스크|취재본부|본부)");

  private static final Pattern CREDIT_PREFIX =
      Pattern.compile("^(?:글\\s?[·/]\\s?사진|사진\\s?[·/]\\s?글|글|사진|정리|취재|대담)\\s*[=:]?\\s*");

  /** A job after the name: {@code 서강대 경제학부 교수}. */
  private static final Pattern JOB =
      Pattern.compile(
          ".*(?:교수|연구위원|선임연구원|연구원|위원|대표|원장|소장|변호사|회계사|의사|작가|평론가|칼럼니스트|이사|박사"
              + "|회장|총장|부총장|장관|대사|전문위원|실장|센터장|고문|주필|편집인|명예교수)$");

  /** Words that make a byline an outlet, a desk or a placeholder rather than a person. */
  private static final Set<String> ORGANIZATION_WORDS =
      Set.of(
          "news",
          "press",
          "staff",
          "associated",
          "reuters",
          "bloomberg",
          "editorial",
          "board",
          "service",
          "desk",
          "team",
          "agency",
          "bbc",
          "cnn",
          "times",
          "journal",
          "online",
          "digital",
          "wire",
          "contributors",
          "correspondent",
          // A content system's placeholder where no writer was entered: "No Author", "Site Admin".
          "author",
          "unknown",
          "anonymous",
          "admin",
          "administrator",
          "webmaster",
          // a desk or a kitchen signs as a section of the outlet: "Telegraph Sport"
          "sport",
          "sports",
          "reporters",
          "editors",
          "kitchens",
          "magazine",
          "blog");

  /** The last word of an English job title: "AP Sports Writer", "Chief Political Correspondent". */
  private static final Set<String> JOB_WORDS =
      Set.of(
          "writer",
          "reporter",
          "correspondent",
          "editor",
          "columnist",
          "contributor",
          "producer",
          "photographer",
          "critic");

  private static final Set<String> NOT_NAMES =
      Set.of("구독", "구독하기", "기자", "입력", "수정", "사진", "영상", "편집", "그래픽", "제공", "뉴스", "기사", "전체");

  private static final Pattern OPINION_MARK =
      Pattern.compile(
          "^\\s*[\\[【<〈(]\\s*(?:[가-힣A-Za-z ]{0,8})?(?:칼럼|사설|시론|기고|오피니언|논단|시평|여적|만물상|분수대"
              + "|횡설수설|춘추|기자수첩|데스크)|/(?:opinion|opinions|column|columns|editorial|commentary)/"
              + "|^(?:오피니언|칼럼|사설|시론|기고|Opinion|Comment|Commentary|Editorial|Columns?)\\b",
          Pattern.CASE_INSENSITIVE);

  /** An opinion piece: by its JSON-LD type, its section, its URL path or its title's tag. */
  static boolean opinion(PageMetadata meta, String url, String title) {
    return meta.opinionType()
        || (meta.section() != null && OPINION_MARK.matcher(meta.section()).find())
        || OPINION_MARK.matcher(url).find()
        || OPINION_MARK.matcher(title).find();
  }

  /**
   * Authors from the first source that yields a valid name: structured ones, then the site rule's
   * byline, then a generic byline, then the dateline's reporters.
   */
  static List<String> resolve(
      List<List<String>> sourcesInOrder,
      @Nullable Dateline dateline,
      @Nullable String site,
      boolean opinion) {
    for (List<String> source : sourcesInOrder) {
      List<String> names = names(source, site, opinion);
      if (!names.isEmpty()) {
        return names;
      }
    }
    if (dateline != null) {
      return names(dateline.reporters(), site, opinion);
    }
    return List.of();
  }

  /** The valid names among raw byline values, each once, in order. */
  static List<String> names(List<String> raw, @Nullable String site, boolean opinion) {
    Set<String> out = new LinkedHashSet<>();
    for (String value : raw) {
      if (value.length() > 200 || value.contains("://")) {
        continue;
      }
      String cleaned = EMAIL.matcher(value).replaceAll(" ").replaceAll("\\s+", " ").strip();
      for (String part : cleaned.split("\\s*(?:,|/|;| and | AND |&|\\s·\\s)\\s*|(?<=기자)\\s+")) {
        for (String name : name(part, site, opinion)) {
          if (out.size() < 6) {
            out.add(name);
          }
        }
      }
    }
    return List.copyOf(out);
  }

  private static List<String> name(String raw, @Nullable String site, boolean opinion) {
    String s = raw.strip();
    int equals = s.lastIndexOf('=');
    if (equals >= 0) {
      s = s.substring(equals + 1).strip(); // 세종=곽준영 기자: the place is not part of the name
    }
    s = s.replaceAll("[\\[\\]【】()<>]", " ").strip();
    s = CREDIT_PREFIX.matcher(s).replaceFirst("");
    boolean reporter = REPORTER_TITLE.matcher(s).find();
    s = REPORTER_TITLE.matcher(s).replaceFirst("").strip();
    s = ENGLISH_NOISE.matcher(s).replaceAll("").strip();
    if (s.isEmpty() || (site != null && namesTheSite(s, site))) {
      return List.of();
    }
    String name;
    if (hasHangul(s)) {
      if (reporter && s.matches("[가-힣]{2,4}(?:\\s+[가-힣]{2,4})+")) {
        // 박지윤 김민섭 기자: two reporters, one title.
        List<String> names = new ArrayList<>();
        for (String word : s.split("\\s+")) {
          if (!NOT_NAMES.contains(word) && !DESK.matcher(word).matches()) {
            names.add(word);
          }
        }
        return names;
      }
      name = koreanName(s, opinion);
    } else {
      name = englishName(s);
    }
    return name == null ? List.of() : List.of(name);
  }

  /**
   * The outlet as author: its name, or the name of which the site's is an edition ("Business
   * Insider" for "Business Insider Deutschland").
   */
  private static boolean namesTheSite(String name, String site) {
    if (name.equalsIgnoreCase(site)) {
      return true;
    }
    String n = name.toLowerCase(Locale.ROOT);
    String t = site.toLowerCase(Locale.ROOT);
    return n.indexOf(' ') > 0 && (t.startsWith(n + " ") || t.endsWith(" " + n));
  }

  private static @Nullable String koreanName(String s, boolean opinion) {
    List<String> words = new ArrayList<>(List.of(s.split("\\s+")));
    // 기후변화팀 송하림, 사회부 홍길동: the desk goes, the person stays.
    while (words.size() > 1 && DESK.matcher(words.get(0)).matches()) {
      words.remove(0);
    }
    String first = words.get(0);
    if (!KOREAN_NAME.matcher(first).matches()
        || NOT_NAMES.contains(first)
        || DESK.matcher(first).matches()) {
      return null;
    }
    if (words.size() == 1) {
      return first;
    }
    String rest = String.join(" ", words.subList(1, words.size()));
    if (JOB.matcher(rest).matches() && rest.length() <= 30) {
      return opinion ? "칼럼 · " + first + " " + rest : first;
    }
    // 홍길동 구독, 홍길동 hong@…, 홍길동 다른기사 보기: a name followed by page chrome.
    return rest.length() <= 12 ? first : null;
  }

  /** A weekday a page prints right after the byline: "Jane Roe Monday". */
  private static final Pattern TRAILING_WEEKDAY =
      Pattern.compile("\\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$");

  /** Words no English name has: "Letters To The Editor", "The Water Coolest". */
  private static final Set<String> NOT_IN_NAMES =
      Set.of("the", "to", "of", "for", "and", "in", "on", "at", "with", "from");

  private static @Nullable String englishName(String s) {
    // "Finian Cunningham. Example News": the outlet after a full stop that ends a word, not an
    // initial ("Dana A. Ford").
    String name =
        TRAILING_WEEKDAY.matcher(s.split("(?<=\\p{Ll}{2})\\.\\s+", 2)[0]).replaceFirst("");
    if (name.equals(name.toUpperCase(Locale.ROOT))) {
      name = titleCase(name); // AP prints bylines in capitals
    }
    Matcher m = ENGLISH_NAME.matcher(name);
    if (!m.matches()) {
      return null;
    }
    String[] words = name.toLowerCase(Locale.ROOT).split("[\\s.]+");
    for (String word : words) {
      if (ORGANIZATION_WORDS.contains(word) || NOT_IN_NAMES.contains(word)) {
        return null;
      }
    }
    // "By GREG BEACHAM, AP Sports Writer" names the writer first, then the job.
    return JOB_WORDS.contains(words[words.length - 1]) ? null : name;
  }

  private static String titleCase(String upper) {
    StringBuilder out = new StringBuilder();
    boolean start = true;
    for (char c : upper.toLowerCase(Locale.ROOT).toCharArray()) {
      out.append(start ? Character.toUpperCase(c) : c);
      start = c == ' ' || c == '-' || c == '\'' || c == '’';
    }
    return out.toString();
  }

  private static boolean hasHangul(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '가' && c <= '힣') {
        return true;
      }
    }
    return false;
  }
}
