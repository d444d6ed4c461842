package io.gloss.core.domain;

/**
 * Language-model usage of one workspace on one day, for budgets.
 *
 * @param calls number of model calls
 * @param tokens input plus output tokens
 */
public record LlmUsage(int calls, long tokens) {
  public static final LlmUsage NONE = new LlmUsage(0, 0);
}
