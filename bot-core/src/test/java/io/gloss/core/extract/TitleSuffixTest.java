package io.gloss.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TitleSuffixTest {
  private static final String HEADLINE = "Harbor council approves ferry budget";

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiterString = " => ",
      value = {
        // the outlet after the headline: the part furthest from it
        "Harbor council approves ferry budget – Coastal Information Service => Coastal Information"
            + " Service",
        "Harbor council approves ferry budget | News | Island Ledger => Island Ledger",
        "Harbor council approves ferry budget - [Ledger.net] => Ledger.net",
        "Harbor council approves ferry budget_科技_光明日报网 => 光明日报网",
        // the outlet before the headline
        "Island Ledger | Harbor council approves ferry budget => Island Ledger",
        "Island Ledger: Harbor council approves ferry budget => Island Ledger",
        // not a site: a section, a place, a lower-case phrase, a byline, nothing left
        "Harbor council approves ferry budget | News => ",
        "Harbor council approves ferry budget - Nassau / Paradise Island, Bahamas => ",
        "privacy policy: Harbor council approves ferry budget => ",
        "Harbor council approves ferry budget - By jdoe => ",
        "Harbor council approves ferry budget => ",
        // the headline is not in the head title: which part is the site cannot be told
        "Ferry money approved | Island Ledger => "
      })
  void site_isThePartOfTheHeadTitleLeftAroundTheHeadline(String headTitle, String expected) {
    assertThat(TitleSuffix.site(headTitle, HEADLINE)).isEqualTo(expected);
  }

  @Test
  void aShortHeadline_mayItselfBeAPartOfTheSite_soNothingIsRead() {
    // "Mozilla - Wikipedia" with the headline "Wikipedia": the leftover is the story, not the site.
    assertThat(TitleSuffix.site("Mozilla - Wikipedia", "Wikipedia")).isNull();
    assertThat(TitleSuffix.site("Harbor news - Island Ledger", "Harbor news")).isNull();
  }
}
