package io.gloss.core.extract;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The site rules for the Korean portals and major outlets. Adding a site is one entry here plus a
 * fixture page and a line in {@code SiteRulesTest}.
 */
final class SiteRules {
  /** Cut from every site's body: captions, bylines, share bars, related lists, ads. */
  static final String COMMON_REMOVALS =
      "figcaption, .caption, [class*=caption], .byline, .copyright, .reporter, .journalist,"
          + " [class*=related], [class*=relate_], [class*=share], [class*=sns],"
          + " [class*=-ad-], .ad, .ads, [class*=banner], [class*=promotion], [class*=subscribe],"
          + " [class*=comment], [class*=recommend], [class*=keyword], [class*=tag_list],"
          + " [class*=photo_desc], [class*=img_desc], [class*=summary_view]";

  static final List<SiteRule> ALL =
      List.of(
          new SiteRule(
              "네이버 뉴스",
              List.of(
                  "news.naver.com",
                  "n.news.naver.com",
                  "m.news.naver.com",
                  "entertain.naver.com",
                  "sports.news.naver.com",
                  "m.entertain.naver.com",
                  "m.sports.naver.com",
                  "sports.naver.com"),
              "#dic_area, #newsct_article, #articeBody, #articleBodyContents, #newsEndContents,"
                  + " ._article_content",
              "#title_area, h2.media_end_head_headline, .end_tit, h4.title",
              "span.media_end_head_info_datestamp_time[data-date-time], .author em, .info span",
              "em.media_end_head_journalist_name, .byline_s, .byline p",
              ".media_end_summary, .end_photo_org, .img_desc, .vod_player_wrap, .nbd_table,"
                  + " .artical-btm, .source, .reporter_area, .media_end_correction, .promotion",
              true),
          new SiteRule(
              "다음뉴스",
              List.of(
                  "v.daum.net",
                  "news.v.daum.net",
                  "m.news.daum.net",
                  "news.daum.net",
                  "m.daum.net",
                  "entertain.daum.net",
                  "sports.daum.net"),
              "div.article_view, #harmonyContainer, #mArticle .news_view",
              "h3.tit_view, .head_view .tit_view",
              ".info_view .num_date, span.num_date",
              ".info_view .txt_info",
              ".txt_caption, .summary_view, .link_figure, .layer_util, .copyright_view",
              true),
          rule(
              "연합뉴스",
              "yna.co.kr",
              "div.story-news.article, #articleWrap .article, article.story-news",
              "h1.tit, h1.tit01",
              "p.update-time, .update-time",
              ".writer-zone01 .tit-name, .tit-name a",
              ".writer-zone01, .txt-copyright, .comp-box, .img-con, .desc-con, .banner-0-wrap, .tit-sub"),
          rule(
              "뉴스1",
              "news1.kr",
              "#articleBody, #articles_detail, .article-body-content",
              "h1.article-h2-header-title, h2.article-h2-header-title, #article_title",
              "#article_created",
              ".article-byline, .writer",
              ".article_photo, .article-subtitle, .writer"),
          rule(
              "뉴시스",
              "newsis.com",
              "#textBody, article .viewer, .view .viewer",
              "h1.tit.title_area, h1.tit",
              ".infoLine .txt, .date",
              ".reporter_name",
              ".summury, .thumCont, .img_desc, .view_text_banner"),
          rule(
              "조선일보",
              "chosun.com",
              "section.article-body, div.article-body, #news_body_id",
              "h1.article-header__headline, h1#news_title_text_id",
              ".upDate, .inputDate",
              ".article-byline__author",
              ".article-body__content-image, .article-subtitle"),
          rule(
              "중앙일보",
              "joongang.co.kr",
              "#article_body, .article_body",
              "h1.headline",
              ".datetime .date, time[itemprop=datePublished]",
              ".byline a",
              ".ab_photo, .ab_subtitle, .ab_related_article, .ab_byline"),
          rule(
              "동아일보",
              "donga.com",
              "section.news_view, #article_txt, .article_txt",
              "section.head_group h1, h1.title",
              "ul.news_info li, .date01",
              ".report",
              ".articlePhotoC, .sub_title, .article_footer, .view_ad06"),
          rule(
              "한겨레",
              "hani.co.kr",
              "div[class*=article-text], div.article-text, [class*=ArticleDetailContent], #a-left-scroll-in .text",
              "h3[class*=title], h4 .title, h1.title",
              "[class*=dateList] li, ul.date-time li, .date-time span",
              "[class*=reporter], .kiza-info",
              ".image-area, .image-desc, [class*=ArticleSubtitle]"),
          rule(
              "경향신문",
              "khan.co.kr",
              "#articleBody, .art_body, div.art_body",
              "h1.headline, #article_title",
              ".byline em, .art_info .date",
              ".byline a, .editor",
              ".art_photo, .sub_title, .art_subtit"),
          rule(
              "한국일보",
              "hankookilbo.com",
              "div.col-main[itemprop=articleBody], .col-main.read, .article-story, .col-main .read",
              "h2.title, h1.title, .article-headline h1",
              // The 2026 layout renders in the browser: the date is only in a hidden data element.
              ".info dl dd, .date, [data-deploy-dt]",
              ".writer .name, .author",
              ".editor-img-box, .sub-title, [class^=sub-tit], .more-news, .col-aside,"
                  + " .end-ad-container, .module-quote, .toast-popup, .tool-box, .img-box"),
          rule(
              "한국경제",
              "hankyung.com",
              "#articletxt, div.article-body, .article-body",
              "h1.headline",
              ".datetime .txt-date, .date-published .txt-date",
              ".author .item",
              ".article-figure, .figure-img, .summary, .article-summary"),
          rule(
              "매일경제",
              "mk.co.kr",
              ".news_cnt_detail_wrap, div[itemprop=articleBody], #article_body",
              "h2.news_ttl, h1.news_ttl",
              ".registration dd, .time_area .registration",
              ".author .name",
              ".thumb_area, .sub_title1, .mid_title, .sub_tit, .news_write_info_group"),
          rule(
              "머니투데이",
              "mt.co.kr",
              "#textBody, .view_text",
              "h1.subject, #article h1",
              ".date, .info .date",
              ".writer, .byline",
              ".article_photo, .subtitle, .con_sub_tit"),
          rule(
              "이데일리",
              "edaily.co.kr",
              ".news_body, #newsText",
              ".news_titles h1, .news_titles h2",
              ".dates ul li, .news_date",
              ".news_writer, .reporter_name",
              ".gg_textshow, .news_titles, .subtitle"),
          rule(
              "지디넷코리아",
              "zdnet.co.kr",
              "#articleBody, .view_cont, #content .sub_view_cont",
              ".news_head h1, h1.news_head",
              ".news_head .meta span, .date",
              ".reporter_name, .author",
              ".news_head, .sub_title, .view_img"),
          rule(
              "KBS",
              "news.kbs.co.kr",
              "#cont_newstext, .detail-body, .news-txt",
              "h4.headline-title, h2.tit",
              ".input-date, .dates .input-date",
              ".reporter-name, .name",
              ".view-img, .video-wrap, .reporter-area"),
          rule(
              "MBC",
              "imnews.imbc.com",
              "div.news_txt[itemprop=articleBody], div.news_txt",
              "h2.art_title",
              ".date .input",
              ".writer",
              ".news_img, .vod_area, .caption"),
          rule(
              "SBS",
              "news.sbs.co.kr",
              "div.text_area[itemprop=articleBody], div.main_text .text_area, div.text_area",
              "h1#news-title, #vmNewsTitle",
              ".date_area span, .article_info .date",
              ".name_area .name",
              ".article_image, .sub_title, .sbs_news_related"),
          rule(
              "YTN",
              "ytn.co.kr",
              "#CmAdContent, div.paragraph, .news_content .paragraph",
              "h2.news_title span, h2.news_title",
              ".news_info .date, .date",
              ".reporter, .news_info .reporter",
              ".ytn_copyright, .relate_news, .vod_wrap"),
          rule(
              "JTBC",
              "jtbc.co.kr",
              "div.article_content, #articlebody, .article_content_body",
              "h3#jtbcBody, h1.title, .title_cr",
              ".artical_date span, .date",
              ".reporter_name, .reporter",
              ".jtbc_vod, .news_related, .photo_area"));

  private SiteRules() {}

  private static SiteRule rule(
      String publisher,
      String host,
      String body,
      String title,
      String date,
      String author,
      String removals) {
    return new SiteRule(publisher, List.of(host), body, title, date, author, removals, false);
  }

  /** The rule for a page's URL or, failing that, its own canonical URL. */
  static Optional<SiteRule> forUrls(String url, @Nullable String pageCanonical) {
    Optional<SiteRule> rule = forUrl(url);
    if (rule.isEmpty() && pageCanonical != null) {
      rule = forUrl(pageCanonical);
    }
    return rule;
  }

  static Optional<SiteRule> forUrl(String url) {
    String host = host(url);
    if (host == null) {
      return Optional.empty();
    }
    return ALL.stream().filter(r -> r.matches(host)).findFirst();
  }

  static @Nullable String host(String url) {
    try {
      String host = URI.create(url.strip()).getHost();
      return host == null ? null : host.toLowerCase(Locale.ROOT);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
