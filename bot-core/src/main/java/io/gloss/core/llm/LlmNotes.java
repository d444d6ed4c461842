package io.gloss.core.llm;

import io.gloss.core.domain.Note;

/** The notes a reply carries about the model, in the reply language (Korean or English). */
final class LlmNotes {
  static final String FALLBACK = "llm_fallback";
  static final String DROPPED = "llm_bullets_dropped";

  private LlmNotes() {}

  static Note fallback(FallbackReason reason, String language) {
    if (korean(language)) {
      return Note.provisional(
          FALLBACK, "AI 요약을 쓸 수 없어(" + korean(reason) + ") 본문에서 뽑은 요약을 보여 드립니다.");
    }
    return Note.provisional(
        FALLBACK,
        "AI summary unavailable (" + english(reason) + "); showing the extractive summary.");
  }

  static Note dropped(int count, String language) {
    if (korean(language)) {
      return new Note(DROPPED, "기사에서 확인되지 않는 내용이 담긴 AI 요약 " + count + "줄을 뺐습니다.");
    }
    return new Note(
        DROPPED,
        "Removed "
            + count
            + (count == 1 ? " AI bullet that" : " AI bullets that")
            + " could not be checked against the article.");
  }

  private static boolean korean(String language) {
    return language.toLowerCase(java.util.Locale.ROOT).startsWith("ko");
  }

  private static String english(FallbackReason reason) {
    return switch (reason) {
      case NO_TEXT -> "no article text";
      case BUDGET -> "today's AI budget is used up";
      case UNAVAILABLE -> "the AI provider keeps failing, paused for a moment";
      case BUSY -> "too many AI requests at once";
      case TIMEOUT -> "the model took too long";
      case RATE_LIMITED -> "the provider's rate limit was hit";
      case PROVIDER_ERROR -> "the provider returned an error";
      case REFUSAL -> "the model declined";
      case EMPTY_OUTPUT -> "the model returned nothing";
      case MALFORMED -> "the model's answer was unreadable";
      case UNFAITHFUL -> "its bullets did not match the article";
    };
  }

  private static String korean(FallbackReason reason) {
    return switch (reason) {
      case NO_TEXT -> "기사 본문 없음";
      case BUDGET -> "오늘의 AI 사용 한도 소진";
      case UNAVAILABLE -> "AI 제공자 장애로 잠시 중단";
      case BUSY -> "AI 요청이 몰림";
      case TIMEOUT -> "응답 시간 초과";
      case RATE_LIMITED -> "AI 제공자 요청 한도 초과";
      case PROVIDER_ERROR -> "AI 제공자 오류";
      case REFUSAL -> "모델이 응답을 거부함";
      case EMPTY_OUTPUT -> "빈 응답";
      case MALFORMED -> "응답 형식 오류";
      case UNFAITHFUL -> "AI 요약이 기사 내용과 맞지 않음";
    };
  }
}
