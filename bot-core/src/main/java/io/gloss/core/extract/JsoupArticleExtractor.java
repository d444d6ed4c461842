package io.gloss.core.extract;

import io.gloss.core.domain.Article;
import io.gloss.core.domain.ArticleUnavailableException;
import io.gloss.core.domain.FailureReason;
import io.gloss.core.domain.FetchedPage;
import io.gloss.core.domain.GlossaryEntry;
import io.gloss.core.domain.Provenance;
import io.gloss.core.domain.TermKey;
import io.gloss.core.fetch.PageDecoder;
import io.gloss.core.port.out.ArticleExtractor;
import io.gloss.core.text.WireCopy;
import io.gloss.core.url.UrlCanonicalizer;
import java.net.URI;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jspecify.annotations.Nullable;

/**
 * Extracts an article with jsoup: site rules for Korean portals and outlets, a generic content
 * finder for every other site, Korean-aware paragraph cleaning, and the article's own glossary box.
 * Bounded: element count, nesting depth, text size and a time budget are checked, and every
 * traversal is iterative.
 */
public final class JsoupArticleExtractor implements ArticleExtractor {
  private static final Pattern COPYRIGHT_OWNER =
      // "© 2002-2016 Owner": the years go whole, and an owner is a name of up to five words
      // ("American College of Physicians"; a Korean one is one word: "ⓒ 연합뉴스 무단전재"), not a number
      // or the "All" of "© All Rights Reserved".
      Pattern.compile(
          "(?:Copyright\\s*)?[ⓒ©]\\s*(?:\\d{4}(?:\\s*[-–~]\\s*\\d{2,4})?\\s*,?\\s*)?"
              + "((?:The\\s+)?(?!(?:All|Copyright|Rights)\\b)[가-힣A-Za-z][가-힣A-Za-z0-9.&'-]{1,20}"
              + "(?:\\s+(?:of|and|&|[A-Z][A-Za-z0-9.&'-]*)){0,4})");

  /** Words that end an owner's name in a copyright line. */
  private static final Set<String> AFTER_OWNER =
      Set.of("all", "rights", "reserved", "inc", "ltd", "llc", "corp", "gmbh", "copyright");

