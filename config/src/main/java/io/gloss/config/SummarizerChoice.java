package io.gloss.config;

import io.gloss.core.port.out.Summarizer;
import io.gloss.core.port.out.TermDefiner;
import java.util.List;

/**
 * The summarizer in use (extractive, or LLM with the extractive one as fallback), its engine name
 * for stored summaries, the AI term definer, and what to close.
 */
record SummarizerChoice(
    Summarizer summarizer, String engine, TermDefiner definer, List<AutoCloseable> resources) {}
