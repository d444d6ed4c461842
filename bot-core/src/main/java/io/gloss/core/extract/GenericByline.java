package io.gloss.core.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Where pages without a site rule print their byline, read only to fill a gap. The elements are
 * those the selector
 *
 * <pre>
 * [itemprop=author] [itemprop=name], [rel=author], .byline__name, .byline-name,
 * [data-testid*=byline] [class*=name], [class*=byline] [class*=name],
 * [class*=author-name], [class*=AuthorName], [class*=byline] a, .byline
 * </pre>
 *
 * selects, in page order, found in one walk that remembers which byline containers are open. jsoup
 * evaluated that selector by walking up from every link and every "name" element to look for a
 * byline ancestor: a tenth of the extraction's time.
 */
final class GenericByline {
  private static final int AUTHOR_SCOPE = 1; // itemprop=author
  private static final int TEST_ID_BYLINE = 2; // data-testid contains "byline"
  private static final int CLASS_BYLINE = 4; // class contains "byline"
  private static final int COMMENTS = 8; // class or id names comments: readers, not the author

  /** Where a byline's profile links go; their text ("Twitter", "Follow") is no part of a name. */
  private static final List<String> SOCIAL_HOSTS =
      List.of(
          "twitter.com",
          "x.com",
          "facebook.com",
          "instagram.com",
          "linkedin.com",
          "threads.net",
          "bsky.app",
          "mastodon.social",
          "tiktok.com",
          "youtube.com");

  /** What such links say: the network or the medium (spaces and hyphens taken out). */
  private static final Set<String> PROFILE_LABELS =
      Set.of(
          "twitter",
          "x",
          "facebook",
          "instagram",
          "linkedin",
          "threads",
          "bluesky",
          "mastodon",
          "tiktok",
          "youtube",
          "email",
          "mail",
          "emailme",
          "트위터",
          "페이스북",
          "인스타그램",
          "이메일",
          "메일");

  private GenericByline() {}

  /** The non-empty texts of the first {@code max} byline elements. */
  static List<String> texts(Element root, int max) {
    List<String> values = new ArrayList<>();
    Walk walk = new Walk(values, max);
    NodeTraversor.filter(walk, root);
    return values;
  }

  private static final class Walk implements NodeFilter {
    private final List<String> values;
    private final int max;

    /** The container flags of the open element at each depth. */
    private int[] flagsAtDepth = new int[64];

    /** How many open ancestors carry each flag. */
    private int authorScopes;

    private int testIdBylines;
    private int classBylines;
    private int commentScopes;

    Walk(List<String> values, int max) {
      this.values = values;
      this.max = max;
    }

    @Override
    public FilterResult head(Node node, int depth) {
      if (!(node instanceof Element element)) {
        return FilterResult.CONTINUE;
      }
      boolean attributes = element.attributesSize() > 0;
      String className = attributes ? lower(element.className()) : "";
      String itemprop = attributes ? element.attr("itemprop") : "";
      if (commentScopes == 0
          && isByline(element, className, itemprop)
          && !isProfileLabel(element)) {
        String text = nameText(element);
        if (!text.isEmpty()) {
          values.add(text);
          if (values.size() >= max) {
            return FilterResult.STOP;
          }
        }
      }
      int flags = 0;
      if (attributes) {
        if (sameIgnoringCase(itemprop, "author")) {
          flags |= AUTHOR_SCOPE;
        }
        if (lower(element.attr("data-testid")).contains("byline")) {
          flags |= TEST_ID_BYLINE;
        }
        if (className.contains("byline")) {
          flags |= CLASS_BYLINE;
        }
        if (namesComments(className) || namesComments(lower(element.id()))) {
          flags |= COMMENTS;
        }
      }
      if (depth >= flagsAtDepth.length) {
        flagsAtDepth = Arrays.copyOf(flagsAtDepth, depth * 2);
      }
      flagsAtDepth[depth] = flags;
      count(flags, 1);
      return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
      if (node instanceof Element) {
        count(flagsAtDepth[depth], -1);
      }
      return FilterResult.CONTINUE;
    }

    private void count(int flags, int delta) {
      if ((flags & AUTHOR_SCOPE) != 0) {
        authorScopes += delta;
      }
      if ((flags & TEST_ID_BYLINE) != 0) {
        testIdBylines += delta;
      }
      if ((flags & CLASS_BYLINE) != 0) {
        classBylines += delta;
      }
      if ((flags & COMMENTS) != 0) {
        commentScopes += delta;
      }
    }

    /** The selector's alternatives; the open counts are the element's ancestors only. */
    private boolean isByline(Element element, String className, String itemprop) {
      if (classBylines > 0 && element.normalName().equals("a")) {
        return true;
      }
      if (element.attributesSize() == 0) {
        return false;
      }
      boolean byline = className.contains("byline");
      return (authorScopes > 0 && sameIgnoringCase(itemprop, "name"))
          || sameIgnoringCase(element.attr("rel"), "author")
          || (byline
              && (element.hasClass("byline__name")
                  || element.hasClass("byline-name")
                  || element.hasClass("byline")))
          || ((testIdBylines > 0 || classBylines > 0) && className.contains("name"))
          || className.contains("author-name")
          || className.contains("authorname");
    }
  }

  /** "comments-list", "comment", "disqus_thread"; not "commentary" (an opinion page's own). */
  private static boolean namesComments(String value) {
    return (value.contains("comment") && !value.contains("commentary")) || value.contains("disqus");
  }

  private static boolean sameIgnoringCase(String value, String expected) {
    return value.equalsIgnoreCase(expected); // as jsoup's [key=value]: case-insensitive, untrimmed
  }

  /**
   * The element's text without the profile links it carries: "Sarah Lazare" followed by a link
   * "Twitter" reads "Sarah LazareTwitter" as one text. A name that is itself a link to the writer's
   * profile ("<a href=x.com/…>Jane Doe</a>") stays.
   */
  static String nameText(Element element) {
    boolean labelled = false;
    for (Element link : element.getElementsByTag("a")) {
      labelled |= link != element && isProfileLabel(link);
    }
    if (!labelled) {
      return element.text().strip();
    }
    Element copy = element.clone();
    for (Element link : copy.getElementsByTag("a")) {
      if (link != copy && isProfileLabel(link)) {
        link.remove();
      }
    }
    return copy.text().strip();
  }

  /** A link to a social profile or an address whose text names the network, not the writer. */
  static boolean isProfileLabel(Element link) {
    if (!isProfileLink(link.attr("href"))) {
      return false;
    }
    String text = lower(link.text().strip());
    return text.isEmpty()
        || text.startsWith("@")
        || text.startsWith("follow")
        || text.startsWith("팔로우")
        || PROFILE_LABELS.contains(text.replace(" ", "").replace("-", ""));
  }

  private static boolean isProfileLink(String href) {
    String h = lower(href.strip());
    if (h.startsWith("mailto:")) {
      return true;
    }
    int scheme = h.indexOf("://");
    if (scheme < 0) {
      return false;
    }
    int end = h.indexOf('/', scheme + 3);
    String host = h.substring(scheme + 3, end < 0 ? h.length() : end);
    for (String network : SOCIAL_HOSTS) {
      if (host.equals(network) || host.endsWith("." + network)) {
        return true;
      }
    }
    return false;
  }

  private static String lower(String value) {
    return value.isEmpty() ? value : value.toLowerCase(Locale.ROOT);
  }
}
