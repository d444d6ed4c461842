package io.gloss.core.url;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;
import org.jspecify.annotations.Nullable;

/**
 * One article, one key: the canonical form of a pasted URL.
 *
 * <ul>
 *   <li>Redirect wrappers (Google, Facebook, Slack, Naver search, ...) give way to their target,
 *       AMP caches to the publisher's URL.
 *   <li>Naver news in all its hosts and paths becomes {@code
 *       https://n.news.naver.com/article/{oid}/ {aid}}; Daum becomes {@code
 *       https://v.daum.net/v/{id}}.
 *   <li>Otherwise: {@code https}, lower-case host without a trailing dot or default port,
 *       normalised percent-escapes, no fragment, no tracking or AMP parameters, remaining
 *       parameters sorted by name, {@code /amp} suffixes and {@code amp.} hosts removed.
 * </ul>
 *
 * The canonical URL stays a working link (it is shown to users). For cache and store keys use
 * {@link #key(String)}, which never exceeds {@link #MAX_KEY_LENGTH}.
 *
 * <p>Thread-safe and stateless.
 */
public final class UrlCanonicalizer {

  /** Longest {@link #key} returned; a 10 kB URL must not become a 10 kB cache key. */
  public static final int MAX_KEY_LENGTH = 2048;

  private static final int MAX_UNWRAP = 3;

  private static final Set<String> TRACKING_PARAMS =
      Set.of(
          "fbclid",
          "gclid",
          "gclsrc",
          "dclid",
          "gbraid",
          "wbraid",
          "msclkid",
          "yclid",
          "ysclid",
          "twclid",
          "ttclid",
          "li_fat_id",
          "mc_cid",
          "mc_eid",
          "_ga",
          "_gl",
          "_hsenc",
          "_hsmi",
          "igshid",
          "igsh",
          "mkt_tok",
          "oly_anon_id",
          "oly_enc_id",
          "vero_id",
          "vero_conv",
          "wickedid",
          "rb_clickid",
          "s_cid",
          "ncid",
          "cmpid",
          "ocid",
          "sr_share",
          "ref_src",
          "ref_url",
          "__twitter_impression",
          "fb_action_ids",
          "fb_action_types",
          "fb_ref",
          "fb_source",
          "action_object_map",
          "action_type_map",
          "action_ref_map",
          "_openstat",
          "spm",
          "scm",
          "si",
          "amp",
          "amp_js_v",
          "amp_gsa",
          "usqp",
          "outputtype");
  private static final List<String> TRACKING_PREFIXES =
      List.of("utm_", "pk_", "mtm_", "hsa_", "at_", "ga_");

  private static final Pattern NAVER_ARTICLE_PATH =
      Pattern.compile("/article/(?:comment/)?(\\d{3,4})/(\\d{5,12})(?:/|$)");
  private static final Pattern DIGITS = Pattern.compile("\\d{1,12}");
  private static final Pattern DAUM_PATH = Pattern.compile("^/v/([A-Za-z0-9]{6,40})/?$");
  private static final Pattern GOOGLE_HOST =
      Pattern.compile("(www\\.)?google\\.[a-z]{2,3}(\\.[a-z]{2})?");
  private static final Pattern PERCENT = Pattern.compile("%([0-9a-fA-F]{2})");
  private static final Set<String> SECOND_LEVEL =
      Set.of("co", "or", "go", "ac", "ne", "re", "pe", "com", "net", "org", "gov", "edu");

  /** Returns the canonical URL, or the input (trimmed) when it cannot be parsed. */
  public String canonicalize(String url) {
    HttpUrl parsed = parse(url);
    if (parsed == null) {
      return url.strip();
    }
    return canonical(unwrap(parsed));
  }

  /**
   * The canonical URL as a bounded key: at most {@link #MAX_KEY_LENGTH} characters; a longer one is
   * cut and ends in {@code #} and the SHA-256 of the whole, so distinct URLs keep distinct keys.
   */
  public String key(String url) {
    return keyOf(canonicalize(url));
  }