  private static final Pattern PAYWALL_TEXT =
      Pattern.compile(
          "유료\\s*(회원|구독|기사)|구독자\\s*전용|프리미엄\\s*회원|subscribers? only|subscribe to (continue|read)"
              + "|to continue reading|already a subscriber|paywall",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern LOGIN_TEXT =
      Pattern.compile(
          "로그인\\s*(후|이 필요|하셔야|해야)|회원만\\s*(보실|볼|이용)|log ?in to (continue|read|view)|sign in to (continue|read|view)",
          Pattern.CASE_INSENSITIVE);

  private final ExtractionSettings settings;
  private final Clock clock;
  private final UrlCanonicalizer canonicalizer = new UrlCanonicalizer();
  private final GenericContentFinder finder = GenericContentFinder.standard();

  public JsoupArticleExtractor(ExtractionSettings settings, Clock clock) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  public JsoupArticleExtractor() {
    this(ExtractionSettings.defaults(), Clock.systemUTC());
  }

  @Override
  public Article extract(FetchedPage page) throws ArticleUnavailableException {
    if (!PageSniffer.looksLikeHtml(page)) {
      throw new ArticleUnavailableException(
          FailureReason.NOT_HTML,
          page.contentType() == null
              ? "not HTML: the content is binary or plain text"
              : "not HTML: " + page.contentType());
    }
    Deadline deadline = new Deadline(clock, settings.deadline());
    try {
      Document doc = PageDecoder.decode(page);
      deadline.check();
      PageScan scan = checkShape(doc, deadline);
      return extract(doc, page, scan, deadline);
    } catch (Deadline.OverBudgetException e) {
      throw new ArticleUnavailableException(
          FailureReason.EXTRACTION_TIMEOUT, String.valueOf(e.getMessage()), e);
    }
  }

  private PageScan checkShape(Document doc, Deadline deadline) throws ArticleUnavailableException {
    PageScan scan = PageScan.of(doc, settings.maxElements(), deadline);
    if (scan.elements() > settings.maxElements()) {
      throw new ArticleUnavailableException(
          FailureReason.EXTRACTION_FAILED,
          "the page has more than " + settings.maxElements() + " elements");
    }
    if (scan.maxDepth() > settings.maxDepth()) {
      throw new ArticleUnavailableException(
          FailureReason.EXTRACTION_FAILED,
          "the page nests elements " + scan.maxDepth() + " deep, more than " + settings.maxDepth());
    }
    if (scan.textChars() > settings.maxTextChars()) {
      throw new ArticleUnavailableException(
          FailureReason.EXTRACTION_FAILED,
          "the page has "
              + scan.textChars()
              + " characters of text, more than "
              + settings.maxTextChars());
    }
    return scan;
  }

  private Article extract(Document doc, FetchedPage page, PageScan scan, Deadline deadline)
      throws ArticleUnavailableException {
    String finalUrl = page.finalUrl();
    PageMetadata meta = MetadataReader.read(doc, scan);
    String pageCanonical = absoluteHttp(meta.canonical(), finalUrl);
    String url = finalUrl.startsWith("file:") && pageCanonical != null ? pageCanonical : finalUrl;
    Optional<SiteRule> rule = SiteRules.forUrls(url, pageCanonical);
    LoginWall.checkPage(page, doc, scan.forms());

    String ruleTitle = rule.map(r -> selectText(doc, r.title())).orElse(null);
    String ruleDate = rule.map(r -> selectDate(doc, r.date())).orElse(null);
    List<String> ruleAuthors = rule.map(r -> selectAll(doc, r.author())).orElse(List.of());
    List<String> pageAuthors = GenericByline.texts(doc, 5);
    String ruleImage =
        rule.map(r -> doc.selectFirst(r.body())).map(e -> firstImage(e, url)).orElse(null);
    String copyrightOwner = copyrightOwner(scan.copyrightElements());
    String leadingText = leadingText(doc);

    String title = title(ruleTitle, meta, doc, leadingText);
    // Boxes first: a sidebar box is the article's glossary though the chrome filter drops sidebars.
    List<GlossaryBox.Term> boxTerms = GlossaryContainers.take(doc, deadline);
    Boilerplate.removeNonContent(doc, deadline);
    Element root = articleRoot(doc, page, rule, deadline);
    List<GlossaryBox.Term> listTerms = DefinitionLists.take(root);
    List<TextBlock> blocks = ArticleEnd.cut(BlockSegmenter.segment(root, deadline));
    deadline.check();

    List<String> paragraphs = new ArrayList<>();
    for (TextBlock block : blocks) {
      if ((block.linkDensity() > 0.5 && !isSentenceWithALink(block))
          || (block.isHeading() && ParagraphCleaner.sameText(block.text(), title))) {
        continue;
      }
      paragraphs.add(block.text());
    }
    Dateline dateline = null;
    for (int i = 0; i < Math.min(3, paragraphs.size()) && dateline == null; i++) {
      dateline = Dateline.parse(paragraphs.get(i));
      if (dateline != null) {
        paragraphs.set(i, dateline.rest());
      }
    }
    GlossaryBox.Split split = GlossaryBox.split(paragraphs);
    List<String> body =
        ClosingPromos.trim(wholeArticle(ParagraphCleaner.clean(split.body(), title), meta, title));
    int textLength = body.stream().mapToInt(String::length).sum();
    if (textLength < settings.minTextChars()) {
      // Why there is no text is read from the page as served (this document has been pruned);
      // decoding it again costs a parse on this rare path instead of a scan on every page.
      throw PageSignals.of(PageDecoder.decode(page), meta).whyNoText(textLength);
    }
    LoginWall.checkText(body);

    String language = LanguageDetector.detect(String.join("\n", body));
    if (language.equals("und") && meta.language() != null && meta.language().length() >= 2) {
      language = meta.language().substring(0, 2).toLowerCase(Locale.ROOT);
    }
    String site = site(rule, meta, dateline, copyrightOwner, url, title);
    title = withoutOutletName(title, meta.site(), site, url);
    body = Dateline.withoutOutlet(body, site);
    List<String> authors =
        Bylines.resolve(
            List.of(meta.authors(), ruleAuthors, pageAuthors),
            dateline,
            site,
            Bylines.opinion(meta, url, title));
    var zone = "ko".equals(language) ? settings.defaultZone() : ZoneOffset.UTC;
    // Structured dates first; a visible date only fills the gap, and only if it parses.
    OffsetDateTime published = DateParser.parse(meta.published(), zone);
    if (published == null) {
      published = DateParser.parse(ruleDate, zone);
    }
    if (published == null) {
      published = DateParser.fromPortalUrl(url, settings.defaultZone());
    }
    OffsetDateTime modified = DateParser.parse(meta.modified(), zone);
    String image = absoluteHttp(meta.image(), url);
    if (image == null) {
      image = ruleImage != null ? ruleImage : firstImage(root, url);
    }

    Article article =
        new Article(
            url,
            canonicalizer.canonicalize(url, pageCanonical),
            pageCanonical,
            title,
            site,
            authors,
            published,
            modified,
            language,
            meta.description(),
            image,
            body,
            List.of());
    List<GlossaryBox.Term> terms = new ArrayList<>(boxTerms);
    terms.addAll(listTerms);
    terms.addAll(split.terms());
    List<GlossaryEntry> glossary = glossary(terms, article);
    return new Article(
        url,
        article.canonicalUrl(),
        pageCanonical,
        title,
        site,
        authors,
        published,
        modified,
        language,
        meta.description(),
        image,
        body,
        glossary);
  }

  /**
   * The visible body, or the JSON-LD {@code articleBody} when the page shows less than half of it
   * (metered pages hide the rest by script): the reply and its reading time cover the whole
   * article.
   */
  private static List<String> wholeArticle(List<String> body, PageMetadata meta, String title) {
    String full = meta.articleBody();
    if (full == null || full.length() > 500_000) {
      return body;
    }
    int shown = body.stream().mapToInt(String::length).sum();
    if (full.length() < 2 * shown || full.length() < 400) {
      return body;
    }
    List<String> paragraphs = new ArrayList<>();
    for (String paragraph : full.split("\\s*\\n\\s*")) {
      if (!paragraph.isBlank() && !paragraph.contains("<")) {
        paragraphs.add(paragraph.strip());
      }
    }
    return paragraphs.isEmpty() ? body : ParagraphCleaner.clean(paragraphs, title);
  }

  /**
   * A sentence of the story that links its own last words ("The suspect was convicted and
   * <a>sentenced to life last Thursday</a>."): as much of it is a link as of a related-story
   * teaser, but it opens in plain words and ends as a sentence does.
   */
  private static boolean isSentenceWithALink(TextBlock block) {
    if (block.linkDensity() > MAX_LINKED_SENTENCE_SHARE
        || block.text().length() - block.linkChars() < MIN_UNLINKED_CHARS
        || !WireCopy.endsLikeSentence(block.text())
        || PROMO_LABEL.matcher(block.text()).lookingAt()) {
      return false;
    }
    // Opens in plain words: a reference list's "^ a b …" and a credit line's "Photos by <a>…</a>"
    // open on a link or nearly.
    Element link = block.owner().selectFirst("a");
    if (link == null) {
      return true;
    }
    String linkText = link.text().strip();
    return block.text().indexOf(linkText) >= MIN_PLAIN_OPENING_CHARS
        && !PAGE_PROMPT.matcher(linkText).lookingAt();
  }

  /**
   * A link that asks the reader to act on the page ("… or <a>tap here to see other videos</a>.").
   */
  private static final Pattern PAGE_PROMPT =
      Pattern.compile(
          "(?:click|tap|go|see) here|here\\b|(?:subscribe|sign up|log in|read more|watch)\\b",
          Pattern.CASE_INSENSITIVE);

  /** "Related: Check out this article on …": a promotion however it is worded. */
  private static final Pattern PROMO_LABEL =
      Pattern.compile(
          "\\s*(?:related|read more|read also|also read|see also|more|watch|listen)\\s*[:：]",
          Pattern.CASE_INSENSITIVE);

  /** Plain characters a linked sentence opens with before its first link. */
  private static final int MIN_PLAIN_OPENING_CHARS = 20;

  /** How much of a story's sentence may be one link (a teaser is nearly all link). */
  private static final double MAX_LINKED_SENTENCE_SHARE = 0.75;

  /** Plain words a linked sentence has besides its link ("Read more:" has too few). */
  private static final int MIN_UNLINKED_CHARS = 30;

  /** The element holding the article: the site rule's body, else the generic finder's choice. */
  private Element articleRoot(
      Document doc, FetchedPage page, Optional<SiteRule> rule, Deadline deadline) {
    Element root = rule.map(r -> ruleRoot(doc, r, deadline)).orElse(null);
    if (root != null) {
      return root;
    }
    int lostNamedBody = Boilerplate.removeUnlikely(doc, deadline, false);
    root = generic(doc, deadline);
    int found = root.text().length();
    if (lostNamedBody > found) {
      // The chrome filter removed a wrapper ("above-footer" around a whole page) and with it what
      // the page calls its article body, which holds more text than was found: read the page again
      // keeping that body, and take the new reading if it says much more.
      Document again = PageDecoder.decode(page);
      GlossaryContainers.take(again, deadline); // already read from the first pass
      Boilerplate.removeNonContent(again, deadline);
      Boilerplate.removeUnlikely(again, deadline, true);
      Element kept = generic(again, deadline);
      if (kept.text().length() > 2 * found) {
        return kept;
      }
    }
    if (found >= 4 * settings.minTextChars()) {
      return root;
    }
    // Class names may have misled the chrome filter: read the page again without it.
    Document pristine = PageDecoder.decode(page);
    GlossaryContainers.take(pristine, deadline); // already read from the first pass
    Boilerplate.removeNonContent(pristine, deadline);
    Boilerplate.removeComments(pristine, deadline);
    Element second = generic(pristine, deadline);
    if (second.text().length() > 2 * found) {
      return second;
    }
    if (found < settings.minTextChars()) {
      // A page rendered in the browser: the article may be an escaped string in a script.
      Element payload = ScriptPayload.body(PageDecoder.decode(page));
      Document payloadDoc = payload == null ? null : payload.ownerDocument();
      if (payloadDoc != null) {
        Boilerplate.removeNonContent(payloadDoc, deadline);
        Boilerplate.removeUnlikely(payloadDoc, deadline, false);
        return generic(payloadDoc, deadline);
      }
    }
    return root;
  }

  /**
   * Box entries one page may give. A real box explains a handful of terms, a long explainer a few
   * dozen; a page of 20,000 "▲용어: 설명" lines is no box to copy into the shared glossary (it wrote
   * 20,000 entries, which every later start then read).
   */
  static final int MAX_BOX_ENTRIES = 60;

  /** The box's terms as entries attributed to the article, each term once. */
  private static List<GlossaryEntry> glossary(List<GlossaryBox.Term> terms, Article article) {
    Provenance provenance = Provenance.articleBox(article);
    List<GlossaryEntry> glossary = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (GlossaryBox.Term term : terms) {
      if (glossary.size() < MAX_BOX_ENTRIES && seen.add(TermKey.of(term.term()))) {
        glossary.add(
            new GlossaryEntry(
                term.term(), term.aliases(), term.definition(), article.language(), provenance));
      }
    }
    return glossary;
  }

  private Element generic(Document doc, Deadline deadline) {
    Element body = doc.body();
    return finder.find(body, BlockSegmenter.segment(body, deadline));
  }

  /**
   * The site rule's body, cleaned, if it holds enough text; else null (the generic finder runs).
   */
  private @Nullable Element ruleRoot(Document doc, SiteRule rule, Deadline deadline) {
    Element root = null;
    for (String alternative : rule.body().split(",")) {
      root = doc.selectFirst(alternative.strip());
      if (root != null) {
        break;
      }
    }
    if (root == null) {
      return null;
    }
    root.select(SiteRules.COMMON_REMOVALS + ", " + rule.removals()).remove();
    int weight = 0;
    for (TextBlock block : BlockSegmenter.segment(root, deadline)) {
      weight += block.weight();
    }
    return weight >= settings.minTextChars() ? root : null;
  }

  private static String title(
      @Nullable String ruleTitle, PageMetadata meta, Document doc, @Nullable String leadingText) {
    String title = MetadataReader.first(ruleTitle, meta.title());
    if (title == null && meta.headTitle() != null) {
      // Without the site's name first: "Headline - Outlet - Its tagline" has three parts.
      title = headTitle(withoutSiteSuffix(meta.headTitle(), meta.site()), doc);
    }
    if (title == null) {
      Element h1 = doc.selectFirst("h1");
      title = h1 == null ? null : h1.text();
    }
    if (title == null || title.isBlank()) {
      title = leadingText == null ? "" : leadingText;
    }
    return title.strip();
  }

  /**
   * {@code Title | Site} → {@code Title}: prefer an h1 inside the head title, else its longest
   * part.
   */
  private static String headTitle(String headTitle, Document doc) {
    for (Element h1 : doc.select("h1")) {
      String text = h1.text().strip();
      if (text.length() >= 10 && headTitle.contains(text)) {
        return text;
      }
    }
    String best = headTitle;
    String[] parts = headTitle.split("\\s+[|\\-–—:·»]\\s+|\\s*::\\s*");
    if (parts.length > 1) {
      best = parts[0];
      for (String part : parts) {
        if (part.length() > best.length()) {
          best = part;
        }
      }
    }
    return best;
  }

  /** The first text of the page: a reposted article without metadata starts with its headline. */
  private static @Nullable String leadingText(Document doc) {
    Element body = doc.body();
    @Nullable String[] found = {null};
    NodeTraversor.filter(
        new org.jsoup.select.NodeFilter() {
          @Override
          public FilterResult head(Node node, int depth) {
            if (node instanceof Element e
                && (e.normalName().equals("script") || e.normalName().equals("style"))) {
              return FilterResult.SKIP_ENTIRELY;
            }
            if (node instanceof TextNode text && !text.isBlank()) {
              // A headline pasted as bare text, not the first paragraph of the article.
              Node parent = text.parentNode();
              boolean paragraph = parent instanceof Element e && e.normalName().equals("p");
              found[0] = paragraph ? null : text.text().strip();
              return FilterResult.STOP;
            }
            return FilterResult.CONTINUE;
          }
        },
        body);
    String text = found[0];
    if (text == null) {
      return null;
    }
    int chrome = text.indexOf(" 작성일");
    if (chrome > 0) {
      text = text.substring(0, chrome);
    }
    return text.length() > 200 ? text.substring(0, 200) : text;
  }

  /** {@code 제목-정치ㅣ한국일보} → {@code 제목}; {@code Title | Site} → {@code Title}. */
  static String withoutSiteSuffix(String title, @Nullable String site) {
    if (site == null || site.isBlank()) {
      return title;
    }
    String separators = "[-|ㅣ:–—·]";
    Pattern suffix =
        Pattern.compile(
            "\\s*"
                + separators
                + "\\s*(?:[^-|ㅣ:–—]{1,8}\\s*"
                + separators
                + "\\s*)?"
                + Pattern.quote(site)
                + "\\s*$");
    String stripped = suffix.matcher(title).replaceFirst("").strip();
    return stripped.length() >= 5 ? stripped : title;
  }

  private static @Nullable String site(
      Optional<SiteRule> rule,
      PageMetadata meta,
      @Nullable Dateline dateline,
      @Nullable String copyrightOwner,
      String url,
      String title) {
    // A named edition first: en.yna.co.kr is the English Yonhap, under the 연합뉴스 rule.
    String known = SiteNames.forUrl(url);
    if (known == null && meta.canonical() != null) {
      known = SiteNames.forUrl(meta.canonical());
    }
    if (known != null) {
      return known;
    }
    if (rule.isPresent() && !rule.get().portal()) {
      return rule.get().publisher();
    }
    // og:article:author names the original publisher only on the portals; elsewhere a person.
    String portalPublisher =
        rule.isPresent() && meta.portalPublisher() != null
            ? meta.portalPublisher().replaceAll("\\s*\\|\\s*(네이버|다음).*$", "")
            : null;
    String metaSite =
        meta.site() == null || SiteNames.isHostingPlatform(meta.site(), url)
            ? null
            : SiteNames.brandOfCompany(
                slugAsHost(
                    SiteNames.withoutTagline(
                        hostOfAddress(meta.site()).replaceAll("\\s*\\|\\s*(네이버|다음).*$", "")),
                    url),
                url);
    String fromPage =
        MetadataReader.first(
            portalPublisher,
            metaSite,
            dateline == null ? null : dateline.agency(),
            copyrightOwner,
            TitleSuffix.site(meta.headTitle(), title));
    String chosen = fromPage != null ? fromPage : rule.map(SiteRule::publisher).orElse(null);
    // "Headline - La Stampa" on lastampa.it: the outlet's own spelling of its name beats a bare
    // host ("lastampa.it") or nothing.
    String hostNamed = TitleSuffix.hostNamed(title, SiteRules.host(url));
    boolean bareHost =
        chosen != null && chosen.equals(chosen.toLowerCase(Locale.ROOT)) && chosen.contains(".");
    return hostNamed != null && (chosen == null || bareHost) ? hostNamed : chosen;
  }

  /**
   * The headline without the outlet's name after it, as the page's own site name ("Outlet -
   * tagline", which the shown name may shorten), the shown name or the host ("… - La Stampa") spell
   * it.
   */
  private static String withoutOutletName(
      String title, @Nullable String pageSite, @Nullable String site, String url) {
    String stripped = withoutSiteSuffix(withoutSiteSuffix(title, pageSite), site);
    String hostNamed = TitleSuffix.hostNamed(stripped, SiteRules.host(url));
    return hostNamed == null ? stripped : withoutSiteSuffix(stripped, hostNamed);
  }

  /**
   * A site name that is only the first word of the host in lower case ("nj" on nj.com, "pawprints"
   * on pawprints.example) reads as the host, which the reader recognizes.
   */
  static String slugAsHost(String site, String url) {
    String host = SiteRules.host(url);
    if (host == null || site.isEmpty() || !site.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
      return site;
    }
    String bare = host.startsWith("www.") ? host.substring(4) : host;
    return bare.startsWith(site + ".") ? bare : site;
  }

  /**
   * A site name written as an address ("https://www.example.com/", "www.example.com") reads as its
   * host, a social-media handle ("@example") as its name.
   */
  static String hostOfAddress(String site) {
    if (site.startsWith("@") && site.length() > 2 && !site.contains(" ")) {
      return site.substring(1);
    }
    if (site.startsWith("www.") && !site.contains(" ") && site.indexOf('.', 4) > 0) {
      return site.substring(4);
    }
    int scheme = site.indexOf("://");
    if (scheme < 0 || site.contains(" ")) {
      return site;
    }
    String host = site.substring(scheme + 3);
    int slash = host.indexOf('/');
    host = slash < 0 ? host : host.substring(0, slash);
    return host.startsWith("www.") ? host.substring(4) : host;
  }

  /**
   * The owner's words up to "All Rights Reserved" or "Inc." in any case, without a dangling "of" or
   * "The".
   */
  private static @Nullable String ownerName(String words) {
    List<String> name = new ArrayList<>();
    for (String word : words.split("\\s+")) {
      if (AFTER_OWNER.contains(word.replaceAll("[.,]+$", "").toLowerCase(Locale.ROOT))) {
        break;
      }
      name.add(word);
    }
    while (!name.isEmpty()
        && Set.of("of", "and", "&", "the")
            .contains(name.get(name.size() - 1).toLowerCase(Locale.ROOT))) {
      name.remove(name.size() - 1);
    }
    String owner = String.join(" ", name).replaceAll("[.,]+$", "");
    return owner.length() >= 2 ? owner : null;
  }

  private static @Nullable String copyrightOwner(List<Element> marked) {
    for (Element element : marked) {
      Matcher m = COPYRIGHT_OWNER.matcher(element.ownText());
      if (m.find()) {
        return ownerName(m.group(1));
      }
    }
    return null;
  }

  private static @Nullable String selectText(Document doc, @Nullable String css) {
    if (css == null) {
      return null;
    }
    Element element = SelectorList.firstByPreference(doc, css);
    String text = element == null ? "" : element.text().strip();
    return text.isEmpty() ? null : text;
  }

  private static @Nullable String selectDate(Document doc, @Nullable String css) {
    if (css == null) {
      return null;
    }
    Element element = SelectorList.firstByPreference(doc, css);
    if (element == null) {
      return null;
    }
    for (String attribute :
        List.of("data-date-time", "datetime", "content", "data-date", "data-deploy-dt")) {
      if (!element.attr(attribute).isBlank()) {
        return element.attr(attribute);
      }
    }
    return element.text();
  }

  private static List<String> selectAll(Document doc, @Nullable String css) {
    if (css == null) {
      return List.of();
    }
    List<String> values = new ArrayList<>();
    for (Element element : doc.select(css)) {
      String text = element.text().strip();
      if (!text.isEmpty() && values.size() < 5) {
        values.add(text);
      }
    }
    return values;
  }

  private static @Nullable String firstImage(Element root, String base) {
    Element img = root.selectFirst("img[src], img[data-src], img[data-org-src]");
    if (img == null) {
      return null;
    }
    String src =
        img.hasAttr("data-org-src")
            ? img.attr("data-org-src")
            : img.hasAttr("data-src") ? img.attr("data-src") : img.attr("src");
    return absoluteHttp(src, base);
  }

  static @Nullable String absoluteHttp(@Nullable String href, String base) {
    if (href == null || href.isBlank() || href.length() > 2048) {
      return null;
    }
    try {
      URI uri = URI.create(href.strip());
      if (!uri.isAbsolute() && base.startsWith("http")) {
        uri = URI.create(base).resolve(uri);
      }
      String scheme = uri.getScheme();
      if (scheme == null
          || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))) {
        return null;
      }
      return uri.toString();
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** Signs read before cleanup that explain a page without text. */
  private record PageSignals(boolean paywall, boolean login, boolean video) {
    static PageSignals of(Document doc, PageMetadata meta) {
      String text = doc.body().text();
      String sample = text.length() > 50_000 ? text.substring(0, 50_000) : text;
      boolean paywall =
          meta.notFreeToRead()
              || !doc.select("[class*=paywall], [id*=paywall]").isEmpty()
              || PAYWALL_TEXT.matcher(sample).find();
      boolean login =
          !doc.select("input[type=password]").isEmpty() || LOGIN_TEXT.matcher(sample).find();
      String type = meta.type() == null ? "" : meta.type().toLowerCase(Locale.ROOT);
      boolean video =
          type.startsWith("video")
              || type.equals("videoobject")
              || !doc.select(
                      "video, iframe[src*=youtube], iframe[src*=tv.naver], iframe[src*=kakao]")
                  .isEmpty();
      return new PageSignals(paywall, login, video);
    }

    ArticleUnavailableException whyNoText(int textLength) {
      String detail = " (" + textLength + " characters of article text)";
      if (paywall) {
        return new ArticleUnavailableException(
            FailureReason.PAYWALL, "the article is behind a paywall" + detail);
      }
      if (login) {
        return new ArticleUnavailableException(
            FailureReason.LOGIN_WALL, "the article asks to log in" + detail);
      }
      if (video) {
        return new ArticleUnavailableException(
            FailureReason.VIDEO_ONLY, "the page is a video without article text" + detail);
      }
      return new ArticleUnavailableException(
          FailureReason.TOO_LITTLE_TEXT, "the page has too little article text" + detail);
    }
  }
}
