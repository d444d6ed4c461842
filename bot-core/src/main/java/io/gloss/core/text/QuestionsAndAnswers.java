package io.gloss.core.text;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The answers of a question-and-answer article: an interview ("-왜 큐비트 숫자가 더는 중요하지 않나." then the
 * guest's words in quotes) or an explainer ("-- 누가 발행할 수 있나." then "▲ 자기자본 50억원 이상을…", "Q. …" then
 * "A. …"). Their first sentence carries an answer mark or an opening quote and their last a closing
 * one, which would make a caption, a label or a broken quote of sentences that hold the article's
 * facts. Here the answers lose those marks, and nothing else.
 *
 * <p>A page is one only when a question is answered by a plain paragraph at least twice: the items
 * of a dash-led list ("- 반도체 수출 증가", "- 자동차 수출 감소") follow one another. Stateless and thread-safe.
 */
public final class QuestionsAndAnswers {
  private QuestionsAndAnswers() {}

  /**
   * A question's mark: a dash or two (the horizontal bar "―" too), Q or 문 with a stop, an arrow.
   */
  private static final Pattern QUESTION_MARK =
      Pattern.compile("^(?:[-–—―]{1,2}\\s*|(?:Q|문)\\s?[.:)]\\s*|[▶►■]\\s*)(?=\\S)");

  /** An answer's mark: ▲ or △, A or 답 with a stop and a space ("A.I." is no mark). */
  private static final Pattern ANSWER_MARK = Pattern.compile("^(?:[▲△]\\s*|(?:A|답)\\s?[.:)]\\s+)");

  private static final int MAX_QUESTION_CHARS = 200;
  private static final int MIN_PAIRS = 2;

  /**
   * The paragraphs that answer a question: from the one after a question to the one before the next
   * question. Empty when the page is not a question-and-answer article.
   */
  public static Set<Integer> answers(List<String> paragraphs) {
    Set<Integer> answers = new HashSet<>();
    int pairs = 0;
    boolean answering = false;
    for (int p = 0; p < paragraphs.size(); p++) {
      if (isQuestion(paragraphs.get(p))
          || (questionMarked(paragraphs.get(p))
              && p + 1 < paragraphs.size()
              && opensWithQuote(paragraphs.get(p + 1)))) {
        boolean answered = p + 1 < paragraphs.size() && !questionMarked(paragraphs.get(p + 1));
        pairs += answered ? 1 : 0;
        answering = answered;
      } else if (questionMarked(paragraphs.get(p))) {
        answering = false; // an item of a list
      } else if (answering) {
        answers.add(p);
      }
    }
    return pairs >= MIN_PAIRS ? answers : Set.of();
  }

  /**
   * The answer as it reads without its marks: no answer mark before it, no quotation marks around
   * the whole of it (the guest's words, which the question already attributes).
   */
  public static String unmarked(String answer) {
    String s = withoutMark(answer.strip());
    if (quotedWhole(s)) {
      s = s.substring(1, s.length() - 1);
    }
    return s.strip();
  }

  private static String withoutMark(String text) {
    return ANSWER_MARK.matcher(text).replaceFirst("");
  }

  private static boolean isQuestion(String paragraph) {
    String s = paragraph.strip();
    return s.length() <= MAX_QUESTION_CHARS && questionMarked(s) && asks(s);
  }

  private static boolean questionMarked(String paragraph) {
    return QUESTION_MARK.matcher(paragraph.strip()).lookingAt();
  }

  /** Ends as a question does: "?", or a Korean question's ending before a full stop. */
  private static boolean asks(String s) {
    int end = s.length();
    while (end > 0 && ".?!\"”'’)".indexOf(s.charAt(end - 1)) >= 0) {
      end--;
    }
    if (s.indexOf('?', end) >= 0) {
      return true;
    }
    return end > 0 && "나가까은는요지냐니".indexOf(s.charAt(end - 1)) >= 0;
  }

  /**
   * An interviewer's prompt need not ask ("―10년 의무복무가 짧다는 지적도 있다."): a marked line answered by the
   * guest's words in quotes is a question too.
   */
  private static boolean opensWithQuote(String paragraph) {
    String s = paragraph.strip();
    return !s.isEmpty() && isOpeningQuote(s.charAt(0)) && !questionMarked(s);
  }

  /** The answer (without its mark) opens with a quotation mark that closes only at its end. */
  private static boolean quotedWhole(String answer) {
    if (answer.length() < 2 || !isOpeningQuote(answer.charAt(0))) {
      return false;
    }
    char close = answer.charAt(answer.length() - 1);
    if (answer.charAt(0) == '"') {
      return close == '"' && answer.chars().filter(c -> c == '"').count() == 2;
    }
    return close == '”' && answer.indexOf('“', 1) < 0 && answer.indexOf('”') == answer.length() - 1;
  }

  private static boolean isOpeningQuote(char c) {
    return c == '"' || c == '“';
  }
}
