package io.gloss.core.extract;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Display names of the main outlets that have no site rule, by host: the page's own {@code
 * og:site_name} is often a slug ({@code detroitnews}) or a syndication label.
 */
final class SiteNames {
  private SiteNames() {}

  private static final Map<String, String> BY_HOST =
      Map.ofEntries(
          Map.entry("reuters.com", "Reuters"),
          Map.entry("apnews.com", "Associated Press"),
          Map.entry("ap.org", "Associated Press"),
          Map.entry("bbc.co.uk", "BBC News"),
          Map.entry("bbc.com", "BBC News"),
          Map.entry("theguardian.com", "The Guardian"),
          Map.entry("nytimes.com", "The New York Times"),
          Map.entry("washingtonpost.com", "The Washington Post"),
          Map.entry("wsj.com", "The Wall Street Journal"),
          Map.entry("detroitnews.com", "The Detroit News"),
          Map.entry("freep.com", "Detroit Free Press"),
          Map.entry("usatoday.com", "USA Today"),
          Map.entry("bloomberg.com", "Bloomberg"),
          Map.entry("cnbc.com", "CNBC"),
          Map.entry("cnn.com", "CNN"),
          Map.entry("npr.org", "NPR"),
          Map.entry("nature.com", "Nature"),
          Map.entry("space.com", "Space.com"),
          Map.entry("theverge.com", "The Verge"),
          Map.entry("wired.com", "Wired"),
          Map.entry("newyorker.com", "The New Yorker"),
          Map.entry("theatlantic.com", "The Atlantic"),
          Map.entry("ft.com", "Financial Times"),
          Map.entry("economist.com", "The Economist"),
          Map.entry("latimes.com", "Los Angeles Times"),
          Map.entry("politico.com", "Politico"),
          Map.entry("axios.com", "Axios"),
          Map.entry("foxnews.com", "Fox News"),
          Map.entry("nbcnews.com", "NBC News"),
          Map.entry("cbsnews.com", "CBS News"),
          Map.entry("abcnews.go.com", "ABC News"),
          Map.entry("independent.co.uk", "The Independent"),
          Map.entry("telegraph.co.uk", "The Telegraph"),
          Map.entry("dailymail.co.uk", "Daily Mail"),
          Map.entry("koreaherald.com", "The Korea Herald"),
          Map.entry("koreatimes.co.kr", "The Korea Times"),
          Map.entry("koreajoongangdaily.joins.com", "Korea JoongAng Daily"),
          Map.entry("en.yna.co.kr", "Yonhap News Agency"),
          Map.entry("etnews.com", "전자신문"),
          Map.entry("seoul.co.kr", "서울신문"),
          Map.entry("segye.com", "세계일보"),
          Map.entry("kmib.co.kr", "국민일보"),
          Map.entry("munhwa.com", "문화일보"),
          Map.entry("sedaily.com", "서울경제"),
          Map.entry("heraldcorp.com", "헤럴드경제"),
          Map.entry("asiae.co.kr", "아시아경제"),
          Map.entry("fnnews.com", "파이낸셜뉴스"),
          Map.entry("ohmynews.com", "오마이뉴스"),
          Map.entry("pressian.com", "프레시안"),
          Map.entry("nocutnews.co.kr", "노컷뉴스"),
          Map.entry("mbn.co.kr", "MBN"),
          Map.entry("ichannela.com", "채널A"),
          Map.entry("tvchosun.com", "TV조선"),
          Map.entry("yonhapnewstv.co.kr", "연합뉴스TV"),
          Map.entry("bloter.net", "블로터"),
          Map.entry("inews24.com", "아이뉴스24"),
          Map.entry("dt.co.kr", "디지털타임스"));

  /** "Outlet | tagline", "Outlet - tagline", "Outlet – the tagline": the separator before it. */
  private static final Pattern TAGLINE_SEPARATOR = Pattern.compile("\\s+[|–—-]\\s+");

  /** "Belize News and Opinion on www.example.com": the address after "on". */
  private static final Pattern ON_ADDRESS =
      Pattern.compile("\\s+on\\s+(?:www\\.)?[\\w-]+(?:\\.[\\w-]+)+/?$");

  /** "JPost.com", "www.example.co.uk": a site's address after its name. */
  private static final Pattern ADDRESS = Pattern.compile("(?:www\\.)?[\\w-]+(?:\\.[\\w-]+)+");

  /**
   * The outlet's name without the tagline some pages put in {@code og:site_name}: "WSVN 7News |
   * Miami News, Weather, Sports", "Yahoo News - Latest News &amp; Headlines", "The Jerusalem Post |
   * JPost.com". A one-word part after the separator ("Nine - News") may be part of the name and
   * stays.
   */
  static String withoutTagline(String site) {
    String name = ON_ADDRESS.matcher(site).replaceFirst("");
    String[] parts = TAGLINE_SEPARATOR.split(name, 2);
    if (parts.length == 2
        && parts[0].strip().length() >= 2
        && (parts[1].strip().contains(" ") || ADDRESS.matcher(parts[1].strip()).matches())) {
      return parts[0].strip();
    }
    return name.strip();
  }

  /** Blog platforms whose name a hosted blog's pages give as their site name. */
  private static final Map<String, String> PLATFORM_HOSTS =
      Map.of(
          "blogger", "blogger.com",
          "blogspot", "blogspot.com",
          "wordpress", "wordpress.com",
          "wordpress.com", "wordpress.com",
          "tumblr", "tumblr.com");

  /**
   * Whether the page's site name is only the platform that hosts the blog ("Blogger" on
   * linknaija.com): the reader knows the blog by its own name or address, not the platform's.
   */
  static boolean isHostingPlatform(String site, String url) {
    String platformHost = PLATFORM_HOSTS.get(site.strip().toLowerCase(Locale.ROOT));
    String host = SiteRules.host(url);
    return platformHost != null
        && host != null
        && !host.equals(platformHost)
        && !host.endsWith("." + platformHost);
  }

  /** Words of a company's legal or group name after its brand: "Nature Publishing Group UK". */
  private static final Pattern CORPORATE_TAIL =
      Pattern.compile(
          "(?:\\s+(?:Publishing|Publishers|Group|Media|Inc\\.?|Ltd\\.?|LLC|Limited|Plc|PLC|Corporation"
              + "|Corp\\.?|Company|Co\\.?|Holdings|GmbH|AG|Network|Networks|Digital|Interactive"
              + "|Newspapers|Communications|UK|US|USA))+$");

  /**
   * A company's name whose first part is the brand the host spells ("Nature Publishing Group UK" on
   * nature.com, "Vox Media" on vox.com) reads as that brand; any other name stays as it is.
   */
  static String brandOfCompany(String site, String url) {
    Matcher tail = CORPORATE_TAIL.matcher(site);
    String host = SiteRules.host(url);
    if (host == null || !tail.find() || tail.start() == 0) {
      return site;
    }
    String brand = site.substring(0, tail.start()).strip();
    String letters = brand.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    for (String label : host.toLowerCase(Locale.ROOT).split("\\.")) {
      if (letters.length() >= 3 && label.replace("-", "").equals(letters)) {
        return brand;
      }
    }
    return site;
  }

  /** The outlet's display name for a URL's host, or null when it is not a known outlet. */
  static @Nullable String forUrl(@Nullable String url) {
    String host = url == null ? null : SiteRules.host(url);
    if (host == null) {
      return null;
    }
    for (String h = host; h.contains("."); h = h.substring(h.indexOf('.') + 1)) {
      String name = BY_HOST.get(h);
      if (name != null) {
        return name;
      }
    }
    return null;
  }
}
