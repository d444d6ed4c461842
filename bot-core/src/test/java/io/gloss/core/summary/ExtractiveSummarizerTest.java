package io.gloss.core.summary;

import static org.assertj.core.api.Assertions.assertThat;

import io.gloss.core.domain.AnalyzedArticle;
import io.gloss.core.domain.Article;
import io.gloss.core.domain.Bullet;
import io.gloss.core.domain.Note;
import io.gloss.core.domain.RequestOrigin;
import io.gloss.core.domain.SummaryDraft;
import io.gloss.core.domain.SummaryMode;
import io.gloss.core.domain.SummaryStyle;
import io.gloss.core.text.DefaultTextAnalyzer;
import io.gloss.core.text.SampleArticles;
import io.gloss.core.text.Words;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExtractiveSummarizerTest {
  private final DefaultTextAnalyzer analyzer = new DefaultTextAnalyzer();
  private final ExtractiveSummarizer summarizer = new ExtractiveSummarizer(new Words());

  private SummaryDraft summarize(Article article, SummaryStyle style, String language) {
    return summarizer.summarize(analyzer.analyze(article), style, language, RequestOrigin.CLI);
  }

  @Test
  void summarize_koreanBrief_threeCleanWholeSentencesMostImportantFirst() {
    AnalyzedArticle analyzed = analyzer.analyze(SampleArticles.korean());

    SummaryDraft draft =
        summarizer.summarize(analyzed, SummaryStyle.BRIEF, "ko", RequestOrigin.CLI);

    assertThat(draft.mode()).isEqualTo(SummaryMode.EXTRACTIVE);
    assertThat(draft.model()).isNull();
    assertThat(draft.explanations()).isEmpty();
    assertThat(draft.notes()).isEmpty();
    assertThat(draft.bullets()).hasSize(3);
    List<Integer> ids = draft.bullets().stream().map(b -> b.sentenceIds().get(0)).toList();
    assertThat(ids).doesNotHaveDuplicates();
    for (Bullet bullet : draft.bullets()) {
      assertThat(bullet.sentenceIds()).hasSize(1);
      assertThat(analyzed.sentences().get(bullet.sentenceIds().get(0)).text())
          .endsWith(bullet.text());
      assertThat(bullet.text()).doesNotContain("기자 =", "(세종=", "@", "가상뉴스").endsWith(".");
    }
    assertThat(draft.bullets().get(0).text()).startsWith("정부가 소버린 AI");
  }

  @Test
  void summarize_short_givesOneBullet() {
    assertThat(summarize(SampleArticles.korean(), SummaryStyle.SHORT, "ko").bullets()).hasSize(1);
  }

  @Test
  void summarize_styleThatNeedsLlm_givesBriefWithKoreanNote() {
    SummaryDraft draft = summarize(SampleArticles.korean(), SummaryStyle.FIVE_W_ONE_H, "ko");

    assertThat(draft.bullets()).hasSize(3);
    assertThat(draft.notes()).extracting(Note::code).containsExactly("style_needs_llm");
    assertThat(draft.notes().get(0).message()).contains("언어 모델");
  }

  @Test
  void summarize_otherLanguageWanted_addsTranslationNote() {
    SummaryDraft draft = summarize(SampleArticles.korean(), SummaryStyle.SIMPLE, "en");

    assertThat(draft.notes())
        .extracting(Note::code)
        .containsExactly("style_needs_llm", "translation_needs_llm");
  }

  @Test
  void summarize_englishReplyToKoreanArticle_notesInEnglish() {
    SummaryDraft draft = summarize(SampleArticles.korean(), SummaryStyle.SIMPLE, "en");

    assertThat(draft.notes())
        .extracting(Note::message)
        .allMatch(m -> m.contains("language model"))
        .noneMatch(m -> m.contains("언어 모델"));
  }

  @Test
  void summarize_english_skipsBylineCaptionAndQuoteOnlyLines() {
    SummaryDraft draft = summarize(SampleArticles.english(), SummaryStyle.BRIEF, "en");

    assertThat(draft.notes()).isEmpty();
    assertThat(draft.bullets()).hasSize(3);
    assertThat(draft.bullets())
        .extracting(Bullet::text)
        .noneMatch(t -> t.startsWith("\"") || t.startsWith("Photo") || t.startsWith("By "))
        .noneMatch(t -> t.contains("(CNN)"));
    assertThat(draft.bullets().get(0).text()).startsWith("The city council approved");
  }

  @Test
  void summarize_nearDuplicateSentences_onlyOneIsChosen() {
    Article article =
        article(
            List.of(
                "정부가 내년 반도체 연구 예산을 3조원으로 크게 늘리기로 했다.",
                "정부가 내년 반도체 연구 예산을 3조원으로 크게 늘리기로 결정했다.",
                "업계는 인력 양성 대책이 함께 나와야 한다고 지적했다.",
                "예산은 국회 심의를 거쳐 12월에 확정된다.",
                "지방 대학에는 별도의 연구 거점이 생긴다."));

    SummaryDraft draft = summarize(article, SummaryStyle.BRIEF, "ko");

    assertThat(draft.bullets()).hasSize(3);
    assertThat(draft.bullets())
        .extracting(b -> b.sentenceIds().get(0))
        .doesNotContainSequence(0, 1);
  }

  @Test
  void summarize_captionParagraph_isNeverABullet() {
    Article article =
        article(
            List.of(
                "시청 앞 광장에서 시민들이 행사를 지켜보고 있다.(사진=가상뉴스)",
                "시는 올해 축제 예산을 20억원으로 늘린다고 밝혔다.",
                "축제는 10월 첫 주말에 사흘 동안 열린다."));

    SummaryDraft draft = summarize(article, SummaryStyle.BRIEF, "ko");

    assertThat(draft.bullets()).extracting(Bullet::text).noneMatch(t -> t.contains("사진"));
    assertThat(draft.bullets()).hasSize(2);
  }

  @Test
  void summarize_answersMarkedWithTriangles_areBulletsWithoutTheMark() {
    Article article =
        article(
            List.of(
                "-- 누가 발행할 수 있나.",
                "▲ 자기자본 50억원 이상을 갖추고 금융위원회 인가를 받은 법인만 발행할 수 있다.",
                "-- 준비금은 안전한가.",
                "▲ 법은 준비금의 100% 이상을 예금과 국채로 보유하도록 했다.",
                "-- 이자는 주나.",
                "▲ 스테이블코인에는 이자를 붙일 수 없도록 법에 명시됐다."));

    SummaryDraft draft = summarize(article, SummaryStyle.BRIEF, "ko");

    assertThat(draft.bullets())
        .extracting(Bullet::text)
        .containsExactlyInAnyOrder(
            "자기자본 50억원 이상을 갖추고 금융위원회 인가를 받은 법인만 발행할 수 있다.",
            "법은 준비금의 100% 이상을 예금과 국채로 보유하도록 했다.",
            "스테이블코인에는 이자를 붙일 수 없도록 법에 명시됐다.");
  }

  @Test
  void summarize_triangleCaptionOutsideQuestionsAndAnswers_isStillNoBullet() {
    Article article =
        article(
            List.of(
                "▲ 시청 앞 광장에서 시민들이 축제 개막을 기다리고 있다.",
                "시는 올해 축제 예산을 20억원으로 늘린다고 밝혔다.",
                "축제는 10월 첫 주말에 사흘 동안 열린다."));

    SummaryDraft draft = summarize(article, SummaryStyle.BRIEF, "ko");

    assertThat(draft.bullets()).extracting(Bullet::text).noneMatch(t -> t.contains("광장"));
  }

  @Test
  void summarize_hugeArticle_ranksOnlyTheFirstSentences() {
    List<String> paragraphs = new java.util.ArrayList<>();
    List<String> places = List.of("광장", "시청", "학교", "공원", "도서관", "시장", "항구");
    List<String> topics = List.of("예산안", "교통 대책", "주택 공급", "의료 개혁", "기후 정책", "교육 과정");
    for (int i = 0; i < 5000; i++) {
      paragraphs.add(
          "시민 " + i + "명이 " + places.get(i % 7) + "에서 " + topics.get(i % 6) + "에 대한 의견을 나눴다.");
    }

    SummaryDraft draft = summarize(article(paragraphs), SummaryStyle.BRIEF, "ko");

    assertThat(draft.bullets()).hasSize(3);
    assertThat(draft.bullets())
        .allMatch(b -> b.sentenceIds().get(0) < ExtractiveSummarizer.MAX_CANDIDATES);
  }

  @Test
  void summarize_pronounSubject_onlyRightAfterItsAntecedent() {
    Article article =
        article(
            List.of(
                "시는 올해 축제 예산을 20억원으로 늘린다고 밝혔다.",
                "축제는 10월 첫 주말에 사흘 동안 열리며 관광객 30만명을 기대한다.",
                "그는 예산 20억원 가운데 절반을 안전 관리에 쓰겠다고 강조했다.",
                "시민 단체는 축제 기간 교통 통제 구간을 줄여 달라고 요구했다."));

    SummaryDraft draft = summarize(article, SummaryStyle.BRIEF, "ko");

    List<String> texts = draft.bullets().stream().map(Bullet::text).toList();
    int pronoun = texts.indexOf(article.paragraphs().get(2));
    if (pronoun >= 0) {
      assertThat(pronoun).isPositive();
      assertThat(texts.get(pronoun - 1)).isEqualTo(article.paragraphs().get(1));
    }
    assertThat(texts).doesNotContain("").hasSize(3);
  }

  @Test
  void summarize_koreanStraightNews_leadIsABulletEvenWithoutANumber() {
    // The lead says what happened; the sentences after it are full of figures, which the quantity
    // signal likes. The lead is still a bullet, and comes first.
    List<String> paragraphs =
        List.of(
            "한빛시 경전철 2호선의 첫 전동차가 12일 차량기지에 들어왔다.",
            "시는 2028년까지 전동차 36량을 들여오고 예산 1800억원을 쓸 계획이다.",
            "차량 값은 한 량에 21억원으로 5년 전보다 15% 올라 역대 최고다.",
            "정거장 18곳, 길이 16.2㎞로 시 철도 사업 가운데 최대 규모다.",
            "하루 이용객은 개통 첫해 7만명으로 예상된다.");
    // The headline says most about the plan in the second sentence: the lead still comes first.
    Article news = korean("예산 1800억원 들여 2028년까지 36량 도입", paragraphs);

    List<String> bullets = bulletTexts(news, "ko");

    assertThat(bullets).first().isEqualTo(paragraphs.get(0));
  }

  @Test
  void summarize_koreanInterviewOpeningOnItsScene_leadIsNotForced() {
    List<String> paragraphs =
        List.of(
            "지난 3일 서울 성수동 사무실에서 만난 김하람 대표는 배터리 재활용 시장이 곧 커진다고 말했다.",
            "회사는 폐배터리 1t에서 리튬 52㎏을 뽑아내는 공정을 개발해 올해 매출 320억원을 올렸다.",
            "내년에는 충남 공장을 증설해 처리 용량을 연 2만t으로 두 배 늘린다.",
            "직원 수는 140명으로 3년 전의 세 배가 됐다.",
            "그는 정부가 재활용 원료 인증제를 서둘러 도입해야 한다고 강조했다.");
    Article interview = korean("배터리 재활용 스타트업 대표 \"시장 곧 커진다\"", paragraphs);

    List<String> bullets = bulletTexts(interview, "ko");

    assertThat(bullets).doesNotContain(paragraphs.get(0)).hasSize(3);
  }

  @Test
  void summarize_shortSentenceCompletingTheLead_isReadWithItInOneBullet() {
    // A Korean lead often ends on a short sentence that only completes it ("…11년 만이다."): it
    // leans on the lead, so it cannot stand alone, and as a bullet of its own it would take a slot.
    Article article =
        korean(
            "한빛 경전철 개통…착공 9년 만",
            List.of(
                "한빛시 경전철 1호선이 28일 개통했다. 2017년 첫 삽을 뜬 지 9년 만이다.",
                "1호선은 시청에서 한빛역까지 12.4㎞ 구간에 정거장 14곳을 잇는다. 출퇴근 시간에는 4분 간격으로 다닌다.",
                "시는 하루 이용객을 5만명으로 내다봤다.",
                "이 때문에 시는 개통 첫 달 요금을 절반으로 깎아 주는 방안을 검토했으나 재정 부담을 이유로 최종안에서는 빼기로 했다고 밝혔다.",
                "2호선은 2031년 개통을 목표로 내년 착공한다."));

    List<Bullet> bullets = summarize(article, SummaryStyle.BRIEF, "ko").bullets();

    assertThat(bullets)
        .filteredOn(b -> b.text().contains("9년 만이다"))
        .singleElement()
        .satisfies(
            b -> {
              assertThat(b.text()).isEqualTo("한빛시 경전철 1호선이 28일 개통했다. 2017년 첫 삽을 뜬 지 9년 만이다.");
              assertThat(b.sentenceIds()).containsExactly(0, 1);
            });
    // A long sentence leaning on the one before it is never folded into another bullet.
    assertThat(bullets).noneMatch(b -> b.text().contains("이 때문에") && b.sentenceIds().size() > 1);
    assertThat(bullets).hasSize(3);
  }

  @Test
  void summarize_teaserLabelAndDateline_neverBulletsAndDatelineTrimmed() {
    Article article =
        english(
            List.of(
                "ISLAMABAD, March 4 (Reuters) - Pakistan's central bank held its key rate at 12%"
                    + " on Monday, citing rising food prices.",
                "What does this mean for borrowers?",
                "BOTTOM LINE: Rates will stay high until inflation falls below 8%.",
                "The bank said inflation reached 9.5% in February, up from 8.1% in January.",
                "Analysts expect the first cut in June if fuel prices stay flat."));

    SummaryDraft draft = summarize(article, SummaryStyle.BRIEF, "en");

    assertThat(draft.bullets())
        .extracting(Bullet::text)
        .hasSize(3)
        .noneMatch(t -> t.endsWith("?") || t.startsWith("BOTTOM") || t.contains("(Reuters)"))
        .contains(
            "Pakistan's central bank held its key rate at 12% on Monday, citing rising food"
                + " prices.");
  }

  @Test
  void summarize_koreanColumn_givesItsClaimWithoutTheConnectiveItOpensWith() {
    // The columnist's claim ("…해야 한다") opens with "그래서", which alone would make it lean on the
    // sentence before it; without the connective it stands, and a claim counts in a column.
    Article column =
        korean(
            "[칼럼] 동네 서점이 사라지는 이유",
            List.of(
                "지난달 단골 서점이 문을 닫았다.",
                "전국 서점 수는 2015년 2100곳에서 올해 1500곳으로 줄었다.",
                "온라인 서점의 할인과 무료 배송이 손님을 데려갔고 임대료는 5년 새 40% 올랐다.",
                "그래서 정부는 지역 서점에 임대료 일부를 지원하는 제도를 서둘러 만들어야 한다.",
                "도서정가제 논쟁은 여전히 제자리다.",
                "책을 사는 사람은 줄고 책을 파는 곳은 더 빨리 줄어든다.",
                "서점 한 곳이 사라지면 동네의 작은 도서관 하나가 사라지는 셈이다."));

    List<String> bullets = bulletTexts(column, "ko");

    assertThat(bullets).contains("정부는 지역 서점에 임대료 일부를 지원하는 제도를 서둘러 만들어야 한다.");
  }

  @Test
  void summarize_englishColumn_givesWhatTheWriterArguesFor() {
    List<String> paragraphs =
        List.of(
            "Last winter my neighbour gave up on the number 12 bus.",
            "Fares in the city have risen 40% since 2019, to $3.25 a ride.",
            "Ridership fell from 210,000 trips a day to 150,000 over the same five years.",
            "The council should freeze fares for two years and pay for it from the parking levy.",
            "Other cities have tried other things.",
            "Some of them worked for a while.",
            "My neighbour still walks to work on most days.");
    Article column =
        english(
            "https://news.example.com/opinion/bus-fares",
            "Opinion: Cheaper buses are the cheapest fix",
            paragraphs);

    List<String> bullets = bulletTexts(column, "en");

    assertThat(bullets).contains(paragraphs.get(3));
  }

  @Test
  void summarize_column_prefersTheClosingArgumentOverTheOpeningAnecdote() {
    Article article =
        new Article(
            "https://news.example.kr/opinion/column/1",
            "https://news.example.kr/opinion/column/1",
            null,
            "[칼럼] 연금 개혁, 더 미룰 수 없다",
            "가상일보",
            List.of("칼럼 · 이수정 교수"),
            null,
            null,
            "ko",
            null,
            null,
            List.of(
                "지난주 동네 약국에서 만난 한 어르신은 연금 통지서를 한참 들여다보셨다.",
                "어르신은 약값을 계산하며 한숨을 쉬셨다.",
                "젊은 직장인들도 보험료 고지서를 받을 때마다 불안을 호소한다.",
                "숫자는 분명하다.",
                "기금은 지금 구조라면 2055년에 바닥난다.",
                "국회는 올해 안에 보험료율과 소득대체율을 함께 조정하는 연금 개혁안을 처리해야 한다.",
                "개혁을 미룰수록 미래 세대가 떠안을 부담은 더 커진다."),
            List.of());

    SummaryDraft draft = summarize(article, SummaryStyle.BRIEF, "ko");

    assertThat(draft.bullets())
        .extracting(Bullet::text)
        .contains("국회는 올해 안에 보험료율과 소득대체율을 함께 조정하는 연금 개혁안을 처리해야 한다.")
        .doesNotContain("어르신은 약값을 계산하며 한숨을 쉬셨다.");
  }

  @Test
  void summarize_koreanDaysOfTheMonth_sayWhenNotWhatHappened() {
    // Every sentence after the lead dates itself ("9일", "3일 저녁"); a date is no quantity, so the
    // lead that says what the headline says is not crowded out by them.
    Article article =
        korean(
            "구청 '주민투표제' 도입 또 미뤄져",
            List.of(
                "한빛구청이 주민참여예산 심사에 주민투표제를 도입하는 방안을 논의했지만 이번에도 결론을 내지 못했다.",
                "한빛구청은 9일 오전 구청 회의실에서 주민참여위원회를 열었으나 결론 없이 회의를 마쳤다."
                    + " 위원회는 지난 2일과 5일에도 같은 안건을 다뤘다.",
                "당초 구청은 3일 저녁 위원회를 열어 심사 방식을 정할 계획이었지만 7일로 한 차례 미뤘다.",
                "구청 관계자는 11일 구의회 업무보고에서 다음 회의를 23일 전후로 잡겠다고 말했다.",
                "주민참여위원회 위원들은 14일 따로 모여 28일까지 의견을 모으기로 했다."));

    List<String> bullets = bulletTexts(article, "ko");

    assertThat(bullets).first().asString().contains("주민투표제를 도입하는 방안");
  }

  @Test
  void summarize_koreanMatchReport_carriesTheScoreNotTheMinutesOfEachGoal() {
    // The minute of a goal says when ("전반 12분"), as a day of the month does; the score says what
    // happened. The sentence with the result is a bullet, the one counting the goal minutes is not.
    Article article =
        korean(
            "한솔FC, 승부차기 없이 시민컵 정상",
            List.of(
                "프로축구 한솔FC가 시민컵 결승에서 정상에 올랐다.",
                "한솔FC는 30일 한빛종합운동장에서 열린 시민컵 결승에서 청람유나이티드를 2-1로 이겼다.",
                "청람이 전반 9분 프리킥으로 앞섰지만 한솔은 후반 15분과 후반 38분 연속 골을 넣었다.",
                "관중은 2만1000명으로 대회 최다였다.",
                "한솔FC 감독은 경기 뒤 선수들이 끝까지 뛰어 줬다며 팬들에게 고마움을 전했다.",
                "한솔FC는 다음 달 아시아 클럽 대회에 나선다.",
                "시민컵은 올해로 열두 번째를 맞았다."));

    List<String> bullets = bulletTexts(article, "ko");

    assertThat(bullets).anyMatch(b -> b.contains("2-1로 이겼다")).noneMatch(b -> b.contains("전반 9분"));
  }

  @Test
  void summarize_chinese_wholeSentencesNeitherHeadingNorCaption() {
    // Chinese puts no space after a sentence and none between words: sentences are split at 。 and
    // measured in characters, so a subheading and a photo caption are no longer the only choice.
    Article article =
        new Article(
            "https://news.example.cn/a/1",
            "https://news.example.cn/a/1",
            null,
            "市图书馆扩建工程明年开工",
            "示例新闻",
            List.of(),
            null,
            null,
            "zh",
            null,
            null,
            List.of(
                "图为市图书馆新馆效果图。",
                "市政府周一宣布，市图书馆扩建工程将于明年三月开工，总投资约十二亿元。新馆建成后藏书量将增加一倍，阅览座位超过三千个。",
                "扩建是大势所趋",
                "市文化局局长表示，现有馆舍已经使用三十年，每天接待的读者远远超过设计容量。扩建期间，老馆将照常开放，只有部分阅览室临时关闭。",
                "不少市民对扩建表示欢迎。一位退休教师说，她每周都会带孙子来借书，希望新馆能有更大的儿童阅览区。"),
            List.of());

    List<String> bullets = bulletTexts(article, "zh");

    assertThat(bullets).hasSize(3);
    assertThat(bullets.get(0)).isEqualTo("市政府周一宣布，市图书馆扩建工程将于明年三月开工，总投资约十二亿元。");
    assertThat(bullets)
        .allSatisfy(b -> assertThat(b).endsWith("。").containsOnlyOnce("。"))
        .noneMatch(b -> b.startsWith("图为") || b.startsWith("扩建是大势所趋"));
  }

  @Test
  void summarize_emptyBody_givesNoBullets() {
    assertThat(summarize(article(List.of()), SummaryStyle.BRIEF, "ko").bullets()).isEmpty();
  }

  @Test
  void summarize_textWithoutSentencePunctuation_stillLeavesOutItsDateStamp() {
    // A page in a script without full stops (as Thai is) or a list: no sentence ends like one,
    // so every line is a candidate, but the page's date-and-time stamp is still none.
    Article unpunctuated =
        english(
            List.of(
                "The ferry board met in the old harbour office to weigh three offers for the route",
                "Monday, 22 January 2018 at 0:13",
                "The lowest offer came from a local firm that runs two boats on the lake today",
                "A decision on the winning offer is expected from the board before the summer"));

    List<String> bullets =
        summarize(unpunctuated, SummaryStyle.BRIEF, "en").bullets().stream()
            .map(b -> b.text())
            .toList();

    assertThat(bullets).hasSize(3).noneMatch(b -> b.contains("0:13"));
  }

  private List<String> bulletTexts(Article article, String language) {
    return summarize(article, SummaryStyle.BRIEF, language).bullets().stream()
        .map(Bullet::text)
        .toList();
  }

  private static Article english(List<String> paragraphs) {
    return english("https://news.example.com/world/1", "Pakistan holds rates at 12%", paragraphs);
  }

  private static Article english(String url, String title, List<String> paragraphs) {
    return new Article(
        url,
        url,
        null,
        title,
        "Example News",
        List.of(),
        null,
        null,
        "en",
        null,
        null,
        paragraphs,
        List.of());
  }

  private static Article korean(String title, List<String> paragraphs) {
    String url = "https://news.example.kr/a/1";
    return new Article(
        url,
        url,
        null,
        title,
        "가상뉴스",
        List.of(),
        null,
        null,
        "ko",
        null,
        null,
        paragraphs,
        List.of());
  }

  private static Article article(List<String> paragraphs) {
    return korean("시 예산 늘린다", paragraphs);
  }
}
