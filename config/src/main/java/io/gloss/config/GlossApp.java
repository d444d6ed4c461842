package io.gloss.config;

import io.gloss.core.port.in.ChannelSettingsUseCase;
import io.gloss.core.port.in.DefineTermUseCase;
import io.gloss.core.port.in.EventClaimUseCase;
import io.gloss.core.port.in.ExtractArticleUseCase;
import io.gloss.core.port.in.FeedbackUseCase;
import io.gloss.core.port.in.SharedLinksUseCase;
import io.gloss.core.port.in.SummarizeArticleUseCase;
import io.gloss.core.port.in.TeamGlossaryUseCase;
import io.gloss.core.port.out.ChannelSettingsStore;
import io.gloss.core.port.out.GlossaryStore;
import io.gloss.core.port.out.SharedLinkLog;
import io.gloss.core.port.out.TeamGlossaryStore;
import io.gloss.core.store.Database;
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
  private final Stores stores;
  private final Conversation conversation;
  private final List<AutoCloseable> resources;
  private final Warmup warmup;

  /**
   * The stores the chat adapters and data commands use, all on one database.
   *
   * @param database the database (SQLite or PostgreSQL)
   * @param glossary the shared glossary: entries and appearances
   * @param team each workspace's team glossary
   * @param channels per-channel settings
   * @param links the shared-link log
   */
  public record Stores(
      Database database,
      GlossaryStore glossary,
      TeamGlossaryStore team,
      ChannelSettingsStore channels,
      SharedLinkLog links) {}

  /**
   * The conversation use cases both chat adapters share.
   *
   * @param claims event claims (leases), one policy and lifetime for every platform
   * @param teamGlossary each workspace's team glossary
   * @param feedback 👍/👎 per workspace
   * @param channelSettings channel settings with one parser for every platform
   * @param sharedLinks the shared-link log as conversations keep it
   */
  public record Conversation(
      EventClaimUseCase claims,
      TeamGlossaryUseCase teamGlossary,
      FeedbackUseCase feedback,
      ChannelSettingsUseCase channelSettings,
      SharedLinksUseCase sharedLinks) {}

  GlossApp(
      SummarizeArticleUseCase summarize,
      ExtractArticleUseCase extract,
      DefineTermUseCase define,
      Stores stores,
      Conversation conversation,
      List<AutoCloseable> resources,
      Warmup warmup) {
    this.summarize = Objects.requireNonNull(summarize, "summarize");
    this.extract = Objects.requireNonNull(extract, "extract");
    this.define = Objects.requireNonNull(define, "define");
    this.stores = Objects.requireNonNull(stores, "stores");
    this.conversation = Objects.requireNonNull(conversation, "conversation");
    this.resources = new ArrayList<>(resources);
    this.warmup = Objects.requireNonNull(warmup, "warmup");
  }

  /**
   * Loads the heavy parts (Nori's dictionary, jsoup, the site rules) before the first user waits
   * for them.
   */
  public void warmUp() {
    warmup.run();
  }

  /**
   * As {@link #warmUp()} on a thread of its own: {@code gloss run} starts it beside the platforms'
   * start-up, which does not wait for it (most of a second on a cold JVM); the glossary is read a
   * few seconds later ({@link Warmup#runBesideStartUp}).
   */
  public void warmUpInBackground() {
    Thread thread = new Thread(warmup::runBesideStartUp, "gloss-warmup");
    thread.setDaemon(true);
    thread.start();
  }

  public Stores stores() {
    return stores;
  }

  public Conversation conversation() {
    return conversation;
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
