/**
 * Abstractive summaries and term explanations through a langchain4j {@code ChatModel}: prompt
 * building with the article as delimited data, structured output, a faithfulness guard, output
 * sanitizing, budgets, a concurrency limit and a deadline, with the extractive summary as the
 * fallback. Only the langchain4j-core API is used here; the provider modules live in {@code
 * config}.
 */
@NullMarked
package io.gloss.core.llm;

import org.jspecify.annotations.NullMarked;
