package io.gloss.config;

import io.gloss.core.port.in.DefineTermUseCase;
import io.gloss.core.port.in.ExtractArticleUseCase;
import io.gloss.core.port.in.SummarizeArticleUseCase;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The wired object graph: the core use cases the command line and the chat adapters call, plus the
 * resources to close at the end. Built by {@link Wiring}.
 */
public final class GlossApp implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(GlossApp.class);

  private final SummarizeArticleUseCase summarize;
  private final ExtractArticleUseCase extract;
  private final DefineTermUseCase define;
  private final List<AutoCloseable> resources;

  GlossApp(
      SummarizeArticleUseCase summarize,
      ExtractArticleUseCase extract,
      DefineTermUseCase define,
      List<AutoCloseable> resources) {
    this.summarize = Objects.requireNonNull(summarize, "summarize");
    this.extract = Objects.requireNonNull(extract, "extract");
    this.define = Objects.requireNonNull(define, "define");
    this.resources = new ArrayList<>(resources);
  }

  public SummarizeArticleUseCase summarize() {
    return summarize;
  }

  public ExtractArticleUseCase extract() {
    return extract;
  }

  public DefineTermUseCase define() {
    return define;
  }

  /** Closes resources in reverse order of creation; failures are logged, not thrown. */
  @Override
  public void close() {
    for (int i = resources.size() - 1; i >= 0; i--) {
      try {
        resources.get(i).close();
      } catch (Exception e) {
        log.warn("Failed to close {}", resources.get(i).getClass().getSimpleName(), e);
      }
    }
  }
}
