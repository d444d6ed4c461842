package io.gloss.core.store;

import java.time.Clock;
import java.util.Objects;

/**
 * Every JDBC store on one {@link Database}: what the composition root needs in one call. Closing it
 * closes the database.
 */
public final class Stores implements AutoCloseable {
  private final Database database;
  private final JdbcGlossaryStore glossary;
  private final JdbcChannelSettingsStore channelSettings;
  private final JdbcSharedLinkLog sharedLinks;
  private final JdbcProcessedEvents processedEvents;
  private final JdbcFeedbackStore feedback;
  private final JdbcLlmUsageStore llmUsage;
  private final JdbcArticleStore articles;
  private final JdbcDigestStore digests;
  private final JdbcDigestSources digestSources;
  private final JdbcDigestZoneStore digestZones;
  private final DataExporter exporter;
  private final DataPurger purger;

  public Stores(Database database, Clock clock) {
    this.database = Objects.requireNonNull(database, "database");
    Objects.requireNonNull(clock, "clock");
    this.glossary = new JdbcGlossaryStore(database, clock);
    this.channelSettings = new JdbcChannelSettingsStore(database, clock);
    this.sharedLinks = new JdbcSharedLinkLog(database);
    this.processedEvents = new JdbcProcessedEvents(database, clock);
    this.feedback = new JdbcFeedbackStore(database);
    this.llmUsage = new JdbcLlmUsageStore(database);
    this.articles = new JdbcArticleStore(database, clock);
    this.digests = new JdbcDigestStore(database, clock);
    this.digestSources = new JdbcDigestSources(database);
    this.digestZones = new JdbcDigestZoneStore(database, clock);
    this.exporter = new DataExporter(database, clock);
    this.purger = new DataPurger(database);
  }

  /** Opens (and migrates) the database of the settings and builds every store on it. */
  public static Stores open(StoreSettings settings, Clock clock) {
    return new Stores(Database.open(settings), clock);
  }

  public Database database() {
    return database;
  }

  public JdbcGlossaryStore glossary() {
    return glossary;
  }

  public JdbcChannelSettingsStore channelSettings() {
    return channelSettings;
  }

  public JdbcSharedLinkLog sharedLinks() {
    return sharedLinks;
  }

  public JdbcProcessedEvents processedEvents() {
    return processedEvents;
  }

  public JdbcFeedbackStore feedback() {
    return feedback;
  }

  public JdbcLlmUsageStore llmUsage() {
    return llmUsage;
  }

  public JdbcArticleStore articles() {
    return articles;
  }

  public JdbcDigestStore digests() {
    return digests;
  }

  public JdbcDigestSources digestSources() {
    return digestSources;
  }

  public JdbcDigestZoneStore digestZones() {
    return digestZones;
  }

  public DataExporter exporter() {
    return exporter;
  }

  public DataPurger purger() {
    return purger;
  }

  @Override
  public void close() {
    database.close();
  }
}
