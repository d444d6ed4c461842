package io.gloss.bench;

/** What is measured on each page. */
enum Step {
  /** {@code Jsoup.parse} of the decoded text: the floor of every jsoup-based extractor. */
  PARSE("jsoup parse"),
  /** Gloss's extraction from the bytes, as {@code gloss extract FILE --url URL} runs it. */
  GLOSS("gloss extract"),
  /** readability4j 1.0.8 (a port of Mozilla Readability) on the same decoded text. */
  READABILITY("readability4j"),
  /** Extraction, analysis, extractive summary and term explanations: the bot's offline reply. */
  REPLY("offline reply"),
  /**
   * The same reply with the glossary in SQLite, the store {@code gloss run} uses by default: what
   * the explainer reads and records per reply, on top of the in-memory figure.
   */
  REPLY_SQLITE("reply, SQLite");

  private final String label;

  Step(String label) {
    this.label = label;
  }

  String label() {
    return label;
  }
}
