package io.gloss.core.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Drops lines that are not article text: captions, reporter e-mails, copyright lines,
 * related-article lists, board chrome and the usual share and subscription prompts.
 */
final class ParagraphCleaner {
  private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+");

  /** Short lines that are boilerplate wherever the marker appears. */
  private static final Pattern BOILERPLATE_MARK =
      Pattern.compile(
          "무단\\s*전재|재배포\\s*금지|AI\\s*학습\\s*이용\\s*금지|저작권자|Copyright|ⓒ|©|All rights reserved"
              + "|^\\s*[▶☞▷►]|^\\s*\\[?관련\\s*기사\\]?|^\\s*\\[?사진\\s*[=:]|사진\\s*설명"
              + "|^\\s*\\(?(사진|그래픽|영상)\\s*=|^\\s*\\[(사진|그래픽|영상|표)\\]"
              + "|기사\\s*제보|당신의\\s*제보|^\\s*\\(?(영상취재|영상편집|촬영기자|그래픽|취재|편집)\\s*[:：]|제보\\s*하기|구독\\s*신청|카카오톡.{0,10}(채널|친구)|네이버.{0,10}구독");

  /** Lines that are boilerplate when they are the whole line: board chrome and page prompts. */
  private static final Pattern BOILERPLATE_LINE =
      Pattern.compile(
          "\\s*(작성일\\b.*|목록|관련자료|댓글\\s*\\d*|등록된 댓글이 없습니다\\.?|로그인한 회원만.*|이전|다음"
              + "|Advertisement|Ad|Sponsored|Share|Share this( article| story)?|Tweet|Email|Print"
              + "|Comments?|Related( Articles| Stories)?|Read more|Sign up.*|Subscribe.*|Follow us.*"
              + "|Click here.*|(KBS|MBC|SBS|YTN|JTBC|연합뉴스TV|채널A|TV조선|MBN)(?:\\s*뉴스)?\\s*[가-힣]{2,4}입니다\\.?|\\$\\$[A-Z_]+\\$\\$)\\s*:?\\s*",
          Pattern.CASE_INSENSITIVE);

  /** A byline line left at the end: {@code 홍길동 기자}, {@code 홍길동 기자 hong@x.kr}. */
  private static final Pattern BYLINE_LINE =
      Pattern.compile(
          "^\\s*\\[?\\s*[가-힣]{2,4}(\\s*[·,]\\s*[가-힣]{2,4})*\\s*(기자|특파원|선임기자|객원기자|인턴기자)\\s*\\]?"
              + "\\s*(\\(?[\\w.+-]+@[\\w.-]+\\)?)?\\s*$");

  private ParagraphCleaner() {}

  static List<String> clean(List<String> paragraphs, String title) {
    List<String> result = new ArrayList<>();
    for (String paragraph : paragraphs) {
      StringBuilder kept = new StringBuilder();
      for (String line : paragraph.split("\n")) {
        String cleaned = cleanLine(line);
        if (!cleaned.isEmpty()) {
          if (kept.length() > 0) {
            kept.append('\n');
          }
          kept.append(cleaned);
        }
      }
      String value = kept.toString().strip();
      if (!value.isEmpty() && !(result.isEmpty() && sameText(value, title))) {
        result.add(value);
      }
    }
    return result;
  }

  private static String cleanLine(String line) {
    String value = line.strip();
    if (value.isEmpty()) {
      return "";
    }
    boolean shortLine = value.length() < 160;
    if (shortLine
        && (BOILERPLATE_MARK.matcher(value).find()
            || BOILERPLATE_LINE.matcher(value).matches()
            || BYLINE_LINE.matcher(value).matches())) {
      return "";
    }
    if (EMAIL.matcher(value).find()) {
      String withoutEmail = EMAIL.matcher(value).replaceAll("").strip();
      // A line that is mostly an address (with perhaps a name) is a byline.
      if (withoutEmail.length() < 25 || BYLINE_LINE.matcher(withoutEmail).matches()) {
        return "";
      }
    }
    return value;
  }

  static boolean sameText(String a, String b) {
    return !b.isBlank() && normalize(a).equals(normalize(b));
  }

  private static String normalize(String value) {
    return value.replaceAll("[\\s\\p{Punct}“”‘’…·]", "");
  }
}
