package io.gloss.core.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Drops lines that are not article text: captions, reporter e-mails, copyright lines,
 * related-article lists, board chrome, ad labels, editors' notes and the usual share and
 * subscription prompts; broadcast script markers ({@code [앵커]}, {@code ◀ 리포트 ▶}) leave the line
 * they open.
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
              + "|Click here.*|Text size|Font size|Listen to (this )?(article|story)|Print this (page|article)|글자\\s*크기|본문\\s*듣기|공유하기|스크랩|인쇄|기사\\s*저장|(KBS|MBC|SBS|YTN|JTBC|연합뉴스TV|채널A|TV조선|MBN)(?:\\s*뉴스)?\\s*[가-힣]{2,4}입니다\\.?|\\$\\$[A-Z_]+\\$\\$)\\s*:?\\s*",
          Pattern.CASE_INSENSITIVE);

  /** A byline line left at the end: {@code 홍길동 기자}, {@code 홍길동 기자 hong@x.kr}. */
  private static final Pattern BYLINE_LINE =
      Pattern.compile(
          "^\\s*\\[?\\s*[가-힣]{2,4}(\\s*[·,]\\s*[가-힣]{2,4})*\\s*(기자|특파원|선임기자|객원기자|인턴기자)\\s*\\]?"
              + "\\s*(\\(?[\\w.+-]+@[\\w.-]+\\)?)?\\s*$");

  /** Broadcast script markers at the start of a line: the words after them are kept. */
  private static final Pattern SCRIPT_MARKER =
      Pattern.compile(
          "^\\s*(?:[\\[<〈]\\s*(?:앵커|리포트|기자|앵커\\s?멘트|기자\\s?멘트|리포트\\s?멘트|인터뷰|녹취|현장음|SYNC|INT)"
              + "\\s*[\\]>〉]|◀\\s*[^▶]{1,12}▶|[◇◆]\\s*(?:앵커|기자|진행자?|출연자?)\\s*[:：]?)\\s*");

  /** Editors' notes, corrections and print lines: about the article, not the article. */
  private static final Pattern EDITORS_NOTE =
      Pattern.compile(
          "^\\s*(?:[\\[<(]?\\s*편집자\\s?주\\s*[\\]>)]?|※\\s*(?:이|본)\\s?기사|Editor['’]s [Nn]ote"
              + "|\\(?This (?:story|article|report) (?:has been|was) (?:corrected|updated|amended)"
              + "|This (?:interview|conversation) has been (?:edited|condensed)|A version of this article"
              + " appears|Correction:|Clarification:|An earlier version of this|Amendment:|This article was"
              + " amended)");

  /** An ad label left where an ad was. */
  private static final Pattern AD_LABEL =
      Pattern.compile("\\s*[\\[(]?\\s*(?:광고|AD|Ad|PR|Sponsored|스폰서|협찬)\\s*[\\])]?\\s*");

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
    // The anchored patterns are tried at the start only (lookingAt): find() would try every
    // position of a long paragraph before failing.
    String value = line.strip();
    Matcher marker = SCRIPT_MARKER.matcher(value);
    if (marker.lookingAt()) {
      value = value.substring(marker.end()).strip();
    }
    if (value.isEmpty()
        || AD_LABEL.matcher(value).matches()
        || (value.length() < 400 && EDITORS_NOTE.matcher(value).lookingAt())) {
      return "";
    }
    boolean shortLine = value.length() < 160;
    if (shortLine
        && (BOILERPLATE_MARK.matcher(value).find()
            || BOILERPLATE_LINE.matcher(value).matches()
            || BYLINE_LINE.matcher(value).matches())) {
      return "";
    }
    // Reuters writes an accessibility label into the text of every outside link: "The report,
    // opens new tab by the …".
    if (value.contains(", opens new tab")) {
      value = value.replace(", opens new tab", "");
    }
    // An address needs an '@': the check spares the regex a scan of every long paragraph.
    if (value.indexOf('@') >= 0 && EMAIL.matcher(value).find()) {
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
