package io.gloss.core.summary;

import static org.assertj.core.api.Assertions.assertThat;

import io.gloss.core.domain.Article;
import io.gloss.core.text.SampleArticles;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class GenreTest {
  private static final String FILLER = "시의회는 이날 본회의에서 도서관 운영 시간을 밤 열 시까지 늘리는 조례안을 통과시켰다고 밝혔다.";

  private static Article article(String title, List<String> paragraphs) {
    return SampleArticles.plain("ko", title, paragraphs);
  }

  private static List<String> news(String... extra) {
    List<String> paragraphs = new ArrayList<>(List.of(FILLER, FILLER, FILLER));
    paragraphs.addAll(List.of(extra));
    return paragraphs;
  }

  @Test
  void plainReport_isNews() {
    assertThat(Genre.of(article("도서관 밤 열 시까지", news()))).isEqualTo(Genre.NEWS);
  }

  @Test
  void broadcastScript_isRecognizedByItsMarkerOrItsSignOff() {
    assertThat(Genre.of(article("제목", news("[앵커] 오늘 밤 소식입니다.")))).isEqualTo(Genre.BROADCAST);
    assertThat(Genre.of(article("제목", news("  [리포트]현장에 나가 있습니다.")))).isEqualTo(Genre.BROADCAST);
    assertThat(Genre.of(article("제목", news("KBS 뉴스 한바다 기자입니다.")))).isEqualTo(Genre.BROADCAST);
    assertThat(Genre.of(article("제목", news("현장에서 한바다 기자가 보도합니다")))).isEqualTo(Genre.BROADCAST);
    // The sign-off counts only at the end of a paragraph, the marker only at its start.
    assertThat(Genre.of(article("제목", news("그는 \"저는 기자입니다.\"라고 말했다.")))).isEqualTo(Genre.NEWS);
    assertThat(Genre.of(article("제목", news("회의록에는 [앵커] 표기가 남아 있었다.")))).isEqualTo(Genre.NEWS);
  }

  @Test
  void questionsAndAnswers_makeAnInterview_onlyAtTheStartOfParagraphs() {
    List<String> interview = news("Q. 왜 늘렸나요?", "A: 시민 요청이 많았다.", "문) 예산은?", "답. 충분하다.");
    assertThat(Genre.of(article("제목", interview))).isEqualTo(Genre.INTERVIEW);

    List<String> quoted = news("질문은 Q. 로 시작했다.", "그는 A: 라고 썼다.", "표에는 문) 이 있었다.");
    assertThat(Genre.of(article("제목", quoted))).isEqualTo(Genre.NEWS);
  }

  @Test
  void timeStampedParagraphs_makeALiveBlog() {
    List<String> live =
        List.of(
            "10:05 a.m. The council opened its session.",
            "10:20 The first vote passed.",
            "오후 2시 결과가 발표됐다.",
            "11:40 PM Members left the chamber.",
            "The session will resume tomorrow morning after the recess.");
    assertThat(Genre.of(article("Live updates", live))).isEqualTo(Genre.LIVE);

    List<String> stampsInside =
        List.of(
            "The vote came at 10:05 a.m. after a long debate in the chamber.",
            "It passed at 10:20 with a wide margin among the members present.",
            "Results were read at 11:40 PM by the clerk of the council.",
            "Another count at 12:10 confirmed the outcome for everyone.",
            "The session will resume tomorrow morning after the recess.");
    assertThat(Genre.of(article("Council vote", stampsInside))).isEqualTo(Genre.NEWS);
  }
}
