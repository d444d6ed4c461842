package io.gloss.core.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import io.gloss.core.domain.AutoMode;
import io.gloss.core.domain.ChannelRef;
import io.gloss.core.domain.ChannelSettings;
import io.gloss.core.domain.FailureReason;
import io.gloss.core.domain.FetchedPage;
import io.gloss.core.domain.SummaryRequest;
import io.gloss.core.domain.SummaryResult;
import io.gloss.core.domain.SummaryStyle;
import io.gloss.core.port.in.LinkMessage;
import io.gloss.core.port.in.LinkPlan;
import io.gloss.core.port.in.LinkTrigger;
import io.gloss.core.port.in.SummarizeArticleUseCase;
import io.gloss.core.port.out.ChannelSettingsStore;
import io.gloss.core.port.out.Telemetry;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The rules of answering shared links, one place for both platforms. */
class LinkRepliesServiceTest {
  private static final ChannelRef CHANNEL = new ChannelRef("discord", "G1", "C1");
  private final Map<ChannelRef, ChannelSettings> saved = new HashMap<>();
  private final List<SummaryRequest> asked = new ArrayList<>();
  private final ChannelSettingsService channels =
      new ChannelSettingsService(
          new ChannelSettingsStore() {
            @Override
            public ChannelSettings get(ChannelRef channel) {
              return saved.getOrDefault(channel, ChannelSettings.defaults(channel));
            }

            @Override
            public void put(ChannelSettings value) {
              saved.put(value.channel(), value);
            }
          });

  private LinkRepliesService service(int perUser, int maxLinks) {
    return new LinkRepliesService(
        channels,
        new RateLimiter(RateLimiter.Limits.of(perUser, 1000), Clock.systemUTC(), Telemetry.NONE),
        new SummarizeArticleUseCase() {
          @Override
          public SummaryResult summarize(SummaryRequest request) {
            asked.add(request);
            if (request.url().contains("boom")) {
              throw new IllegalStateException("a bug below the use case");
            }
            return new SummaryResult.Failure(request.url(), FailureReason.NOT_HTML, "a PDF");
          }

          @Override
          public SummaryResult summarizePage(FetchedPage page, SummaryRequest request) {
            throw new UnsupportedOperationException("links are fetched");
          }
        },
        maxLinks);
  }

  private void mode(AutoMode mode) {
    saved.put(CHANNEL, new ChannelSettings(CHANNEL, mode, "en", SummaryStyle.SHORT));
  }

  private static LinkMessage message(LinkTrigger trigger, String... links) {
    return new LinkMessage(CHANNEL, "U1", List.of(links), trigger);
  }

  @Test
  void plan_eachModeAnswersItsTriggers_andAnExplicitAskAlways() {
    LinkRepliesService service = service(1000, 3);
    Map<AutoMode, List<LinkTrigger>> answered =
        Map.of(
            AutoMode.LINKS, List.of(LinkTrigger.PASTED, LinkTrigger.ASKED, LinkTrigger.UNFURL),
            AutoMode.REACTION, List.of(LinkTrigger.REACTION, LinkTrigger.ASKED, LinkTrigger.UNFURL),
            AutoMode.OFF, List.of(LinkTrigger.ASKED));
    for (AutoMode mode : AutoMode.values()) {
      mode(mode);
      for (LinkTrigger trigger : LinkTrigger.values()) {
        LinkPlan plan = service.plan(message(trigger, "https://news.example/a"));

        assertThat(plan instanceof LinkPlan.Answer)
            .as("%s in a %s channel", trigger, mode)
            .isEqualTo(answered.get(mode).contains(trigger));
      }
    }
  }

  @Test
  void plan_overTheCap_answersTheFirstAndCountsTheRest() {
    mode(AutoMode.LINKS);
    LinkPlan plan =
        service(1000, 2)
            .plan(
                message(
                    LinkTrigger.PASTED,
                    "https://a.example/1",
                    "https://b.example/2",
                    "https://c.example/3",
                    "https://d.example/4"));

    assertThat(plan).isInstanceOf(LinkPlan.Answer.class);
    LinkPlan.Answer answer = (LinkPlan.Answer) plan;
    assertThat(answer.links()).containsExactly("https://a.example/1", "https://b.example/2");
    assertThat(answer.omitted()).isEqualTo(2);
    assertThat(answer.settings().style()).isEqualTo(SummaryStyle.SHORT);
    assertThat(answer.origin().user()).isEqualTo("U1");
  }

  @Test
  void plan_budgetSpent_isRateLimited_andAnIgnoredTriggerTakesNoBudget() {
    mode(AutoMode.REACTION);
    LinkRepliesService service = service(1, 3);

    assertThat(service.plan(message(LinkTrigger.PASTED, "https://a.example/1")))
        .isInstanceOf(LinkPlan.Ignore.class);
    assertThat(service.plan(message(LinkTrigger.REACTION, "https://a.example/1")))
        .isInstanceOf(LinkPlan.Answer.class);
    LinkPlan second = service.plan(message(LinkTrigger.REACTION, "https://a.example/1"));
    assertThat(second).isInstanceOf(LinkPlan.RateLimited.class);
    assertThat(((LinkPlan.RateLimited) second).settings().language()).isEqualTo("en");
  }

  @Test
  void plan_noLinks_isIgnoredWithoutReadingTheBudget() {
    LinkRepliesService service = service(1, 3);

    assertThat(service.plan(message(LinkTrigger.ASKED))).isInstanceOf(LinkPlan.Ignore.class);
    assertThat(service.plan(message(LinkTrigger.ASKED, "https://a.example/1")))
        .isInstanceOf(LinkPlan.Answer.class);
  }

  @Test
  void summaries_everyOutcomeIsAnswered_aBugBelowBecomesAFailureNotAnException() {
    mode(AutoMode.LINKS);
    LinkRepliesService service = service(1000, 3);
    LinkPlan.Answer answer =
        (LinkPlan.Answer)
            service.plan(
                message(
                    LinkTrigger.PASTED, "https://a.example/report.pdf", "https://boom.example/"));

    List<SummaryResult> results = service.summaries(answer);

    assertThat(results).hasSize(2);
    assertThat(((SummaryResult.Failure) results.get(0)).reason()).isEqualTo(FailureReason.NOT_HTML);
    assertThat(((SummaryResult.Failure) results.get(1)).reason())
        .isEqualTo(FailureReason.EXTRACTION_FAILED);
    assertThat(asked).extracting(SummaryRequest::style).containsOnly(SummaryStyle.SHORT);
    assertThat(asked).extracting(SummaryRequest::language).containsOnly("en");
  }
}
