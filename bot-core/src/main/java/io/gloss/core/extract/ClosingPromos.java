package io.gloss.core.extract;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The outlet's own lines after the last paragraph of a story: "Share this article in your social
 * network", a newsletter or app plug, "Follow us on Twitter", a reprint notice ("This document is
 * subject to copyright…", "Citation: … retrieved … from https://…"), "This article was originally
 * published by …". They are cut from the end only, short paragraph by short paragraph, and only
 * while each one is such a line: the same words inside the story ("the union told members to sign
 * up for the newsletter") stay.
 */
final class ClosingPromos {
  private ClosingPromos() {}

  /** A promo is a line or two; a longer paragraph is the story's. */
  private static final int MAX_PROMO_CHARS = 400;

  private static final String QUOTE_MARKS = "\"“‘'«„「『";

  private static final Pattern PROMO =
      Pattern.compile(
          "share this (?:article|story) (?:in|on|with|via)\\b"
              + "|\\bsign(?:ing)? up (?:for|to) (?:our|the|a)\\b.{0,80}\\bnewsletters?\\b"
              + "|\\bsubscribe to (?:our|the)\\b.{0,80}\\bnewsletters?\\b"
              + "|\\b(?:in|to) your inbox\\b"
              + "|\\bdelivered (?:to|through) your (?:inbox|letterbox|door)"
              + "|\\bfollow (?:us|[\\w.@]{2,30}(?: [A-Z][\\w.]*){0,2}) on (?:twitter|facebook|instagram"
              + "|threads|linkedin|tiktok|youtube|x\\b)"
              + "|\\bbookmark our (?:homepage|website|site)"
              + "|\\bclick here to (?:watch|read|listen|subscribe|sign up|download|get)"
              + "|\\bdownload (?:our|the) (?:free )?[\\w .'’-]{0,30}\\bapps?\\b"
              + "|^this (?:document|article|story|material|content) is (?:subject to|protected by)"
              + " copyright"
              + "|\\bmay not be (?:re)?published, broadcast"
              + "|^citation:.{0,300}\\bretrieved\\b.{0,40}\\bfrom https?://"
              + "|^explore further$"
              + "|^this (?:article|story|post|piece) (?:was|is|has been) (?:originally |first )?"
              + "(?:published|republished|posted|reprinted) (?:on|in|by|with|from|here)\\b"
              + "|^read the original article\\.?$",
          Pattern.CASE_INSENSITIVE);

  /** The paragraphs without the promos that close them. */
  static List<String> trim(List<String> paragraphs) {
    int end = paragraphs.size();
    // The first paragraph is the story's even when it is all there is: never leave nothing.
    while (end > 1 && isPromo(paragraphs.get(end - 1))) {
      end--;
    }
    return end == paragraphs.size() ? paragraphs : List.copyOf(paragraphs.subList(0, end));
  }

  static boolean isPromo(String paragraph) {
    String text = paragraph.strip();
    // Someone quoted is the story speaking, whatever they say.
    return text.length() <= MAX_PROMO_CHARS
        && !text.isEmpty()
        && QUOTE_MARKS.indexOf(text.charAt(0)) < 0
        && PROMO.matcher(text).find();
  }
}
