package io.gloss.config.llm;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gloss.core.domain.AnalyzedArticle;
import io.gloss.core.domain.Article;
import io.gloss.core.domain.Bullet;
import io.gloss.core.domain.RequestOrigin;
import io.gloss.core.domain.Sentence;
import io.gloss.core.domain.SummaryDraft;
import io.gloss.core.domain.SummaryMode;
import io.gloss.core.domain.SummaryStyle;
import io.gloss.core.port.out.Summarizer;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;

/** Fixtures for the LLM tests: an invented article, a fake extractive summarizer, fake replies. */
final class LlmTestKit {
  static final ObjectMapper JSON = new ObjectMapper();
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T01:00:00Z"), ZoneOffset.UTC);
  static final String CANONICAL = "https://news.example.kr/economy/2026/0302/hanbit";
  static final RequestOrigin ORIGIN =
      new RequestOrigin("slack", "T0WORKSPACE", "C0SECRETCHANNEL", "U0PRIVATEUSER");

  static final List<String> SENTENCES =
      List.of(
          "한빛전자가 내년까지 평택 반도체 공장에 3조원을 투자한다고 2일 밝혔다.",
          "김하늘 대표는 \"생산량을 10퍼센트 늘리겠다\"고 말했다.",
          "새 공장은 2026년 9월 착공해 1,200명을 고용할 예정이다.",
          "회사는 소버린AI 반도체 수요가 늘고 있다고 설명했다.",
          "업계는 이번 투자로 지역 경제가 살아날 것으로 본다.");

  private LlmTestKit() {}

  static AnalyzedArticle article() {
    return article(SENTENCES);
  }

  static AnalyzedArticle article(List<String> texts) {
    List<Sentence> sentences = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      sentences.add(new Sentence(i, i / 2, texts.get(i)));
    }
    Article article =
        new Article(
            CANONICAL + "?utm_source=chat",
            CANONICAL,
            null,
            "한빛전자, 평택에 3조원 투자",
            "가상일보",
            List.of("이가상"),
            null,
            null,
            "ko",
            null,
            null,
            texts,
            List.of());
    return new AnalyzedArticle(article, sentences, List.of("소버린AI", "파운드리"));
  }

  /** Stands in for the offline extractive summarizer: the first sentences, counted. */
  static final class FakeExtractive implements Summarizer {
    final AtomicInteger calls = new AtomicInteger();

    @Override
    public SummaryDraft summarize(
        AnalyzedArticle article, SummaryStyle style, String language, RequestOrigin origin) {
      calls.incrementAndGet();
      List<Bullet> bullets =
          article.sentences().stream()
              .limit(3)
              .map(s -> new Bullet(s.text(), List.of(s.id())))
              .toList();
      return new SummaryDraft(bullets, SummaryMode.EXTRACTIVE, null, List.of(), List.of());
    }
  }

  /** The structured answer a model gives: bullets with their sentence ids, and terms. */
  static String answer(List<String> bullets, List<List<Integer>> ids) {
    ObjectNode root = JSON.createObjectNode();
    ArrayNode array = root.putArray("bullets");
    for (int i = 0; i < bullets.size(); i++) {
      ObjectNode bullet = array.addObject();
      bullet.put("text", bullets.get(i));
      ArrayNode sentenceIds = bullet.putArray("sentence_ids");
      ids.get(i).forEach(sentenceIds::add);
    }
    ObjectNode term = root.putArray("terms").addObject();
    term.put("term", "소버린AI");
    term.put("explanation", "나라가 자체 데이터와 인프라로 운영하는 인공지능.");
    return root.toString();
  }

  static String goodAnswer() {
    return answer(
        List.of(
            "한빛전자가 평택 반도체 공장에 3조 원을 투자한다.",
            "김하늘 대표는 생산량을 10% 늘리겠다고 밝혔다.",
            "새 공장은 2026년 9월 착공해 1200명을 고용한다."),
        List.of(List.of(0), List.of(1), List.of(2)));
  }

  static MockWebServer start() throws Exception {
    MockWebServer server = new MockWebServer();
    server.start(InetAddress.getByName("127.0.0.1"), 0);
    return server;
  }

  static MockResponse json(String body) {
    return new MockResponse.Builder()
        .addHeader("Content-Type", "application/json")
        .body(body)
        .build();
  }

  static MockResponse status(int code, String body) {
    return new MockResponse.Builder()
        .code(code)
        .addHeader("Content-Type", "application/json")
        .body(body)
        .build();
  }

  /** An OpenAI chat completion carrying {@code content}. */
  static MockResponse openAi(String content) {
    return openAi(content, "stop");
  }

  static MockResponse openAi(String content, String finishReason) {
    ObjectNode root = JSON.createObjectNode();
    root.put("id", "chatcmpl-1").put("object", "chat.completion").put("created", 1_700_000_000);
    root.put("model", "fake-model");
    ObjectNode choice = root.putArray("choices").addObject();
    choice.put("index", 0).put("finish_reason", finishReason);
    choice.putObject("message").put("role", "assistant").put("content", content);
    root.putObject("usage")
        .put("prompt_tokens", 400)
        .put("completion_tokens", 100)
        .put("total_tokens", 500);
    return json(root.toString());
  }

  /** An Anthropic Messages API reply carrying {@code text}. */
  static MockResponse anthropic(String text) {
    ObjectNode root = JSON.createObjectNode();
    root.put("id", "msg_1").put("type", "message").put("role", "assistant");
    root.put("model", "fake-claude");
    root.putArray("content").addObject().put("type", "text").put("text", text);
    root.put("stop_reason", "end_turn").putNull("stop_sequence");
    root.putObject("usage").put("input_tokens", 400).put("output_tokens", 100);
    return json(root.toString());
  }

  /** A Gemini generateContent reply carrying {@code text}. */
  static MockResponse gemini(String text) {
    ObjectNode root = JSON.createObjectNode();
    ObjectNode candidate = root.putArray("candidates").addObject();
    ObjectNode content = candidate.putObject("content");
    content.putArray("parts").addObject().put("text", text);
    content.put("role", "model");
    candidate.put("finishReason", "STOP").put("index", 0);
    root.putObject("usageMetadata")
        .put("promptTokenCount", 400)
        .put("candidatesTokenCount", 100)
        .put("totalTokenCount", 500);
    root.put("modelVersion", "fake-gemini");
    return json(root.toString());
  }
}
