/**
 * Builds the langchain4j chat model for {@code llm.provider}. The only place that knows the
 * provider modules; bot-core sees a {@code ChatModel}.
 */
@NullMarked
package io.gloss.config.llm;

import org.jspecify.annotations.NullMarked;