  /** {@link #key(String)} for {@link #canonicalize(String, String)}. */
  public String key(String url, @Nullable String pageCanonical) {
    return keyOf(canonicalize(url, pageCanonical));
  }

  /**
   * Like {@link #canonicalize(String)}, but an AMP page defers to its own {@code rel=canonical}
   * when that points into the same site and at an article rather than the home page.
   *
   * @param pageCanonical the page's {@code <link rel=canonical>} (absolute or relative), if any
   */
  public String canonicalize(String url, @Nullable String pageCanonical) {
    HttpUrl parsed = parse(url);
    if (parsed == null) {
      return url.strip();
    }
    HttpUrl unwrapped = unwrap(parsed);
    if (pageCanonical != null && (isAmp(parsed) || isAmp(unwrapped))) {
      HttpUrl canonical = unwrapped.resolve(pageCanonical.strip());
      if (canonical != null
          && !canonical.encodedPath().equals("/")
          && site(canonical.host()).equals(site(unwrapped.host()))) {
        return canonical(unwrap(canonical));
      }
    }
    return canonical(unwrapped);
  }

  /** True for AMP variants: AMP caches and viewers, {@code amp.} hosts, {@code /amp} paths. */
  public boolean isAmp(String url) {
    HttpUrl parsed = parse(url);
    return parsed != null && isAmp(parsed);
  }

  private static @Nullable HttpUrl parse(String url) {
    String text = url.strip();
    if (text.length() > 64 * 1024) {
      return null;
    }
    return HttpUrl.parse(text);
  }

  // --- redirect wrappers and AMP caches ---------------------------------------------------------

  private static HttpUrl unwrap(HttpUrl url) {
    HttpUrl current = url;
    for (int i = 0; i < MAX_UNWRAP; i++) {
      HttpUrl target = wrappedTarget(current);
      if (target == null) {
        return current;
      }
      current = target;
    }
    return current;
  }

  private static @Nullable HttpUrl wrappedTarget(HttpUrl url) {
    String host = url.host();
    String path = url.encodedPath();
    String target = null;
    if (GOOGLE_HOST.matcher(host).matches() && path.equals("/url")) {
      target = firstNonNull(url.queryParameter("q"), url.queryParameter("url"));
    } else if (GOOGLE_HOST.matcher(host).matches() && path.startsWith("/amp/")) {
      target = ampCacheTarget(path.substring("/amp/".length()));
    } else if (host.endsWith(".cdn.ampproject.org") && path.matches("^/[a-z]+/.*")) {
      // /c/s/example.com/path, /v/s/..., /i/s/...
      String rest = path.substring(path.indexOf('/', 1) + 1);
      target = ampCacheTarget(rest);
    } else if (Set.of("l.facebook.com", "lm.facebook.com", "l.messenger.com", "l.instagram.com")
        .contains(host)) {
      target = url.queryParameter("u");
    } else if (host.equals("www.youtube.com") && path.equals("/redirect")) {
      target = url.queryParameter("q");
    } else if (host.equals("slack-redir.net") || host.equals("out.reddit.com")) {
      target = url.queryParameter("url");
    } else if (host.equals("duckduckgo.com") && path.startsWith("/l/")) {
      target = url.queryParameter("uddg");
    } else if (host.equals("link.naver.com") || host.equals("away.vk.com")) {
      target = firstNonNull(url.queryParameter("url"), url.queryParameter("to"));
    } else if (host.endsWith("search.naver.com") && path.startsWith("/p/crd/rd")) {
      target = url.queryParameter("u");
    } else if (host.equals("t.umblr.com")) {
      target = url.queryParameter("z");
    } else if (host.equals("href.li")) {
      target = url.encodedQuery();
    } else if (host.equals("www.bing.com") && path.equals("/ck/a")) {
      target = bingTarget(url.queryParameter("u"));
    }
    if (target == null) {
      return null;
    }
    HttpUrl parsed = HttpUrl.parse(target.strip());
    return parsed == null || parsed.equals(url) ? null : parsed;
  }

