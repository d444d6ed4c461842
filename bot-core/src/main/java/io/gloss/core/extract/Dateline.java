package io.gloss.core.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The dateline and byline that Korean agencies put before the first sentence: {@code (서울=뉴스1) 홍길동
 * 기자 =}, {@code [서울=뉴시스]홍길동 기자 =}, {@code [이데일리 홍길동 기자]}, and the English {@code By Jane Roe:}. The
 * sentence after it is kept.
 *
 * @param agency the publisher named in it, e.g. {@code 뉴스1}
 * @param reporters reporter names without "기자"
 * @param rest the paragraph without the prefix
 */
record Dateline(@Nullable String agency, List<String> reporters, String rest) {
  private static final String NAMES = "[가-힣]{2,4}(?:\\s*[·,]\\s*[가-힣]{2,4})*";
  private static final String TITLES = "(?:기자|특파원|선임기자|객원기자|인턴기자|통신원|기상캐스터|앵커)";

  /** {@code (서울=뉴스1) 홍길동 기자 =}, {@code 【도쿄=홍길동 특파원】}, {@code [서울=뉴시스]}. */
  private static final Pattern PLACE_AGENCY =
      Pattern.compile(
          "^\\s*[(\\[【]\\s*([^()\\[\\]【】=]{1,20}?)\\s*=\\s*([^()\\[\\]【】]{1,25}?)\\s*[)\\]】]\\s*"
              + "(?:("
              + NAMES
              + ")\\s*"
              + TITLES
              + "?\\s*=\\s*)?");

  /** {@code [이데일리 홍길동 기자]}, {@code [헤럴드경제=홍길동 기자]}. */
  private static final Pattern AGENCY_REPORTER =
      Pattern.compile(
          "^\\s*[\\[【]\\s*([^\\]】=]{2,20}?)\\s*[= ]\\s*("
              + NAMES
              + ")\\s*"
              + TITLES
              + "\\s*[\\]】]\\s*=?\\s*");

  private static final Pattern REPORTER_IN_AGENCY =
      Pattern.compile("^(" + NAMES + ")\\s*" + TITLES + "$");

  /**
   * An English byline run into the first sentence: {@code By Jane Roe: The council voted …}, {@code
   * BY JANE ROE — The council …}. Two to four capitalized words, then a colon or dash, then the
   * sentence.
   */
  private static final Pattern ENGLISH_BYLINE =
      Pattern.compile(
          "^\\s*(?:By|BY)\\s+(?!The\\s|THE\\s)(\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){1,3})"
              + "\\s*(?::|\\s[—–-]|—|–)\\s*(?=[\\p{Lu}\\p{N}\"“‘])");

  /** Returns the parsed prefix, or null when the paragraph does not start with one. */
  static @Nullable Dateline parse(String paragraph) {
    Matcher byline = ENGLISH_BYLINE.matcher(paragraph);
    if (byline.find() && byline.end() < paragraph.length()) {
      return new Dateline(
          null, List.of(byline.group(1).strip()), paragraph.substring(byline.end()).strip());
    }
    Matcher m = PLACE_AGENCY.matcher(paragraph);
    if (m.find() && m.end() < paragraph.length()) {
      String second = m.group(2).strip();
      List<String> reporters = new ArrayList<>();
      String agency = second;
      Matcher inner = REPORTER_IN_AGENCY.matcher(second);
      if (inner.matches()) {
        // 【도쿄=홍길동 특파원】: the second part is the reporter, not the agency.
        agency = null;
        reporters.addAll(names(inner.group(1)));
      }
      if (m.group(3) != null) {
        reporters.addAll(names(m.group(3)));
      }
      return new Dateline(agency, reporters, paragraph.substring(m.end()).strip());
    }
    m = AGENCY_REPORTER.matcher(paragraph);
    if (m.find() && m.end() < paragraph.length()) {
      return new Dateline(
          m.group(1).strip(), names(m.group(2)), paragraph.substring(m.end()).strip());
    }
    return null;
  }

  /**
   * The body without the outlet's name that opens one of its first paragraphs as a dateline:
   * "Harbor News – Police investigators …" is "Police investigators …" (a date line may come before
   * it).
   */
  static List<String> withoutOutlet(List<String> body, @Nullable String site) {
    if (site == null || site.isBlank()) {
      return body;
    }
    Pattern outlet = Pattern.compile("^" + Pattern.quote(site) + "\\s*[–—-]\\s+(?=\\p{Lu})");
    for (int i = 0; i < Math.min(3, body.size()); i++) {
      String paragraph = body.get(i);
      Matcher m = outlet.matcher(paragraph);
      if (m.find() && paragraph.length() - m.end() >= 20) {
        List<String> out = new ArrayList<>(body);
        out.set(i, paragraph.substring(m.end()));
        return out;
      }
    }
    return body;
  }

  private static List<String> names(String names) {
    List<String> result = new ArrayList<>();
    for (String name : names.split("[·,]")) {
      if (!name.isBlank()) {
        result.add(name.strip());
      }
    }
    return result;
  }
}
