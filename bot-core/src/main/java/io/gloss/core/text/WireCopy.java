package io.gloss.core.text;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognizes the furniture of news copy around real sentences: datelines and bylines at the start
 * ({@code (서울=뉴스1) 홍길동 기자 =}, {@code WASHINGTON (CNN) --}), captions, credit lines, copyright lines
 * and quote-only fragments. Stateless and thread-safe.
 */
public final class WireCopy {
  private WireCopy() {}

  /** A sound bite's speaker, "이름/직함", is shorter than this. */
  private static final int MAX_SPEAKER_CHARS = 40;

  private static final Pattern KOREAN_DATELINE =
      Pattern.compile("^\\s*[(\\[【〔]\\s*[^()\\[\\]【】=]{1,20}=\\s*[^()\\[\\]【】]{1,20}[)\\]】〕]\\s*");
  private static final Pattern KOREAN_BYLINE_PREFIX =
      Pattern.compile(
          "^\\s*(?:[가-힣]{2,4}(?:(?:\\s*[·,]\\s*|\\s+)[가-힣]{2,4})*\\s*"
              + "(?:선임기자|수석기자|객원기자|기자|특파원|통신원|논설위원)\\s*)+=\\s*");
  private static final Pattern ENGLISH_DATELINE =
      Pattern.compile(
          "^\\s*(?:(?:[\\p{Lu}\\p{Lo}][\\p{L}\\p{M}0-9.,،'/ -]{1,40}\\s*)?\\((?:CNN|AP|Reuters|AFP|UPI|Bloomberg|CNN"
              + " Money|EW\\.com|Mashable|CNN Student News)\\)\\s*(?:--|—|–|-|:)?"
              // a station or agency alone, at the very start: "(WSVN) - An overnight crash …"
              + "|\\([A-Z]{3,6}\\)\\s*(?:--|—|–|-))\\s*");

  /**
   * Any agency after a place in capitals and a date, with a dash or colon after it ("SEOUL, Aug. 20
   * (Yonhap) --", "BEIJING, Dec. 4 (Xinhua) -"): the capitals and the dash keep "Apple (AAPL) said"
   * a sentence.
   */
  private static final Pattern ENGLISH_AGENCY_DATELINE =
      Pattern.compile(
          "^\\s*[A-Z][A-Z .'/-]{1,30}(?:,\\s*[A-Z][a-zA-Z.]+(?:\\s[A-Z][a-zA-Z.]+){0,2})?"
              + "(?:,\\s*[A-Z][a-z]{2,8}\\.?\\s\\d{1,2})?"
              + "\\s*\\([A-Z][A-Za-z.&' ]{1,30}\\)\\s*(?:--|—|–|-|:)\\s*");

  /**
   * A place and its country before a colon, "Washington, DC, United States: " (Al Jazeera), read
   * only before a capital so that a list before a colon stays.
   */
  private static final Pattern ENGLISH_PLACE_COLON =
      Pattern.compile(
          "^\\s*[A-Z][a-zA-Z.'-]+(?: [A-Z][a-zA-Z.'-]+){0,2}"
              + "(?:, [A-Z][a-zA-Z.'-]*(?: [A-Z][a-zA-Z.'-]+){0,2}){1,2}:\\s+(?=\\p{Lu})");

  private static final Pattern ENGLISH_LOCATION_DASH =
      Pattern.compile(
          "^\\s*(?:[A-Z][A-Z ,.]{2,40}(?:,\\s*[A-Z][a-zA-Z.]+(?:\\s[A-Z][a-zA-Z.]+){0,2})?"
              // a syndicated story's source: "KVELLER via JTA —"
              + "(?: via [A-Z][A-Za-z.]{1,15})?"
              // a press release's "New York, NY –": a place and a state's two capitals
              + "|[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}, [A-Z]{2}"
              // "Indianapolis – Several thousand teachers …": a place in title case, then a
              // sentence; "Tommy — who only goes by …" goes on in lower case and stays
              + "|[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}(?=\\s*(?:--|—|–)\\s*[A-Z][a-z]))"
              + "\\s*(?:--|—|–)\\s*");

  private static final Pattern BYLINE_ONLY =
      Pattern.compile("^[가-힣]{2,4}(?:\\s*[·,]\\s*[가-힣]{2,4})*\\s*(?:기자|특파원|통신원)\\s*$");

  /** "2025.8.4/뉴스1", the date-and-agency credit of Korean photo captions. */
  private static final Pattern PHOTO_DATE =
      Pattern.compile("\\d{4}\\.\\d{1,2}\\.\\d{1,2}\\s*/\\s*\\S+");

  /**
   * Where someone stands in a photo: "장동혁(맨 앞)", "(왼쪽 두 번째)", "(앞줄 가운데)", "(왼쪽부터)". Only a caption
   * places people in a picture.
   */
  private static final Pattern PHOTO_POSITION =
      Pattern.compile(
          "\\((?:사진\\s*)?(?:맨\\s*|앞줄\\s*|뒷줄\\s*|윗줄\\s*|아랫줄\\s*)?(?:왼쪽|오른쪽|가운데|앞|뒤|앞줄|뒷줄)"
              + "(?:\\s*(?:부터|에서|세|네|두|첫|다섯|여섯|[0-9]|\\s)*\\s*(?:번째|째)?)?\\)");