  /** {@code s/example.com/path} (https) or {@code example.com/path} (http) after an AMP cache. */
  private static @Nullable String ampCacheTarget(String rest) {
    if (rest.startsWith("s/")) {
      return "https://" + rest.substring(2);
    }
    return rest.isEmpty() ? null : "http://" + rest;
  }

  private static @Nullable String bingTarget(@Nullable String u) {
    if (u == null || !u.startsWith("a1")) {
      return null;
    }
    try {
      return new String(Base64.getUrlDecoder().decode(u.substring(2)), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static boolean isAmp(HttpUrl url) {
    String host = url.host();
    String path = url.encodedPath().toLowerCase(Locale.ROOT);
    return host.startsWith("amp.")
        || host.endsWith(".cdn.ampproject.org")
        || (GOOGLE_HOST.matcher(host).matches() && path.startsWith("/amp/"))
        || path.endsWith("/amp")
        || path.endsWith("/amp/")
        || path.endsWith(".amp")
        || path.endsWith(".amp.html")
        || path.startsWith("/amp/")
        || url.queryParameter("amp") != null
        || "amp".equalsIgnoreCase(url.queryParameter("outputType"));
  }

  // --- portals ---------------------------------------------------------------------------------

  private static @Nullable String portalKey(HttpUrl url) {
    String host = url.host();
    if (host.equals("naver.com") || host.endsWith(".naver.com")) {
      Matcher m = NAVER_ARTICLE_PATH.matcher(url.encodedPath());
      if (m.find()) {
        return naverKey(m.group(1), m.group(2));
      }
      String oid = url.queryParameter("oid");
      String aid = url.queryParameter("aid");
      if (oid != null
          && aid != null
          && DIGITS.matcher(oid).matches()
          && DIGITS.matcher(aid).matches()) {
        return naverKey(oid, aid);
      }
    }
    if (host.equals("daum.net") || host.endsWith(".daum.net")) {
      Matcher m = DAUM_PATH.matcher(url.encodedPath());
      if (m.matches()) {
        return "https://v.daum.net/v/" + m.group(1);
      }
    }
    return null;
  }

  private static String naverKey(String oid, String aid) {
    // oid is the press (3 digits, zero-padded), aid the article (10 digits, zero-padded).
    String press = oid.length() < 3 ? "0".repeat(3 - oid.length()) + oid : oid;
    String article = aid.length() < 10 ? "0".repeat(10 - aid.length()) + aid : aid;
    return "https://n.news.naver.com/article/" + press + "/" + article;
  }

  // --- generic ---------------------------------------------------------------------------------

  private static String canonical(HttpUrl url) {
    String portal = portalKey(url);
    if (portal != null) {
      return portal;
    }
    String host = url.host();
    if (host.endsWith(".")) {
      host = host.substring(0, host.length() - 1);
    }
    if (host.startsWith("amp.") && host.indexOf('.', 4) > 0) {
      host = host.substring(4);
    }
    boolean defaultPort = url.port() == HttpUrl.defaultPort(url.scheme());
    String scheme = defaultPort ? "https" : url.scheme();
    StringBuilder out = new StringBuilder(scheme).append("://");
    out.append(host.indexOf(':') >= 0 ? "[" + host + "]" : host);
    if (!defaultPort) {
      out.append(':').append(url.port());
    }
    out.append(canonicalPath(url.encodedPath()));
    String query = canonicalQuery(url.encodedQuery());
    if (!query.isEmpty()) {
      out.append('?').append(query);
    }
    return out.toString();
  }

  private static String canonicalPath(String encodedPath) {
    String path = normalizeEscapes(encodedPath);
    String lower = path.toLowerCase(Locale.ROOT);
    if (lower.endsWith("/amp/")) {
      path = path.substring(0, path.length() - "amp/".length()); // WordPress: /slug/amp/ -> /slug/
    } else if (lower.endsWith("/amp")) {
      path = path.substring(0, path.length() - "/amp".length()); // /news/123/amp -> /news/123
    } else if (lower.endsWith(".amp.html")) {
      path = path.substring(0, path.length() - ".amp.html".length()) + ".html";
    } else if (lower.endsWith(".amp")) {
      path = path.substring(0, path.length() - ".amp".length());
    }
    if (path.toLowerCase(Locale.ROOT).startsWith("/amp/")) {
      path = path.substring("/amp".length()); // /amp/news/123 -> /news/123
    }
    return path.isEmpty() ? "/" : path;
  }

  private static String canonicalQuery(@Nullable String encodedQuery) {
    if (encodedQuery == null || encodedQuery.isEmpty()) {
      return "";
    }
    record Param(String name, String raw) {}
    List<Param> kept = new ArrayList<>();
    for (String pair : encodedQuery.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      String rawName = pair.contains("=") ? pair.substring(0, pair.indexOf('=')) : pair;
      String name = decode(rawName).toLowerCase(Locale.ROOT);
      if (name.isEmpty() || isTracking(name, pair)) {
        continue;
      }
      kept.add(new Param(name, normalizeEscapes(pair)));
    }
    kept.sort(Comparator.comparing(Param::name)); // stable: repeated names keep their order
    StringBuilder out = new StringBuilder();
    for (Param p : kept) {
      if (out.length() > 0) {
        out.append('&');
      }
      out.append(p.raw());
    }
    return out.toString();
  }

  private static boolean isTracking(String name, String pair) {
    if (name.equals("outputtype")) {
      return pair.toLowerCase(Locale.ROOT).endsWith("=amp");
    }
    if (TRACKING_PARAMS.contains(name)) {
      return true;
    }
    for (String prefix : TRACKING_PREFIXES) {
      if (name.startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }

  /** Upper-case hex in escapes; unreserved characters ({@code A-Z a-z 0-9 - . _ ~}) unescaped. */
  private static String normalizeEscapes(String encoded) {
    Matcher m = PERCENT.matcher(encoded);
    StringBuilder out = new StringBuilder(encoded.length());
    while (m.find()) {
      int value = Integer.parseInt(m.group(1), 16);
      boolean unreserved =
          (value >= 'A' && value <= 'Z')
              || (value >= 'a' && value <= 'z')
              || (value >= '0' && value <= '9')
              || value == '-'
              || value == '.'
              || value == '_'
              || value == '~';
      String replacement =
          unreserved ? String.valueOf((char) value) : "%" + m.group(1).toUpperCase(Locale.ROOT);
      m.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static String decode(String raw) {
    try {
      return java.net.URLDecoder.decode(raw, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return raw;
    }
  }

  /** The registrable part of a host, roughly: {@code example.co.kr}, {@code example.com}. */
  private static String site(String host) {
    String[] labels = host.split("\\.");
    int n = labels.length;
    if (n <= 2) {
      return host;
    }
    boolean countrySecondLevel =
        labels[n - 1].length() == 2 && SECOND_LEVEL.contains(labels[n - 2]);
    int keep = countrySecondLevel ? 3 : 2;
    return String.join(".", java.util.Arrays.copyOfRange(labels, n - keep, n));
  }

  /**
   * The store and cache key of an already canonical URL: the URL itself, or, past {@link
   * #MAX_KEY_LENGTH}, its start plus a SHA-256 of the whole (a 10 kB URL must not become a 10 kB
   * key).
   */
  public static String keyOf(String canonicalUrl) {
    String key = canonicalUrl;
    if (key.length() <= MAX_KEY_LENGTH) {
      return key;
    }
    String hash = sha256(key);
    int cut = MAX_KEY_LENGTH - hash.length() - 1;
    // Do not cut inside a percent-escape or a surrogate pair.
    int percent = key.lastIndexOf('%', cut - 1);
    if (percent >= 0 && percent > cut - 3) {
      cut = percent;
    }
    if (Character.isHighSurrogate(key.charAt(cut - 1))) {
      cut--;
    }
    return key.substring(0, cut) + "#" + hash;
  }

  private static String sha256(String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is always available", e);
    }
  }

  private static @Nullable String firstNonNull(@Nullable String a, @Nullable String b) {
    return a != null ? a : b;
  }
}
