package io.gloss.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The letter-indexed form of the class-name word lists finds exactly what the plain regex finds.
 */
class WordAlternationTest {
  private static final List<String> WORDS =
      List.of(
          "ad",
          "ads",
          "adslot",
          "ad slot",
          "header",
          "head",
          "share",
          "shares",
          "reshare",
          "sns",
          "snsx",
          "menu",
          "mainmenu",
          "extra",
          "extras",
          "relate",
          "related",
          "pager",
          "pagers",
          "body",
          "tbody",
          "main",
          "domain",
          "and",
          "band",
          "post",
          "compost",
          "tags list",
          "tag list",
          "taglist",
          "login",
          "bloglogin",
          "가",
          "나눔",
          "article",
          "view",
          "preview",
          "x",
          "1",
          "2col",
          "gnb",
          "lnb",
          "snb",
          "footer",
          "subfooter",
          "dable",
          "widget",
          "text",
          "context",
          "entry",
          "sentry",
          "credit",
          "ticker",
          "keyword",
          "modal",
          "promo",
          "popular");

  private static List<String> samples() {
    Random random = new Random(7);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < 20_000; i++) {
      int n = 1 + random.nextInt(4);
      StringBuilder b = new StringBuilder();
      for (int k = 0; k < n; k++) {
        if (k > 0) {
          b.append(random.nextInt(5) == 0 ? "" : " ");
        }
        b.append(WORDS.get(random.nextInt(WORDS.size())));
      }
      out.add(b.toString());
    }
    return out;
  }

  @Test
  void compiledForm_findsExactlyWhatThePlainRegexFinds() {
    for (String words : List.of(Boilerplate.UNLIKELY_WORDS, Boilerplate.MAYBE_WORDS)) {
      Pattern plain = Pattern.compile(words);
      WordAlternation fast = new WordAlternation(words);
      int matched = 0;
      for (String sample : samples()) {
        boolean expected = plain.matcher(sample).find();
        assertThat(fast.find(sample)).as(sample).isEqualTo(expected);
        matched += expected ? 1 : 0;
      }
      // Both outcomes are exercised.
      assertThat(matched).isBetween(100, 19_900);
    }
  }
}
