package io.gloss.core.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An extracted news article: metadata, clean body paragraphs and the entries of its own glossary
 * box (kept out of the body).
 *
 * @param url the URL the page was fetched from (after redirects), or the URL a local file was saved
 *     from
 * @param canonicalUrl Gloss's key for this article: the same for every URL variant
 * @param pageCanonicalUrl the page's own {@code rel=canonical} or {@code og:url}, if any
 * @param title the headline
 * @param site the publisher, e.g. {@code 뉴스1}
 * @param authors bylines, without "기자"
 * @param published publication time, if known
 * @param modified last modification time, if known
 * @param language ISO 639-1 code detected from the text ({@code ko}, {@code en}, ...), or {@code
 *     und}
 * @param description the page's description, if any
 * @param imageUrl the lead image, if any
 * @param paragraphs body paragraphs in reading order, without captions, bylines and boilerplate
 * @param glossary the entries of the article's own glossary box, de-duplicated, in page order
 */
public record Article(
    String url,
    String canonicalUrl,
    @Nullable String pageCanonicalUrl,
    String title,
    @Nullable String site,
    List<String> authors,
    @Nullable OffsetDateTime published,
    @Nullable OffsetDateTime modified,
    String language,
    @Nullable String description,
    @Nullable String imageUrl,
    List<String> paragraphs,
    List<GlossaryEntry> glossary) {

  public Article {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(canonicalUrl, "canonicalUrl");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(language, "language");
    // Page metadata is attacker-controlled: invisible characters out, lengths capped, here, so that
    // every output (replies, JSON, store, cache) gets the same clean text.
    title = MetadataText.clean(title, MetadataText.MAX_TITLE);
    site = site == null ? null : MetadataText.clean(site, MetadataText.MAX_NAME);
    description =
        description == null ? null : MetadataText.clean(description, MetadataText.MAX_DESCRIPTION);
    authors =
        authors.stream()
            .limit(20)
            .map(author -> MetadataText.clean(author, MetadataText.MAX_NAME))
            .filter(author -> !author.isEmpty())
            .toList();
    paragraphs = List.copyOf(paragraphs);
    glossary = List.copyOf(glossary);
  }

  /** The body: paragraphs separated by one blank line. */
  public String text() {
    return String.join("\n\n", paragraphs);
  }

  /** Number of characters of body text, without paragraph separators. */
  public int textLength() {
    return paragraphs.stream().mapToInt(String::length).sum();
  }

  /** SHA-256 of the body text, hex: a changed article is summarized again. */
  public String contentHash() {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(text().getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is always available", e);
    }
  }

  /**
   * Reading time in whole minutes, rounded up as reading-time labels are (a minute and a half reads
   * as 2), at least 1: about 500 characters (not counting spaces) a minute for Korean, Japanese and
   * Chinese, 230 words a minute for other languages.
   */
  public int readingMinutes() {
    boolean byCharacters = "ko".equals(language) || "ja".equals(language) || "zh".equals(language);
    long units = 0;
    for (String paragraph : paragraphs) {
      units += byCharacters ? nonSpaceCount(paragraph) : wordCount(paragraph);
    }
    long perMinute = byCharacters ? 500 : 230;
    return (int) Math.max(1, (units + perMinute - 1) / perMinute);
  }

  /**
   * Runs of characters other than white space; a loop, not a regex split of every paragraph. The
   * cell separator of a table row ("a | b") is not a word a reader reads.
   */
  private static int wordCount(String paragraph) {
    int words = 0;
    boolean inWord = false;
    for (int i = 0; i < paragraph.length(); i++) {
      boolean space = isBlankForReading(paragraph.charAt(i));
      if (!space && !inWord) {
        words++;
      }
      inWord = !space;
    }
    return words;
  }

  private static int nonSpaceCount(String paragraph) {
    int count = 0;
    for (int i = 0; i < paragraph.length(); i++) {
      if (!isBlankForReading(paragraph.charAt(i))) {
        count++;
      }
    }
    return count;
  }

  private static boolean isBlankForReading(char c) {
    return c == '|' || Character.isWhitespace(c);
  }
}
