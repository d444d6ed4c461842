package io.gloss.core.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jspecify.annotations.Nullable;

/** Reads {@link PageMetadata}: JSON-LD (NewsArticle and kin) first, then Open Graph and meta. */
final class MetadataReader {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> ARTICLE_TYPES =
      Set.of(
          "newsarticle",
          "article",
          "reportagenewsarticle",
          "analysisnewsarticle",
          "opinionnewsarticle",
          "blogposting",
          "backgroundnewsarticle",
          "reviewnewsarticle",
          "webpage",
          "liveblogposting",
          "socialmediaposting",
          "scholarlyarticle",
          "report");
  private static final int MAX_JSON_CHARS = 200_000;

  /** An HTML entity left in text: {@code &#8217;}, {@code &amp;}, {@code &#x27;}. */
  private static final Pattern ENTITY =
      Pattern.compile("&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});");

  /** A desk or syndication label in the publisher's place: "DH News Service", "Metro Desk". */
  private static final Pattern SERVICE_LABEL =
      Pattern.compile("(?i).*\\b(?:news service|wire service|desk|bureau|staff|web team)$");

  private MetadataReader() {}

  /** The publisher's name, unless it is a desk or service label rather than the outlet. */
  private static @Nullable String outlet(@Nullable String publisher) {
    return publisher == null || SERVICE_LABEL.matcher(publisher.strip()).matches()
        ? null
        : publisher;
  }

  /** The page's metadata, from the elements the page scan collected and the document. */
  static PageMetadata read(Document doc, PageScan scan) {
    JsonNode ld = articleJsonLd(scan.jsonLdScripts());
    MetaTags tags = MetaTags.of(scan.metaTags());
    String title = first(text(ld, "headline"), tags.get("og:title"), tags.get("twitter:title"));
    String site =
        first(
            ld == null ? null : outlet(text(ld.path("publisher"), "name")),
            tags.get("article:media_name"),
            tags.get("og:site_name"),
            tags.get("application-name"));
    List<String> authors = new ArrayList<>();
    if (ld != null) {
      names(ld.path("author"), authors);
    }
    if (authors.isEmpty()) {
      // Every value of each key: a page may name the outlet in its first author tag and the
      // reporter in the next (한국일보: "한국일보", then "신현주 기자").
      Set<String> named = new LinkedHashSet<>();
      for (String key :
          List.of("author", "article:author", "dable:author", "byl", "parsely-author")) {
        for (String value : tags.all(key)) {
          if (!value.contains("://") && !value.equals(site)) {
            named.add(value);
          }
        }
      }
      authors.addAll(named);
    }
    String published =
        first(
            text(ld, "datePublished"),
            tags.get("article:published_time"),
            tags.get("og:article:published_time"),
            tags.get("og:regDate"),
            tags.get("pubdate"),
            tags.get("publishdate"),
            tags.get("date"),
            tags.get("dc.date"),
            tags.get("sailthru.date"));
    // The body's markup is searched only when the head is silent: each search walks the page.
    if (published == null) {
      published =
          first(
              attr(doc, "[itemprop=datePublished]", "content"),
              attr(doc, "time[datetime]", "datetime"));
    }
    String modified =
        first(
            text(ld, "dateModified"),
            tags.get("article:modified_time"),
            tags.get("og:updated_time"));
    if (modified == null) {
      modified = attr(doc, "[itemprop=dateModified]", "content");
    }
    String description =
        first(tags.get("og:description"), tags.get("description"), text(ld, "description"));
    String image = first(tags.get("og:image"), tags.get("twitter:image"), image(ld));
    Element canonicalLink = scan.canonicalLink();
    String canonical =
        first(canonicalLink == null ? null : canonicalLink.attr("href"), tags.get("og:url"));
    Element html = doc.firstElementChild(); // the parser always makes <html> the root
    String language = first(text(ld, "inLanguage"), html == null ? null : html.attr("lang"));
    boolean notFree =
        ld != null
            && (ld.path("isAccessibleForFree").asText("").equalsIgnoreCase("false")
                || ld.path("isAccessibleForFree").asText("").equalsIgnoreCase("False"));
    String headTitle = doc.title().isBlank() ? null : decoded(doc.title()).strip();
    String section = first(tags.get("article:section"), text(ld, "articleSection"));
    boolean opinionType =
        ld != null && ld.path("@type").asText("").toLowerCase(Locale.ROOT).startsWith("opinion");
    return new PageMetadata(
        title,
        site,
        authors,
        published,
        modified,
        description,
        image,
        canonical,
        first(tags.get("og:type"), ld == null ? null : text(ld, "@type")),
        language,
        notFree,
        headTitle,
        tags.get("og:article:author"),
        section,
        opinionType,
        text(ld, "articleBody"));
  }