  private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+\\.[\\w.]+");
  private static final List<String> BOILERPLATE =
      List.of(
          "무단전재",
          "무단 전재",
          "재배포 금지",
          "재배포금지",
          "all rights reserved",
          "copyright ©",
          "copyright (c)",
          "ⓒ",
          "published:",
          "updated:",
          "last updated",
          "scroll down for video",
          "click here",
          "read more:",
          "follow @",
          "sign up for",
          // an outlet's plug for its own app: "For the latest stories … download the … apps"
          "download our app",
          "download our free app",
          "for the latest stories and",
          "for the latest news and",
          "breaking news updates download",
          "구독하기",
          "바로가기",
          "제보하기",
          "저작권자");
  private static final List<String> CAPTION_MARKS =
      List.of(
          "(사진=",
          "[사진=",
          "사진=",
          "/사진",
          "(그래픽=",
          "(자료=",
          "photo:",
          "image:",
          "pictured:",
          "picture:",
          "credit:",
          "getty images",
          "(photo");

  /** The sentence without a leading dateline or byline ("(인천=뉴스1) 윤주영 기자 = "). */
  public static String stripLead(String sentence) {
    // Each lead needs a character most sentences lack ("=" for the Korean ones, "(" for an agency
    // dateline, a dash for a place name): a pattern is tried only when the text has it, as this
    // runs on every sentence.
    String s = sentence;
    if (s.indexOf('=') >= 0) {
      s = withoutLead(KOREAN_DATELINE, s);
    }
    if (s.indexOf('=') >= 0) {
      s = withoutLead(KOREAN_BYLINE_PREFIX, s);
    }
    if (s.indexOf('(') >= 0) {
      s = withoutLead(ENGLISH_DATELINE, s);
    }
    if (s.length() == sentence.length() && s.indexOf('(') >= 0) {
      s = withoutLead(ENGLISH_AGENCY_DATELINE, s);
    }
    if (s.length() == sentence.length() && hasDash(s)) {
      s = withoutLead(ENGLISH_LOCATION_DASH, s);
    }
    if (s.length() == sentence.length() && s.indexOf(':') > 0 && s.indexOf(',') > 0) {
      s = withoutLead(ENGLISH_PLACE_COLON, s);
    }
    return s.strip();
  }

  /** Whether the text has one of the dashes {@link #ENGLISH_LOCATION_DASH} ends with. */
  private static boolean hasDash(String s) {
    return s.indexOf('—') >= 0 || s.indexOf('–') >= 0 || s.contains("--");
  }

  /** The text without what the pattern (anchored at the start) matches there. */
  private static String withoutLead(Pattern lead, String s) {
    Matcher m = lead.matcher(s);
    return m.lookingAt() ? s.substring(m.end()) : s;
  }

  /** A byline, an e-mail line, a credit or a copyright line: never a summary sentence. */
  public static boolean isBylineOrBoilerplate(String sentence) {
    String s = sentence.strip();
    String lower = s.toLowerCase(Locale.ROOT);
    if (BYLINE_ONLY.matcher(s).matches()) {
      return true;
    }
    if (s.length() < 80 && s.indexOf('@') >= 0 && EMAIL.matcher(s).find()) {
      return true;
    }
    if (lower.startsWith("by ") && s.length() < 100) {
      return true;
    }
    for (String mark : BOILERPLATE) {
      if (lower.contains(mark)) {
        return true;
      }
    }
    return false;
  }

  /** A photo caption or credit: marks such as {@code (사진=…)}, {@code …제공)}, {@code ▲}. */
  public static boolean isCaption(String sentence) {
    String s = sentence.strip();
    String lower = s.toLowerCase(Locale.ROOT);
    if (s.startsWith("▲") || s.startsWith("△") || s.startsWith("[사진") || s.startsWith("<사진")) {
      return true;
    }
    // "图为…" / "圖為…" (Chinese: "pictured is …"), "写真は…" (Japanese: "the photo shows …").
    if (s.startsWith("图为") || s.startsWith("圖為") || s.startsWith("写真は") || s.startsWith("写真：")) {
      return true;
    }
    if (s.endsWith("제공)")
        || s.endsWith("제공]")
        || s.endsWith("DB)")
        || (s.indexOf('/') >= 0 && PHOTO_DATE.matcher(s).find())
        || (s.indexOf('(') >= 0 && PHOTO_POSITION.matcher(s).find())) {
      return true;
    }
    for (String mark : CAPTION_MARKS) {
      if (lower.contains(mark)) {
        return true;
      }
    }
    return false;
  }

  /** A fragment that is nothing but a quotation, without who said it. */
  public static boolean isQuoteOnly(String sentence) {
    String s = sentence.strip();
    if (s.length() < 2) {
      return false;
    }
    if (s.charAt(0) == '[' && s.charAt(s.length() - 1) == ']') {
      // A broadcast script's sound bite: [이름/직함 : "…"].
      int colon = s.indexOf(':');
      return colon > 1
          && colon <= MAX_SPEAKER_CHARS
          && isQuoteOnly(s.substring(colon + 1, s.length() - 1));
    }
    char first = s.charAt(0);
    char last = s.charAt(s.length() - 1);
    return "\"“‘'「『".indexOf(first) >= 0 && "\"”’'」』".indexOf(last) >= 0;
  }

  /** Ends like a sentence (not a caption, heading or cut-off line). */
  public static boolean endsLikeSentence(String sentence) {
    String s = sentence.strip();
    if (s.isEmpty()) {
      return false;
    }
    int end = endBeforeClosers(s);
    return end > 0 && ".!?。！？…।॥။؟".indexOf(s.charAt(end - 1)) >= 0;
  }

  /**
   * Where the text ends before any closing quotes and brackets ({@code 다.”)} → after {@code .}).
   */
  public static int endBeforeClosers(String s) {
    int end = s.length();
    while (end > 0 && "\"”’')]」』".indexOf(s.charAt(end - 1)) >= 0) {
      end--;
    }
    return end;
  }
}
