package io.gloss.core.summary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BulletRulesTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "시는 올해 축제 예산을 20억원으로 늘린다고 밝혔다.|NONE",
        "This year the council will spend $4 million on the bridge.|NONE",
        "The former mayor opposed the plan for two years.|NONE",
        "He said the plan would fail without more money.|DANGLING",
        "He’s a fierce questioner, ready to trap advocates.|DANGLING",
        "It's the third rise in a row.|DANGLING",
        "Hershey's sales rose in the quarter.|NONE",
        "But the council rejected the proposal on Tuesday.|DANGLING",
        "It comes after a decade of delays over the cost.|DANGLING",
        "그는 예산이 부족하다고 말했다.|DANGLING",
        "그건 어떤 결론이 나더라도 잘못된 일이다.|DANGLING",
        "이건희 회장은 1987년 그룹을 물려받았다.|NONE",
        "이어 정부는 추가 대책을 내놓겠다고 덧붙였다.|DANGLING",
        "그 3년이 앞으로는 5년이 된다.|DANGLING",
        "전력거래소가 발전을 멈추라는 지시를 내렸기 때문입니다.|DANGLING",
        "우려 업종으로 분류됐기 때문이다.|DANGLING",
        "대구 수성구의 12층짜리 오피스텔입니다.|DANGLING",
        "2009년 금융위기 이후 최고 수준인데요.|DANGLING",
        "이 건물은 대구 수성구의 12층짜리 오피스텔입니다.|NONE",
        "환율은 2009년 이후 최고 수준인데요.|NONE",
        "정규시간 90분을 2-2로 마친 뒤 연장 후반 7분에 터진 교체 선수의 결승 골로 승부를 갈랐다.|DANGLING",
        "울산은 29일 결승에서 포항을 3-2로 꺾었다.|NONE",
        "2030년대 초 첫 호기를 착공한다는 목표다.|DANGLING",
        "내년 2분기 엔비디아의 가속기에 납품하는 것이 목표다.|DANGLING",
        "회사는 내년 2분기 납품하는 것이 목표다.|NONE",
        "발전소가 있는 지역은 전기가 남는다.|NONE",
        "그린벨트 해제 면적은 여의도의 두 배에 이른다.|NONE",
        "또 지방 대학에는 별도 연구 거점이 생긴다.|DANGLING",
        "지난 20일 공공병원에서 만난 최 원장은 지역의사제를 두고 이렇게 말했다.|DANGLING",
        "김 장관은 15일 기자간담회에서 이같이 밝혔다.|DANGLING",
        "연구팀은 실험 결과를 다음과 같이 설명했다.|DANGLING",
        "그는 동료들과 같이 연구실을 차렸다.|DANGLING",
        "김 교수는 동료들과 같이 연구실을 차렸다.|NONE",
        "당시 내과 전문의는 그를 포함해 2명뿐이었다.|DANGLING",
        "당시 정부는 지원금을 두 배로 늘렸다.|DANGLING",
        "당시의 기록은 모두 사라졌다.|NONE",
        "그래서 그는 회사를 떠났다.|DANGLING",
        "BOTTOM LINE: The bridge opens in 2029 at the earliest.|LABEL",
        "ATENÇÃO: Comentários ofensivos não serão publicados pelo moderador.|LABEL",
        "[앵커] 오늘 국회에서 예산안이 통과됐습니다.|LABEL",
        "Q. 이번 계획의 핵심은 무엇인가요.|LABEL",
        "그렇다면 왜 일정을 앞당기는 걸까.|TEASER",
        "What does this mean for commuters?|TEASER",
        "자세한 내용 김민수 기자가 보도합니다.|TEASER",
        "시민들이 광장에 모여 있다.(사진=가상뉴스)|CAPTION",
        "Crowds gather at the harbor on Monday. (AP Photo/Jane Roe)|CAPTION",
        "In this photo dated Tuesday, the rocket is installed on a launch pad.|CAPTION",
        "This undated image shows the lander on the pad.|CAPTION",
        "In this file photo, crowds wait at the gate.|CAPTION",
        "In this case the image of the company suffered.|NONE",
        "图为港口的新码头。|CAPTION",
        "写真は完成した新しい駅舎。|CAPTION",
        "Listen to the harbor show live at 12:45 on weekdays - or listen back here.|TEASER",
        "Listening to residents, the council changed the plan.|NONE",
        "(We never did settle on one, unlike our towns, which are packed with them.)|FRAGMENT",
        "(The firm did not answer a request for comment by Friday.)|FRAGMENT",
        "(A) and (B) were both approved by the board on Monday.|NONE",
        "You can choose a $60 Annual Subscription or a $5 Weekly Pass.|TEASER",
        "Volunteers watch results on screens in Port Ellen, Harborland, February 8, 2024.|CAPTION",
        "The new law takes effect on January 1, 2025.|NONE",
        "Submit your letter to the editor via this form.|TEASER",
        "Read more letters to the editor from our readers.|TEASER",
        "Please enter a valid email address.|TEASER",
        "Please view our advertising policy page for more information.|TEASER",
        "Opinions expressed are solely those of the author and not the editors.|TEASER",
        "The views in this column do not necessarily reflect those of the paper.|TEASER",
        "［有料会員限定］ この記事は会員限定です。|TEASER",
        "電子版に登録すると続きをお読みいただけます。|TEASER",
        "转播到腾讯微博|TEASER",
        "出国后：国家未来将如何发展？|TEASER",
        "We may earn a commission when you buy through links on this page.|TEASER",
        "Plus special access to select articles and other premium content with your account.|TEASER",
        "Support our journalism by becoming a member if you can.|TEASER",
        "The firm's subscription revenue rose 12% to $4 billion.|NONE",
        "좋은 기사를 위해 구독과 후원을 부탁드립니다. 많은 참여 바랍니다.|TEASER",
        "유료 구독자가 100만 명을 넘어섰다.|NONE",
        "입력 2025.08.04 18:53 수정 2025.08.04 19:10|DATELINE",
        "\"예산만으로는 부족하다.\"|FRAGMENT",
        "[이준형/한국전력 본부장 : \"송전선로 11개 가운데 8개가 늦어지고 있습니다.\"]|FRAGMENT",
        "said the plan would be reviewed next year by the board.|FRAGMENT",
        "\"We will not stop, he said at the rally in the city.|FRAGMENT",
        "과연 이번에는 다를까요.”|TEASER",
        "정부는 무엇을 해야 하는가.|TEASER",
        "Is this the end?)|TEASER",
        "해답은 아직 없다?.|NONE",
        "다음 달 자세한 내용을 정리했습니다.|TEASER",
        "Watch the full interview with the minister on our site today.|TEASER",
        "세입자들의 보증금은 모두 합쳐 14억 원.|FRAGMENT",
        "전남 신안의 한 태양광 발전단지.|FRAGMENT",
        "결국 값은 소비자가 치르게 되겠지.|DANGLING",
        "시는 “내년부터 요금을 올린다”고 밝혔다…!)|NONE",
        "Traders said the yen fell (left) against the dollar on Friday.|CAPTION",
        "Officials pictured the plan as a turning point for the city.|CAPTION",
        "The startup raised $10 million, bringing its total raised to over…|FRAGMENT",
        "The port authority started a $6 million project which will see 20 parks,...|FRAGMENT",
        "The board said the ferry may be suspended and its owner may soon....|FRAGMENT",
        "The singer's dress was stolen right out of her hotel room ...|NONE",
        "The board met for an hour. Then it voted.|NONE",
        "The mayor said the plan would cost 2 million...|FRAGMENT",
        "시장은 결국 아무 말도 하지 않았다…|NONE",
        "Tareq Salem: Ich bin über das Mittelmeer nach Italien gekommen.|LABEL",
        "Eugênio: Estamos fazendo uma série de brincadeiras na universidade.|LABEL",
        "Prof. Carlos: Estou aqui ao lado do Eugênio Tadeu, que já é de casa.|LABEL",
        "The reason was simple: the port had run out of money.|NONE",
        "Ont voté contre : 10 députés socialistes et 35 UMP.|NONE",
        "Two things changed: prices rose and the ferry stopped.|NONE",
        "Harbor Quest: Fallen Tides is a game that is many things to different people.|NONE",
        "segunda-feira, 22 de janeiro de 2018 às 0:13|DATELINE",
        "21 ม.ค.2561 เวลาประมาณ 12.00 น.|DATELINE",
        "Sunday, March 3, 2024 at 10:45 GMT|DATELINE",
        "The vote starts at 10:00 on 5 May 2025 in the town hall.|NONE",
        "Polls close at 8:00 tonight across the state.|NONE"
      })
  void reject_table(String sentence, BulletRules.Reject expected) {
    assertThat(BulletRules.reject(sentence)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "ISLAMABAD, March 4 (Reuters) - Pakistan's central bank held rates.|Pakistan's central bank held rates.",
        "(서울=뉴스1) 홍길동 기자 = 정부가 예산을 늘렸다.|정부가 예산을 늘렸다.",
        "Prices rose 3%. (Reporting by Jane Roe; Editing by John Doe)|Prices rose 3%.",
        "정부가 예산을 늘렸다.|정부가 예산을 늘렸다.",
        "The S&P 500 .SPX lost 1.85 points, and Brent LCOc1 fell.|The S&P 500 lost 1.85 points, and Brent fell.",
        "The euro EUR= rose 0.05% as .NET apps shipped.|The euro rose 0.05% as .NET apps shipped.",
        "• It was a slow first quarter for both teams.|It was a slow first quarter for both teams.",
        "- 시는 예산을 늘렸다.|시는 예산을 늘렸다.",
        "-3% is the forecast for next year.|-3% is the forecast for next year.",
        "그래서 정년 연장은 임금체계 개편과 한 묶음이어야 한다.|정년 연장은 임금체계 개편과 한 묶음이어야 한다.",
        "따라서, 시는 예산을 늘렸다.|시는 예산을 늘렸다.",
        "결국 정부는 계획을 접었다.|정부는 계획을 접었다.",
        "결국은 돈 문제다.|결국은 돈 문제다.",
        "즉시 대피하라는 문자가 왔다.|즉시 대피하라는 문자가 왔다."
      })
  void trim_removesDatelineCreditAndAConclusionsConnective(String sentence, String expected) {
    assertThat(BulletRules.trim(sentence)).isEqualTo(expected);
  }

  @Test
  void reject_tableRowRenderedWithCellSeparators_isNoSentence() {
    assertThat(BulletRules.reject("DL | Tom Ridley | 63 | 85% | One tackle for a loss."))
        .isEqualTo(BulletRules.Reject.FRAGMENT);
    assertThat(BulletRules.reject("Fees | 0.60% per trade, lower for big traders."))
        .isEqualTo(BulletRules.Reject.FRAGMENT);
    assertThat(BulletRules.reject("| 0.60% per trade, lower for big traders."))
        .isEqualTo(BulletRules.Reject.FRAGMENT);
    assertThat(BulletRules.reject("Fees rose to 0.60% per trade, lower for big traders."))
        .isEqualTo(BulletRules.Reject.NONE);
  }

  @ParameterizedTest(name = "[{0}]")
  @CsvSource(
      delimiter = '|',
      value = {
        "'one two three'|3",
        "'tabs\tand  double  spaces '|4",
        "''|0",
        "'   '|0",
        "'한국어 문장 네 단어'|4"
      })
  void wordCount_countsWordsBetweenWhiteSpace(String text, int words) {
    assertThat(ExtractiveSummarizer.wordCount(text)).isEqualTo(words);
  }
}