  /**
   * The page's {@code <meta>} values by lower-case name ({@code property}, else {@code name}, else
   * {@code itemprop}): the first non-empty content of each name, read from the page scan's list
   * rather than one selector walk per key.
   */
  private record MetaTags(Map<String, List<String>> byName) {
    static MetaTags of(List<Element> metaElements) {
      Map<String, List<String>> byName = new HashMap<>();
      for (Element meta : metaElements) {
        String name = meta.hasAttr("property") ? meta.attr("property") : meta.attr("name");
        if (name.isEmpty()) {
          name = meta.attr("itemprop");
        }
        if (name.isEmpty()) {
          continue;
        }
        String content = decoded(meta.attr("content")).strip();
        if (!content.isEmpty()) {
          byName
              .computeIfAbsent(name.toLowerCase(Locale.ROOT), k -> new ArrayList<>(1))
              .add(content);
        }
      }
      return new MetaTags(byName);
    }

    /** The first value of the name. */
    @Nullable String get(String key) {
      List<String> values = byName.get(key.toLowerCase(Locale.ROOT));
      return values == null ? null : values.get(0);
    }

    /** Every value of the name, in page order. */
    List<String> all(String key) {
      return byName.getOrDefault(key.toLowerCase(Locale.ROOT), List.of());
    }
  }

  private static @Nullable String attr(Document doc, String css, String attribute) {
    Element element = doc.selectFirst(css);
    if (element == null) {
      return null;
    }
    String value = element.attr(attribute).strip();
    return value.isEmpty() ? null : value;
  }

  private static @Nullable JsonNode articleJsonLd(List<Element> scripts) {
    for (Element script : scripts) {
      String json = script.data();
      if (json.length() > MAX_JSON_CHARS) {
        continue;
      }
      try {
        JsonNode found = findArticle(JSON.readTree(json));
        if (found != null) {
          return found;
        }
      } catch (Exception malformed) {
        // Broken JSON-LD is common; the other sources still count.
      }
    }
    return null;
  }

  private static @Nullable JsonNode findArticle(JsonNode root) {
    Deque<JsonNode> queue = new ArrayDeque<>();
    queue.add(root);
    int seen = 0;
    while (!queue.isEmpty() && seen++ < 500) {
      JsonNode node = queue.poll();
      if (node.isArray()) {
        node.forEach(queue::add);
      } else if (node.isObject()) {
        if (isArticleType(node.path("@type")) && node.has("headline")) {
          return node;
        }
        if (node.has("@graph")) {
          queue.add(node.get("@graph"));
        }
        if (node.has("mainEntity")) {
          queue.add(node.get("mainEntity"));
        }
      }
    }
    return null;
  }

  private static boolean isArticleType(JsonNode type) {
    if (type.isArray()) {
      for (JsonNode t : type) {
        if (isArticleType(t)) {
          return true;
        }
      }
      return false;
    }
    return ARTICLE_TYPES.contains(type.asText("").toLowerCase(Locale.ROOT));
  }

  private static @Nullable String text(@Nullable JsonNode node, String field) {
    if (node == null) {
      return null;
    }
    JsonNode value = node.path(field);
    if (value.isArray() && !value.isEmpty()) {
      value = value.get(0);
    }
    if (value.isTextual() && !value.asText().isBlank()) {
      return decoded(value.asText()).strip();
    }
    return null;
  }

  /**
   * The value with HTML entities decoded. Publishing systems (WordPress among them) write entities
   * into JSON-LD, where no HTML parser decodes them, and escape them twice in meta tags: a headline
   * reached the reply as "unveils &#8216;family&#8217; plan".
   */
  static String decoded(String value) {
    return value.indexOf('&') >= 0 && ENTITY.matcher(value).find()
        ? Parser.unescapeEntities(value, false)
        : value;
  }

  private static void names(JsonNode author, List<String> out) {
    Set<String> names = new LinkedHashSet<>();
    if (author.isArray()) {
      author.forEach(a -> addName(a, names));
    } else {
      addName(author, names);
    }
    out.addAll(names);
  }

  private static void addName(JsonNode author, Set<String> names) {
    if (author.path("@type").asText("").equalsIgnoreCase("Organization")) {
      return; // "BBC News" as author: the outlet, not a person
    }
    String name = decoded(author.isTextual() ? author.asText() : author.path("name").asText(""));
    if (!name.isBlank() && !name.contains("://")) {
      names.add(name.strip());
    }
  }

  private static @Nullable String image(@Nullable JsonNode ld) {
    if (ld == null) {
      return null;
    }
    JsonNode image = ld.path("image");
    if (image.isArray() && !image.isEmpty()) {
      image = image.get(0);
    }
    if (image.isTextual()) {
      return image.asText();
    }
    String url = image.path("url").asText("");
    return url.isBlank() ? null : url;
  }

  static @Nullable String first(@Nullable String... values) {
    for (String value : values) {
      if (value != null && !value.isBlank()) {
        return value.strip();
      }
    }
    return null;
  }
}
